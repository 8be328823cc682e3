/** Strings of the `tokens` namespace: API tokens for scripts and the CLI. Keys are the same in every language (a test checks it). */
export const messages = {
  en: {
    title: 'API tokens',
    intro:
      'A token lets a script or the CLI act as you over the API. Give each one a name, and revoke it when you stop using it.',
    create: {
      title: 'Create a token',
      name: 'Name (where you will use it)',
      days: 'Expires after (days, optional)',
      daysHint: 'Empty: the token works until you revoke it.',
      badDays: 'Write a whole number of days between 1 and 3650, or leave it empty.',
      submit: 'Create the token',
      shown: 'Your new token “{{name}}”. Copy it now: it is shown only this once.',
      secret: 'The token',
    },
    list: {
      title: 'Your tokens',
      empty: 'You have no API tokens.',
      created: 'created {{date}}',
      expires: 'expires {{date}}',
      used: 'last used {{date}}',
      never: 'never used',
      revoked: 'revoked {{date}}',
      revoke: 'Revoke {{name}}',
      revokedDone: 'Token “{{name}}” revoked: it no longer works.',
    },
  },
  es: {
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
  },
};
