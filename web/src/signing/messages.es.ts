/** The `signing` namespace in Spanish, loaded only by a reader in Spanish; the same keys as messages.en.ts. */
export const es = {
  title: 'Claves de firma',
  consent:
    'Firma tus escrituras en este dispositivo: el Deck crea aquí una clave de firma, registra su mitad pública en el libro y guarda la mitad privada en el nodo solo cifrada con tu contraseña. Desde entonces todo lo que registres desde este dispositivo lleva tu firma, así que nadie, ni siquiera el nodo, puede registrarlo en tu nombre ni cambiarlo. Escribe tu contraseña para aceptar.',
  unlockExplain:
    'La clave de firma de este dispositivo se guarda cifrada con tu contraseña. Escribe tu contraseña para firmar tus escrituras en este dispositivo.',
  password: 'Tu contraseña',
  make: 'Crear una clave de firma para este dispositivo',
  unlock: 'Firmar en este dispositivo',
  working: 'Trabajando…',
  active: 'Este dispositivo firma tus escrituras con la clave',
  wrongPassword: 'Esa contraseña no abre tu clave de firma.',
  noKept: 'Aún no se guarda ninguna clave de firma para este dispositivo.',
  yourKeys: 'Tus claves registradas, por dispositivo',
  noKeys: 'No tienes claves registradas.',
  thisDevice: '(este dispositivo)',
  otherDevice: '(dispositivo {{device}}…)',
  notKept: '(guardada fuera del Deck, p. ej. por la CLI)',
  registeredOn: 'registrada el {{date}}',
  revokedOn: 'revocada el {{date}}',
  revoke: 'Revocar',
  revokeKey: 'Revocar la clave {{key}}…',
};
