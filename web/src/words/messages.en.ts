/** The `words` namespace in English; messages.es.ts has the same keys (a test checks it). */
export const en = {
  date: {
    day: 'dd',
    month: 'mm',
    year: 'yyyy',
    hour: 'hh',
    minute: 'mm',
    writeAs: 'Write the date as {{pattern}}',
  },
  month: {
    none: 'no month',
    year: 'Year of: {{field}}',
  },
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
    slots: 'Time slots, best first',
    rank: 'Place',
    slot: 'Slot',
    marks: { yes: 'Yes', ifNeedBe: 'If need be', no: 'No', unmarked: 'Unmarked' },
    responses: 'Responses',
    response: 'Response',
    weight: 'Weight',
    share: 'Share',
  },
} as const;
