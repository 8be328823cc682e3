/** The `words` namespace in Spanish, loaded only by a reader in Spanish; the same keys as messages.en.ts. */
export const es = {
  date: {
    day: 'dd',
    month: 'mm',
    year: 'aaaa',
    hour: 'hh',
    minute: 'mm',
    writeAs: 'Escribe la fecha así: {{pattern}}',
  },
  month: {
    none: 'ningún mes',
    year: 'Año de: {{field}}',
  },
  unpaid: {
    title: 'Sin pago en este reparto',
    none: 'Cada miembro activo recibió algo.',
  },
  membership: {
    change: 'Cambio de membresía',
    left: 'deja la DisCO',
    stage: 'etapa {{stage}}',
    from: 'desde el {{date}}',
  },
  tally: {
    rounds: 'Rondas del recuento',
    round: 'Ronda {{n}}',
    option: 'Opción',
    exhausted: 'Agotadas',
    eliminated: 'Eliminada',
    pairwise: 'Preferencias por pares',
    pairwiseNote:
      'Cada celda: papeletas que sitúan la opción de la fila por encima de la de la columna.',
    over: 'sobre {{option}}',
    winnerSet: 'Ganadoras',
    slots: 'Franjas horarias, de mejor a peor',
    rank: 'Puesto',
    slot: 'Franja',
    marks: { yes: 'Sí', ifNeedBe: 'Si hace falta', no: 'No', unmarked: 'Sin marcar' },
    responses: 'Respuestas',
    response: 'Respuesta',
    weight: 'Peso',
    share: 'Proporción',
  },
} as const;
