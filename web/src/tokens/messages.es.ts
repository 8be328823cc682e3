/** The `tokens` namespace in Spanish, loaded only by a reader in Spanish; the same keys as messages.en.ts. */
export const es = {
  title: 'Tokens de API',
  intro:
    'Un token permite que un script o la CLI actúen en tu nombre a través de la API. Ponle un nombre a cada uno y revócalo cuando dejes de usarlo.',
  create: {
    title: 'Crear un token',
    name: 'Nombre (dónde lo usarás)',
    days: 'Caduca a los (días, opcional)',
    daysHint: 'Vacío: el token funciona hasta que lo revoques.',
    badDays: 'Escribe un número entero de días entre 1 y 3650, o déjalo vacío.',
    submit: 'Crear el token',
    shown: 'Tu nuevo token «{{name}}». Cópialo ahora: solo se muestra esta vez.',
    secret: 'El token',
  },
  list: {
    title: 'Tus tokens',
    empty: 'No tienes tokens de API.',
    created: 'creado el {{date}}',
    expires: 'caduca el {{date}}',
    used: 'usado por última vez el {{date}}',
    never: 'nunca usado',
    revoked: 'revocado el {{date}}',
    revoke: 'Revocar {{name}}',
    revokedDone: 'Token «{{name}}» revocado: ya no funciona.',
  },
};
