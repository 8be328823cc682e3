/** The `signing` namespace in English; messages.es.ts has the same keys (a test checks it). */
export const en = {
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
};
