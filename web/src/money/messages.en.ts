/** The `money` namespace in English; messages.es.ts has the same keys (a test checks it). */
export const en = {
  title: 'Money',
  intro:
    'What came in, what went out, what each run owes members, and the books that tie them together.',
  readOnly: 'Founders and committed members record income and expenses; founders record payouts.',
  amount: 'Amount in {{currency}}',
  amountHint: 'For example 1250.50 (no thousands separators).',
  badAmount: 'Write an amount such as 1250.50: digits, and at most two decimals.',
  date: 'Date',
  income: {
    title: 'Record income',
    source: 'What kind of money',
    sources: { client: 'A client payment', grant: 'A grant', donation: 'A donation' },
    payer: 'Who paid (optional)',
    description: 'What it is for',
    fee: 'Fee kept by the bank or platform, in {{currency}} (optional)',
    submit: 'Record the income',
    done: 'Recorded {{amount}} of income.',
  },
  expense: {
    title: 'Record an expense',
    payee: 'Paid to',
    reason: 'Why',
    submit: 'Record the expense',
    done: 'Recorded an expense of {{amount}}.',
  },
  payout: {
    title: 'Record a payout',
    intro:
      'When a member has been paid what a closed month owes them, record it with the bank reference.',
    run: 'Month',
    member: 'Member',
    line: '{{name}}: {{amount}}',
    reference: 'Payment reference (e.g. the bank transfer id)',
    submit: 'Record the payout',
    done: 'Recorded a payout of {{amount}} to {{name}}.',
    noRuns: 'No month has been closed yet, so no run owes anyone.',
    nobody: 'This run owes nobody.',
  },
  close: {
    title: 'Close a month',
    intro:
      'Runs the value equation for a month that has ended and records it. After that, nothing can be dated in that month.',
    period: 'Month',
    submit: 'Close the month',
    done: '{{period}} is closed: {{paid}} to members.',
  },
  lists: {
    title: 'Income and expenses',
    period: 'Month',
    income: 'Income',
    expenses: 'Expenses',
    noIncome:
      'No income recorded for this month. Income is what clients, grants and donations paid the DisCO; when the month is closed, the value equation shares it.',
    noExpenses:
      'No expenses recorded for this month. Expenses are what the DisCO paid out, and they come off the income before anything is shared.',
    from: 'from {{payer}}',
  },
  books: {
    title: 'The books',
    intro:
      'Double-entry books: every movement of money is a debit and an equal credit, so the trial balance is always zero.',
    account: 'Account',
    debit: 'Debit',
    credit: 'Credit',
    balance: 'Balance',
    trial: 'Trial balance: {{amount}}',
    scrollCue: 'Scroll sideways to see every column.',
    period: 'Month (empty for all time)',
    names: {
      bank: 'Bank',
      fees: 'Fees',
      expenses: 'Expenses',
      distribution: 'Handed to the value equation',
      income: 'Income: {{source}}',
      bucket: 'Bucket: {{name}}',
      payable: 'Owed to {{name}}',
    },
    empty:
      'Nothing in the books for this month. The books fill in by themselves as income, expenses and payouts are recorded.',
  },
};
