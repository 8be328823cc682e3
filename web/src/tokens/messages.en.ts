/** The `tokens` namespace in English; messages.es.ts has the same keys (a test checks it). */
export const en = {
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
};
