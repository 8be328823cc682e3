/** The `contributions` namespace in English; messages.es.ts has the same keys (a test checks it). */
export const en = {
  title: 'Contribution',
  summary: '{{stream}} · {{taskKind}} · {{quantity}} {{unit}} on {{date}} by {{member}}',
  credit: '{{amount}} credits',
  circle: 'Circle',
  description: 'Description',
  supersedes: 'This corrects an earlier version.',
  supersededNote: 'A later version replaced this one: it stays in the ledger but no longer counts.',
  disputeNote: 'Disputed by {{member}}: “{{reason}}”',
  history: {
    title: 'Validation history',
    none: 'Nobody has validated or disputed it yet.',
    logged: 'Logged by {{member}}',
    acknowledged: 'Acknowledged by {{member}}',
    disputed: 'Disputed by {{member}}',
    withdrawn: 'Dispute withdrawn by {{member}}',
    resolved: 'Dispute settled by a decision',
  },
  edit: {
    title: 'Correct your contribution',
    intro:
      'The correction becomes a new version, priced afresh and waiting for validation again; this one stays in the ledger.',
    quantity: 'Quantity',
    date: 'Date',
    description: 'Description',
    submit: 'Save the correction',
    done: 'Corrected: the new version waits for validation.',
    open: 'Open the new version',
  },
  withdraw: {
    title: 'Your dispute',
    intro:
      'Withdraw it when the question is settled: the work counts again as its acknowledgements allow.',
    submit: 'Withdraw my dispute',
    done: 'Your dispute is withdrawn.',
  },
  resolve: {
    title: 'Settle the dispute by a decision',
    intro:
      'A dispute is settled by a proposal that closed and passed. Its author, a steward of its circle or a founder records its effect here.',
    proposal: 'The decision (a passed proposal)',
    none: 'No proposal has passed yet. Start one that settles this dispute; once it passes, come back here.',
    start: 'Start a proposal',
    outcome: 'What was decided',
    upheld: 'The dispute was right: the contribution is void for good',
    dismissed: 'The dispute is dismissed: the contribution counts',
    submit: 'Record the decision',
    done: 'The decision is recorded.',
  },
  back: 'Back to Log work',
};
