import { describe, expect, it } from 'vitest';
import { accountLabel, type AccountWords } from './books';

const words: AccountWords = {
  bank: 'Bank',
  fees: 'Fees',
  expenses: 'Expenses',
  distribution: 'Handed to the value equation',
  income: (s) => `Income: ${s}`,
  bucket: (b) => `Bucket: ${b}`,
  payable: (m) => `Owed to ${m}`,
};
const nameOf = (id: string) => (id === '0190-ana' ? 'Ana' : id.slice(0, 4));

describe('accountLabel', () => {
  it('names the member a payable is owed to, never their id', () => {
    expect(accountLabel('payable:0190-ana', nameOf, words)).toBe('Owed to Ana');
  });

  it('puts every kind of account in words', () => {
    expect(accountLabel('bank', nameOf, words)).toBe('Bank');
    expect(accountLabel('fees', nameOf, words)).toBe('Fees');
    expect(accountLabel('expenses', nameOf, words)).toBe('Expenses');
    expect(accountLabel('distribution', nameOf, words)).toBe('Handed to the value equation');
    expect(accountLabel('income:grant', nameOf, words)).toBe('Income: grant');
    expect(accountLabel('bucket:commons', nameOf, words)).toBe('Bucket: commons');
  });

  it('shows an account it does not know as the books name it', () => {
    expect(accountLabel('suspense:x', nameOf, words)).toBe('suspense:x');
  });
});
