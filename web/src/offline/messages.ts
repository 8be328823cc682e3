/** Strings of the `offline` namespace: work logged without a connection. Keys are the same in every language (a test checks it). */
export const messages = {
  en: {
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
  },
  es: {
    kept: 'Sin conexión: tu trabajo queda guardado en este dispositivo y se enviará en cuanto vuelvas a tener conexión.',
    title: 'Pendiente de envío',
    intro:
      'Registrado en este dispositivo sin conexión. Cada elemento se envía una sola vez, en cuanto vuelve la conexión; nada se registra dos veces.',
    state: {
      waiting: 'Esperando conexión',
      sending: 'Enviando…',
      sent: 'Enviado',
      refused: 'Rechazado',
      unsure: 'No se sabe si se envió',
    },
    what: '{{quantity}} {{unit}} · {{task}} · {{date}}',
    queuedAt: 'guardado {{when}}',
    see: 'Verlo',
    unsureHelp:
      'Este elemento se intentó enviar hace más de {{days}} días y puede que el nodo ya no lo reconozca. Revisa tu trabajo reciente más abajo: si no aparece, envíalo.',
    sendAnyway: 'Enviarlo',
    discard: 'Descartar',
    discardWhat: 'Descartar «{{what}}»',
    sendWhat: 'Enviar «{{what}}»',
    clearSent: 'Quitar los enviados',
    sendNow: 'Intentar enviar ahora',
    waitingCount_one: '{{count}} elemento pendiente de envío',
    waitingCount_other: '{{count}} elementos pendientes de envío',
  },
} as const;
