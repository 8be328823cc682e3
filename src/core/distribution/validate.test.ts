import { describe, expect, it } from 'vitest';
import {
  checkNoOverlap,
  parametersInEffect,
  parseParameters,
  validateParameters,
  ParameterError,
} from './validate.js';
import type { ParameterDocumentInput } from './params.js';

const doc: ParameterDocumentInput = {
  algorithm: 'value-equation@1',
  version: '2026-1',
  effectiveFrom: '2026-01-01',
  effectiveTo: '2026-06-30',
  buckets: [
    { name: 'commons reserve', of: 'total', percent: 1000 },
    { name: 'running costs', of: 'remainder', percent: 1500 },
  ],
  streamSplit: [
    { streams: ['livelihood'], share: 7500 },
    { streams: ['love', 'care'], share: 2500 },
  ],
  floors: { default: '10000', members: { ana: 20_000 } },
  caps: { default: 300_000n },
  retainedBucket: 'commons reserve',
};

const paths = (d: unknown) => validateParameters(d).map((p) => p.path);

describe('validateParameters', () => {
  it('accepts a sound document and parses amounts to bigint', () => {
    expect(validateParameters(doc)).toEqual([]);
    const parsed = parseParameters(doc);
    expect(parsed.floors?.default).toBe(10_000n);
    expect(parsed.floors?.members?.ana).toBe(20_000n);
    expect(parsed.overflow).toBe(false);
  });

  it('flags percentages over 100%, negative values and unknown streams at their fields', () => {
    const bad = {
      ...doc,
      buckets: [{ name: 'x', of: 'total', percent: 10001 }],
      streamSplit: [{ streams: ['livelihood', 'leisure'], share: -1 }],
      caps: { default: -5 },
    };
    expect(paths(bad)).toEqual([
      'buckets[0].percent',
      'streamSplit[0].streams[1]',
      'streamSplit[0].share',
      'caps.default',
    ]);
    expect(validateParameters(bad)[1]!.message).toContain('unknown stream "leisure"');
  });

  it('reads heavyCareHours exactly, as thousandths of an hour, and refuses what is not a positive number of hours', () => {
    const smoothing = (heavyCareHours: unknown) => ({
      ...doc,
      smoothing: { periods: 3, heavyCare: 5000, heavyCareHours },
    });
    expect(parseParameters(smoothing(40)).smoothing?.heavyCareHours).toBe(40_000n);
    expect(parseParameters(smoothing('37.5')).smoothing?.heavyCareHours).toBe(37_500n);
    expect(
      parseParameters({ ...doc, smoothing: { periods: 3 } }).smoothing?.heavyCareHours,
    ).toBeUndefined();
    for (const bad of [-1, '1e3', 0.0001, Number.NaN, Number.POSITIVE_INFINITY, 'forty', true]) {
      expect(validateParameters(smoothing(bad)), String(bad)).toEqual([
        {
          path: 'smoothing.heavyCareHours',
          message: expect.stringMatching(/must be a number of hours/),
        },
      ]);
    }
    expect(validateParameters(smoothing('0'))).toEqual([
      {
        path: 'smoothing.heavyCareHours',
        message:
          'must be more than 0 hours; leave heavyCareHours out to turn the heavy care rule off',
      },
    ]);
  });

  it('flags shares not summing to 100%, streams in no pot or in two pots, duplicate names', () => {
    const problems = validateParameters({
      ...doc,
      buckets: [...doc.buckets, { name: 'commons reserve', of: 'remainder', percent: 10 }],
      streamSplit: [
        { streams: ['livelihood', 'love'], share: 5000 },
        { name: 'livelihood+love', streams: ['love'], share: 4000 },
      ],
    });
    expect(problems).toEqual([
      {
        path: 'buckets[2].name',
        message: 'duplicate bucket name "commons reserve" (also buckets[0])',
      },
      { path: 'streamSplit', message: 'shares sum to 90%; they must sum to exactly 100%' },
      {
        path: 'streamSplit[1].name',
        message: 'duplicate pot name "livelihood+love" (also streamSplit[0])',
      },
      {
        path: 'streamSplit[1].streams[0]',
        message: 'stream "love" is already in streamSplit[0]; a stream belongs to exactly one pot',
      },
      {
        path: 'streamSplit',
        message: 'stream "care" is in no pot; give it one (a share of 0 is allowed)',
      },
    ]);
  });

  it('flags buckets that together take more than the income', () => {
    const problems = validateParameters({
      ...doc,
      buckets: [
        { name: 'a', of: 'remainder', percent: 5000 },
        { name: 'b', of: 'total', percent: 6000 },
      ],
    });
    expect(problems).toEqual([
      {
        path: 'buckets[1].percent',
        message:
          'takes 60% of the total, more than the 50% of the total left by the buckets before it',
      },
    ]);
  });

  it('flags a floor above a cap, by default or per member', () => {
    expect(validateParameters({ ...doc, floors: { default: 400_000n } })).toEqual([
      { path: 'floors.default', message: 'floor 400000 is above the cap 300000' },
    ]);
    expect(
      paths({ ...doc, caps: { default: 300_000n, members: { ana: 15_000n, ben: 5_000n } } }),
    ).toEqual(['floors.members.ana', 'caps.members.ben']);
  });

  it('flags an effective period that ends before it starts, and a wrong algorithm', () => {
    expect(paths({ ...doc, effectiveTo: '2025-12-31' })).toEqual(['effectiveTo']);
    expect(paths({ ...doc, algorithm: 'value-equation@2' })).toEqual(['algorithm']);
  });

  it('parseParameters throws every problem at once', () => {
    expect(() => parseParameters({ ...doc, streamSplit: [] })).toThrow(ParameterError);
  });
});

describe('checkNoOverlap and parametersInEffect', () => {
  const windows = [
    { version: '1', effectiveFrom: '2026-01-01', effectiveTo: '2026-06-30' },
    { version: '2', effectiveFrom: '2026-07-01' },
  ];
  it('accepts back-to-back documents (both ends inclusive)', () => {
    expect(checkNoOverlap(windows)).toEqual([]);
  });
  it('reports overlapping documents on the later one', () => {
    expect(
      checkNoOverlap([
        ...windows,
        { version: '3', effectiveFrom: '2026-06-30', effectiveTo: '2026-07-01' },
      ]),
    ).toEqual([
      {
        path: '[2].effectiveFrom',
        message: 'starts on 2026-06-30, inside document [0] (version 1, 2026-01-01 to 2026-06-30)',
      },
      // [1] starts after [2], so [1] is the one that moved into an existing window.
      {
        path: '[1].effectiveFrom',
        message: 'starts on 2026-07-01, inside document [2] (version 3, 2026-06-30 to 2026-07-01)',
      },
    ]);
  });
  it('finds the document in effect on a date', () => {
    expect(parametersInEffect(windows, '2026-06-30')?.version).toBe('1');
    expect(parametersInEffect(windows, '2030-01-01')?.version).toBe('2');
    expect(parametersInEffect(windows, '2025-12-31')).toBeUndefined();
  });
});
