/** The `offline` namespace in Spanish, loaded only by a reader in Spanish; the same keys as messages.en.ts. */
export const es = {
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
} as const;
