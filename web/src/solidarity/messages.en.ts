/** The `solidarity` namespace in English; messages.es.ts has the same keys (a test checks it). */
export const en = {
  nav: 'Solidarity',
  title: 'Solidarity between DisCOs',
  intro:
    'Money this DisCO gives and receives from federated DisCOs: solidarity transfers decided by a passed proposal, and mutual-credit lines whose balances always sum to zero.',
  transfers: {
    title: 'Transfers',
    none: 'No transfer yet.',
    out: 'To {{peer}}',
    in: 'From {{peer}}',
    kind: { solidarity: 'Solidarity', credit: 'Mutual credit' },
    status: {
      offered: 'waiting for an answer',
      accepted: 'accepted',
      cancelled: 'cancelled',
      refunded: 'withdrawn after it was accepted, and returned',
      settled: 'settled',
      refused: 'refused',
    },
    refusal: {
      'credit-line-over-limit':
        'The other DisCO refused it: it would take their credit line with this DisCO past the limit they set.',
      'credit-line-missing':
        'The other DisCO refused it: they have no open credit line with this DisCO.',
      'credit-currency-differs':
        'The other DisCO refused it: they keep the credit line in another currency.',
      'credit-refused-by-peer': 'The other DisCO refused it without giving a reason.',
      other: 'The other DisCO refused it ({{code}}).',
    },
    accept: 'Accept',
    cancel: 'Cancel',
    decline: 'Decline',
    accepted: 'Accepted: the income is recorded.',
    cancelled: 'Cancelled: no money is recorded.',
  },
  receipts: {
    title: 'Receipts and proofs',
    event: '#{{seq}} {{type}}, {{date}}:',
    peer: "holds the other DisCO's event, leaf {{leaf}} of its checkpoint of {{size}} events:",
    peerCosigned:
      "holds the other DisCO's event, leaf {{leaf}} of its checkpoint of {{size}} events, cosigned by a witness:",
  },
  send: {
    title: 'Send a solidarity transfer',
    peer: 'Federated DisCO (its actor address)',
    amount: 'Amount in minor units (e.g. 50000 for 500.00)',
    reference: 'Bank or payment reference',
    proposal: 'Passed proposal that decided it',
    submit: 'Offer the transfer',
    done: 'Offered. No money is recorded until the other DisCO accepts.',
  },
  lines: {
    title: 'Mutual-credit lines',
    none: 'No credit line yet.',
    line: '{{peer}}: balance {{balance}} of ±{{limit}}',
    pending: '{{pending}} waiting for an answer',
    set: 'Set a credit limit',
    limit: 'Limit in minor units (0 closes the line)',
    setSubmit: 'Set the limit',
    setDone: 'Limit set.',
    pay: 'Pay in mutual credit',
    memo: 'What it is for',
    paySubmit: 'Send the credit',
    payDone: 'Sent. Balances move once the other DisCO accepts.',
  },
  commons: {
    title: 'Commons of federated DisCOs',
    none: 'No federated DisCO has shared commons yet.',
    from: 'From {{origin}} · {{licence}} · {{kind}}',
    edit: 'Change',
    licence: 'Licence (an SPDX identifier such as CC-BY-SA-4.0, or a named licence)',
    save: 'Save the licence',
    saved: 'Saved.',
    withdraw: 'Withdraw',
    withdrawn: 'Withdrawn from the registry.',
  },
} as const;
