import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkQuorum } from './quorum.js';

describe('checkQuorum', () => {
  const eligible = {
    workers: ['ana', 'bo', 'cy'],
    supporters: ['dee', 'eli', 'fay', 'gus', 'hal'],
  };
  const minimum = {
    workers: { numerator: 2, denominator: 3 },
    supporters: { numerator: 1, denominator: 2 },
  };

  it('reports which constituencies met their minimum', () => {
    const report = checkQuorum({
      eligible,
      minimum,
      ballots: [
        { voterId: 'ana', constituency: 'workers' },
        { voterId: 'bo', constituency: 'workers' },
        { voterId: 'dee', constituency: 'supporters' },
        { voterId: 'eli', constituency: 'supporters' },
      ],
    });
    expect(report.met).toBe(false);
    const byName = Object.fromEntries(report.constituencies.map((c) => [c.constituency, c]));
    expect(byName.workers).toMatchObject({ eligible: 3, participated: 2, required: 2, met: true });
    expect(byName.supporters).toMatchObject({
      eligible: 5,
      participated: 2,
      required: 3,
      met: false,
    });
    expect(report.explanation.join('\n')).toContain(
      'supporters: 2 of 5 took part (minimum 1/2, so 3 needed) — quorum NOT met',
    );
  });

  it('counts people, not ballots, and ignores the ineligible', () => {
    const report = checkQuorum({
      eligible,
      minimum,
      ballots: [
        { voterId: 'ana', constituency: 'workers' },
        { voterId: 'ana', constituency: 'workers' },
        { voterId: 'zed', constituency: 'workers' },
        { voterId: 'dee', constituency: 'workers' },
      ],
    });
    const workers = report.constituencies.find((c) => c.constituency === 'workers');
    expect(workers).toMatchObject({ participated: 1, met: false, ineligible: ['dee', 'zed'] });
  });

  it('lets a person count in several constituencies', () => {
    const report = checkQuorum({
      eligible: { workers: ['ana'], community: ['ana'] },
      minimum: {
        workers: { numerator: 1, denominator: 1 },
        community: { numerator: 1, denominator: 1 },
      },
      ballots: [
        { voterId: 'ana', constituency: 'workers' },
        { voterId: 'ana', constituency: 'community' },
      ],
    });
    expect(report.met).toBe(true);
  });

  it('treats constituencies without a minimum, or without members, as met', () => {
    const report = checkQuorum({
      eligible: { workers: ['ana'], environment: [] },
      minimum: { environment: { numerator: 1, denominator: 2 } },
      ballots: [],
    });
    expect(report.met).toBe(true);
    expect(report.constituencies.map((c) => c.required)).toEqual([0, 0]);
  });

  it('does not depend on ballot order', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.record({
              voterId: fc.constantFrom('ana', 'bo', 'cy', 'dee', 'zed'),
              constituency: fc.constantFrom('workers', 'supporters'),
            }),
          )
          .chain((b) =>
            fc.tuple(
              fc.constant(b),
              fc.shuffledSubarray(b, { minLength: b.length, maxLength: b.length }),
            ),
          ),
        ([a, b]) => {
          expect(checkQuorum({ eligible, minimum, ballots: a })).toEqual(
            checkQuorum({ eligible, minimum, ballots: b }),
          );
        },
      ),
    );
  });
});
