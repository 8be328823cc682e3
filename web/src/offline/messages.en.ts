/** The `offline` namespace in English; messages.es.ts has the same keys (a test checks it). */
export const en = {
  kept: 'No connection: your work is kept on this device and will be sent once you are back online.',
  title: 'Waiting to be sent',
  intro:
    'Logged on this device without a connection. Each item is sent once, as soon as the connection is back; nothing is recorded twice.',
  state: {
    waiting: 'Waiting for a connection',
    sending: 'Sending…',
    sent: 'Sent',
    refused: 'Refused',
    unsure: 'Not sure it was sent',
  },
  what: '{{quantity}} {{unit}} · {{task}} · {{date}}',
  queuedAt: 'kept {{when}}',
  see: 'See it',
  unsureHelp:
    'This item was tried more than {{days}} days ago and the node may no longer recognise it. Check your recent work below: if it is not there, send it.',
  sendAnyway: 'Send it',
  discard: 'Discard',
  discardWhat: 'Discard “{{what}}”',
  sendWhat: 'Send “{{what}}”',
  clearSent: 'Clear sent items',
  sendNow: 'Try sending now',
  waitingCount_one: '{{count}} item waiting to be sent',
  waitingCount_other: '{{count}} items waiting to be sent',
} as const;
