/** Strings of the `signing` namespace: this device's signing key. Keys are the same in every language (a test checks it). */
export const messages = {
  en: {
    title: 'Signing keys',
    consent:
      'Sign your writes on this device: the Deck makes a signing key here, registers its public half on the ledger and keeps the private half on the node only encrypted under your password. From then on everything you record from this device carries your signature, so nobody, not even the node, can record it in your name or change it. Type your password to agree.',
    unlockExplain:
      "This device's signing key is kept encrypted under your password. Type your password to sign your writes on this device.",
    password: 'Your password',
    make: 'Make a signing key for this device',
    unlock: 'Sign on this device',
    working: 'Working…',
    active: 'This device signs your writes with the key',
    wrongPassword: 'That password does not open your signing key.',
    noKept: 'No signing key is kept for this device yet.',
    yourKeys: 'Your registered keys, by device',
    noKeys: 'You have no registered keys.',
    thisDevice: '(this device)',
    otherDevice: '(device {{device}}…)',
    notKept: '(kept outside the Deck, e.g. by the CLI)',
    registeredOn: 'registered {{date}}',
    revokedOn: 'revoked {{date}}',
    revoke: 'Revoke',
    revokeKey: 'Revoke key {{key}}…',
  },
  es: {
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
  },
};
