import { describe, expect, it } from 'vitest';
import { SAMPLE_CAT_PARAMETERS } from '../../../src/core/distribution/sample-parameters.js';
import { diffDocuments, summarize, type Formatters } from './describe';

/** Plain formatters, so what is checked is which fields are said, not how a locale writes them. */
const fmt: Formatters = {
  percent: (bp) => `${bp / 100}%`,
  money: (minor) => `€${minor}`,
  date: (iso) => iso,
  member: (id) => ({ 'm-ben': 'Ben' })[id] ?? id,
  streams: (streams) => streams.join(' and '),
  word: (key) => key,
};

describe('the parameters in words', () => {
  it('says how the income is shared, step by step', () => {
    const [sharing, retained] = summarize(SAMPLE_CAT_PARAMETERS, fmt);
    expect(sharing).toEqual([
      { key: 'summary.bucketFirst', values: { percent: '10%', name: 'commons' } },
      { key: 'summary.bucketRemainder', values: { percent: '15%', name: 'running costs' } },
      {
        key: 'summary.potFirst',
        values: { percent: '75%', streams: 'livelihood', name: 'livelihood' },
      },
      {
        key: 'summary.potNext',
        values: { percent: '25%', streams: 'love and care', name: 'love+care' },
      },
    ]);
    expect(retained).toEqual([{ key: 'summary.retained', values: { name: 'commons' } }]);
  });

  it('says floors, caps and smoothing when the document has them', () => {
    const sentences = summarize(
      {
        ...SAMPLE_CAT_PARAMETERS,
        floors: { members: { 'm-ben': '2500' } },
        caps: { default: 500000 },
        smoothing: { periods: 3, onLeave: 5000 },
      },
      fmt,
    );
    expect(sentences.slice(2, 5)).toEqual([
      [{ key: 'summary.floorsMember', values: { name: 'Ben', amount: '€2500' } }],
      [{ key: 'summary.capsDefault', values: { amount: '€500000' } }],
      [
        { key: 'summary.smoothing', values: { count: 3 } },
        { key: 'summary.onLeave', values: { percent: '50%' } },
        { key: 'summary.noHeavyCare' },
      ],
    ]);
  });
});

describe('the changes against the version in force', () => {
  it('is empty for the same document', () => {
    expect(
      diffDocuments(SAMPLE_CAT_PARAMETERS, structuredClone(SAMPLE_CAT_PARAMETERS), fmt),
    ).toEqual([]);
  });

  it('names each changed field with its old and new value, buckets and pots by name', () => {
    const candidate = {
      ...SAMPLE_CAT_PARAMETERS,
      buckets: [
        { name: 'running costs', of: 'remainder', percent: 1200 },
        { name: 'commons', of: 'total', percent: 1000 },
        { name: 'solidarity', of: 'remainder', percent: 500 },
      ],
      floors: { members: { 'm-ben': '2500' } },
      overflow: true,
    };
    expect(
      diffDocuments(SAMPLE_CAT_PARAMETERS, candidate, fmt).map((c) => [
        c.what.key,
        c.what.values?.['name'] ?? '',
        c.before,
        c.after,
      ]),
    ).toEqual([
      ['diff.bucketPercent', 'running costs', '15%', '12%'],
      ['diff.bucketAdded', 'solidarity', '', '5% ofRemainder'],
      ['diff.bucketOrder', '', 'commons → running costs', 'running costs → commons'],
      ['diff.floorsMember', 'Ben', '', '€2500'],
      ['diff.overflow', '', 'off', 'on'],
    ]);
  });
});

describe('the appreciation share in words', () => {
  it('says which pot and how much of it follows thanks, and its change', () => {
    const doc = { ...SAMPLE_CAT_PARAMETERS, appreciation: { pot: 'love+care', percent: 2000 } };
    expect(summarize(doc, fmt)[1]).toEqual([
      { key: 'summary.appreciation', values: { percent: '20%', pot: 'love+care' } },
    ]);
    expect(diffDocuments(SAMPLE_CAT_PARAMETERS, doc, fmt)).toEqual([
      { what: { key: 'diff.appreciationPot' }, before: '', after: 'love+care' },
      { what: { key: 'diff.appreciationPercent' }, before: '', after: '20%' },
    ]);
  });
});

describe('mutual credit as income in words', () => {
  it('says that credit received is shared as income, and its change', () => {
    const doc = { ...SAMPLE_CAT_PARAMETERS, mutualCreditIncome: true };
    expect(summarize(doc, fmt)).toContainEqual([{ key: 'summary.mutualCreditIncome' }]);
    expect(summarize(SAMPLE_CAT_PARAMETERS, fmt)).not.toContainEqual([
      { key: 'summary.mutualCreditIncome' },
    ]);
    expect(diffDocuments(SAMPLE_CAT_PARAMETERS, doc, fmt)).toEqual([
      { what: { key: 'diff.mutualCreditIncome' }, before: 'off', after: 'on' },
    ]);
  });
});
