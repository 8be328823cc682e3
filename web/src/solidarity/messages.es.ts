/** The `solidarity` namespace in Spanish, loaded only by a reader in Spanish; the same keys as messages.en.ts. */
export const es = {
  nav: 'Solidaridad',
  title: 'Solidaridad entre DisCOs',
  intro:
    'El dinero que esta DisCO da y recibe de DisCOs federadas: transferencias solidarias decididas por una propuesta aprobada, y líneas de crédito mutuo cuyos saldos siempre suman cero.',
  transfers: {
    title: 'Transferencias',
    none: 'Todavía no hay transferencias.',
    out: 'A {{peer}}',
    in: 'De {{peer}}',
    kind: { solidarity: 'Solidaria', credit: 'Crédito mutuo' },
    status: {
      offered: 'esperando respuesta',
      accepted: 'aceptada',
      cancelled: 'cancelada',
      refunded: 'retirada después de aceptada, y devuelta',
      settled: 'liquidada',
      refused: 'rechazada',
    },
    refusal: {
      'credit-line-over-limit':
        'La otra DisCO la rechazó: llevaría su línea de crédito con esta DisCO más allá del límite que fijó.',
      'credit-line-missing':
        'La otra DisCO la rechazó: no tiene una línea de crédito abierta con esta DisCO.',
      'credit-currency-differs':
        'La otra DisCO la rechazó: lleva la línea de crédito en otra moneda.',
      'credit-refused-by-peer': 'La otra DisCO la rechazó sin dar un motivo.',
      other: 'La otra DisCO la rechazó ({{code}}).',
    },
    accept: 'Aceptar',
    cancel: 'Cancelar',
    decline: 'Rechazar',
    accepted: 'Aceptada: el ingreso queda registrado.',
    cancelled: 'Cancelada: no se registra dinero.',
  },
  receipts: {
    title: 'Recibos y pruebas',
    event: '#{{seq}} {{type}}, {{date}}:',
    peer: 'contiene el evento de la otra DisCO, hoja {{leaf}} de su checkpoint de {{size}} eventos:',
    peerCosigned:
      'contiene el evento de la otra DisCO, hoja {{leaf}} de su checkpoint de {{size}} eventos, cofirmado por un testigo:',
  },
  send: {
    title: 'Enviar una transferencia solidaria',
    peer: 'DisCO federada (la dirección de su actor)',
    amount: 'Importe en unidades menores (p. ej. 50000 para 500,00)',
    reference: 'Referencia bancaria o de pago',
    proposal: 'Propuesta aprobada que la decidió',
    submit: 'Ofrecer la transferencia',
    done: 'Ofrecida. No se registra dinero hasta que la otra DisCO la acepte.',
  },
  lines: {
    title: 'Líneas de crédito mutuo',
    none: 'Todavía no hay líneas de crédito.',
    line: '{{peer}}: saldo {{balance}} de ±{{limit}}',
    pending: '{{pending}} esperando respuesta',
    set: 'Fijar un límite de crédito',
    limit: 'Límite en unidades menores (0 cierra la línea)',
    setSubmit: 'Fijar el límite',
    setDone: 'Límite fijado.',
    pay: 'Pagar con crédito mutuo',
    memo: 'Para qué es',
    paySubmit: 'Enviar el crédito',
    payDone: 'Enviado. Los saldos cambian cuando la otra DisCO lo acepte.',
  },
  commons: {
    title: 'Procomún de las DisCOs federadas',
    none: 'Ninguna DisCO federada ha compartido procomún todavía.',
    from: 'De {{origin}} · {{licence}} · {{kind}}',
    edit: 'Cambiar',
    licence: 'Licencia (un identificador SPDX como CC-BY-SA-4.0, o una licencia con nombre)',
    save: 'Guardar la licencia',
    saved: 'Guardado.',
    withdraw: 'Retirar',
    withdrawn: 'Retirado del registro.',
  },
} as const;
