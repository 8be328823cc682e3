/**
 * The words of a notice in English, kept once for every face: the Deck's bell and notifications page
 * (web/src/me) and mail and webhooks (src/app/notify/mail-words.ts). i18next's template syntax:
 * `{{title}}`, and `_one`/`_other` keys where a count decides the form. notice-words.es.ts
 * has the same keys (a test checks it).
 */
export const en = {
  kinds: {
    'proposal-opened': 'New proposal: {{title}}',
    'review-due': 'A review opened: {{title}}',
    'deadline-soon': 'Closes soon, and you have not voted: {{title}}',
    outcome: 'Decided: {{title}}',
    'validations-waiting_one': '{{count}} piece of work waiting for your validation',
    'validations-waiting_other': '{{count}} pieces of work waiting for your validation',
    dispute: 'Your work was disputed: {{title}}',
    'milestone-reached': 'Milestone reached: {{title}}',
    'evaluation-opened': 'An evaluation opened: {{title}}',
    'checkin-due': 'Your check-in for the week of {{title}} is not written yet',
    'rhythm-starting': 'Gathering soon: {{title}}',
    'duties-behind': 'A duty of yours is behind: {{title}}',
    'appreciation-received': 'You were thanked by {{title}}',
    'ledger-alarm': 'Ledger alarm: a witness refused the node’s checkpoint ({{title}})',
  },
  /** What a decided proposal came to, when its outcome has no statement of the members' own. */
  outcomes: {
    passed: 'passed',
    failed: 'not passed',
    'no-quorum': 'no quorum',
    winner: 'decided',
    tie: 'tie',
    'non-binding': 'non-binding',
    none: 'no outcome',
  },
  act: {
    'proposal-opened': 'Read and vote',
    'review-due': 'Read the review',
    'deadline-soon': 'Vote now',
    outcome: 'See the outcome',
    'validations-waiting': 'Validate',
    dispute: 'Look at the dispute',
    'milestone-reached': 'See your path',
    'evaluation-opened': 'Read it and reflect',
    'checkin-due': 'Check in',
    'rhythm-starting': 'See the rhythms',
    'duties-behind': 'See your duties',
    'appreciation-received': 'See your thanks',
    'ledger-alarm': 'Check the ledger',
  },
};
