/** What a book account is called on screen: its kind in words, and the member's name for a payable. */
export interface AccountWords {
  bank: string;
  fees: string;
  expenses: string;
  distribution: string;
  income: (source: string) => string;
  bucket: (name: string) => string;
  payable: (member: string) => string;
}

/**
 * The books name accounts for machines (`payable:<memberId>`, `income:grant`); people read
 * "Owed to Ana" and "Income: grants". An account of a kind the Deck does not know is shown as is.
 *
 * @example accountLabel('payable:0190…', nameOf, words) // 'Owed to Ana'
 */
export function accountLabel(
  account: string,
  nameOf: (memberId: string) => string,
  words: AccountWords,
): string {
  const colon = account.indexOf(':');
  const kind = colon < 0 ? account : account.slice(0, colon);
  const rest = colon < 0 ? '' : account.slice(colon + 1);
  switch (kind) {
    case 'bank':
    case 'fees':
    case 'expenses':
    case 'distribution':
      return rest ? account : words[kind];
    case 'income':
      return words.income(rest);
    case 'bucket':
      return words.bucket(rest);
    case 'payable':
      return words.payable(nameOf(rest));
    default:
      return account;
  }
}
