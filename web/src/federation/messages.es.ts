/** The `federation` namespace in Spanish, loaded only by a reader in Spanish; the same keys as messages.en.ts. */
export const es = {
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
  shared: {
    commons: 'Procomún que comparten: {{titles}}',
    noCommons: 'Todavía no han compartido procomún.',
    transfers: 'Transferencias con ellos',
    noTransfers: 'Todavía no hay transferencias con ellos.',
    solidarity: {
      out: 'Solidaridad a ellos: {{amount}}, {{status}}',
      in: 'Solidaridad de ellos: {{amount}}, {{status}}',
    },
    credit: {
      out: 'Crédito pagado a ellos: {{amount}}, {{status}}',
      in: 'Crédito pagado por ellos: {{amount}}, {{status}}',
    },
    status: {
      offered: 'esperando respuesta',
      accepted: 'aceptada',
      cancelled: 'cancelada',
      settled: 'liquidada',
      refused: 'rechazada',
    },
    receipted: 'aceptada, con su recibo',
    line: 'Línea de crédito: saldo {{balance}} de ±{{limit}}',
    noLine: 'No hay línea de crédito con ellos.',
  },
  details: {
    state: { pending: 'pendiente', done: 'entregado', failed: 'abandonado' },
    toggle: 'Entrega a {{name}}',
    submission:
      'Envío del punto de control: {{state}} tras {{attempts}} intentos; último error: {{error}}',
    noSubmission: 'Todavía no se le ha enviado ningún punto de control.',
  },
  form: {
    title: 'Proponer seguir a una DisCO',
    target: 'Identificador o URL del actor',
    targetHint: 'p. ej. disco@coop.example',
    deadline: 'La votación termina',
    submit: 'Abrir la propuesta',
    opened: 'Propuesta abierta para seguir a {{name}}: surte efecto cuando se apruebe.',
  },
} as const;
