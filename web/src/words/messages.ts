/** Strings of the `words` namespace: how the Deck lays out what the server explains. Keys are the same in every language. */
export const messages = {
  en: {
    unpaid: {
      title: 'Paid nothing this run',
      none: 'Every active member received something.',
    },
    membership: {
      change: 'Membership change',
      left: 'leaves the DisCO',
      stage: 'stage {{stage}}',
      from: 'from {{date}}',
    },
    tally: {
      rounds: 'Rounds of the count',
      round: 'Round {{n}}',
      option: 'Option',
      exhausted: 'Exhausted',
      eliminated: 'Eliminated',
      pairwise: 'Pairwise preferences',
      pairwiseNote: 'Each cell: ballots ranking the row option above the column option.',
      over: 'over {{option}}',
      winnerSet: 'Winners',
    },
  },
  es: {
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
    },
  },
} as const;
