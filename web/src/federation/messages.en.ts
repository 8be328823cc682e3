/** The `federation` namespace in English; messages.es.ts has the same keys (a test checks it). */
export const en = {
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
  shared: {
    commons: 'Commons they share: {{titles}}',
    noCommons: 'No commons shared by them yet.',
    transfers: 'Transfers with them',
    noTransfers: 'No transfer with them yet.',
    solidarity: {
      out: 'Solidarity to them: {{amount}}, {{status}}',
      in: 'Solidarity from them: {{amount}}, {{status}}',
    },
    credit: {
      out: 'Credit paid to them: {{amount}}, {{status}}',
      in: 'Credit paid by them: {{amount}}, {{status}}',
    },
    status: {
      offered: 'waiting for an answer',
      accepted: 'accepted',
      cancelled: 'cancelled',
      settled: 'settled',
      refused: 'refused',
    },
    receipted: 'accepted, with their receipt',
    line: 'Credit line: balance {{balance}} of ±{{limit}}',
    noLine: 'No credit line with them.',
  },
  details: {
    state: { pending: 'waiting', done: 'delivered', failed: 'given up' },
    toggle: 'Delivery to {{name}}',
    submission: 'Checkpoint submission: {{state}} after {{attempts}} tries; last error: {{error}}',
    noSubmission: 'No checkpoint submitted to it yet.',
  },
  form: {
    title: 'Propose following a DisCO',
    target: 'Handle or actor URL',
    targetHint: 'e.g. disco@coop.example',
    deadline: 'Voting ends',
    submit: 'Open the proposal',
    opened: 'Proposal opened to follow {{name}}: it takes effect when it passes.',
  },
} as const;
