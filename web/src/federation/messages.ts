/** Strings of the `federation` namespace: federated DisCOs, their witness status, proposing to follow one. Keys are the same in every language (a test checks it). */
export const messages = {
  en: {
    nav: 'Federation',
    title: 'Federation',
    intro:
      'DisCOs we federate with over ActivityPub. Federating is a collective decision: each side follows the other by a passed proposal, and then each witnesses the other’s ledger.',
    list: {
      title: 'Federated DisCOs',
      none: 'No federated DisCO yet.',
      status: {
        federated: 'Federated',
        'we-asked': 'We follow; waiting for their decision',
        'asked-us': 'They asked to federate; waiting for our decision',
        ended: 'Not federated',
      },
      witness: 'As our witness: cosigned up to event {{size}}',
      witnessRefused: 'As our witness: refused our checkpoint ({{reason}})',
      notWitness: 'Not our witness yet',
      announced: 'Their latest checkpoint: {{size}} events, {{cosignatures}} cosignatures',
      equivocation:
        'Two histories: they announced {{size}} events under another root than our witness cosigned.',
    },
    details: {
      toggle: 'Delivery to {{name}}',
      submission:
        'Checkpoint submission: {{state}} after {{attempts}} tries; last error: {{error}}',
      noSubmission: 'No checkpoint submitted to it yet.',
    },
    form: {
      title: 'Propose following a DisCO',
      target: 'Handle or actor URL',
      targetHint: 'e.g. disco@coop.example',
      days: 'Days to vote',
      submit: 'Open the proposal',
      opened: 'Proposal opened to follow {{name}}: it takes effect when it passes.',
    },
  },
  es: {
    nav: 'Federación',
    title: 'Federación',
    intro:
      'DisCOs con las que nos federamos por ActivityPub. Federarse es una decisión colectiva: cada lado sigue al otro con una propuesta aprobada, y después cada uno atestigua el libro del otro.',
    list: {
      title: 'DisCOs federadas',
      none: 'Todavía no hay ninguna DisCO federada.',
      status: {
        federated: 'Federada',
        'we-asked': 'La seguimos; falta su decisión',
        'asked-us': 'Pidió federarse; falta nuestra decisión',
        ended: 'Sin federar',
      },
      witness: 'Como testigo nuestro: cofirmó hasta el evento {{size}}',
      witnessRefused: 'Como testigo nuestro: rechazó nuestro punto de control ({{reason}})',
      notWitness: 'Todavía no es testigo nuestro',
      announced: 'Su último punto de control: {{size}} eventos, {{cosignatures}} cofirmas',
      equivocation:
        'Dos historias: anunció {{size}} eventos con otra raíz distinta de la que cofirmó nuestro testigo.',
    },
    details: {
      toggle: 'Entrega a {{name}}',
      submission:
        'Envío del punto de control: {{state}} tras {{attempts}} intentos; último error: {{error}}',
      noSubmission: 'Todavía no se le ha enviado ningún punto de control.',
    },
    form: {
      title: 'Proponer seguir a una DisCO',
      target: 'Identificador o URL del actor',
      targetHint: 'p. ej. disco@coop.example',
      days: 'Días de votación',
      submit: 'Abrir la propuesta',
      opened: 'Propuesta abierta para seguir a {{name}}: surte efecto cuando se apruebe.',
    },
  },
} as const;
