import { describe, expect, it } from 'vitest';
import { isMessage, MESSAGE_CODES, type Message } from '../messages/codes.js';
import { linesInEnglish } from '../messages/render-en.js';
import { tallyApproval } from './approval.js';
import { METHODS } from './result.js';
import { tallyConsensus } from './consensus.js';
import { tallyConsent } from './consent.js';
import { tallyDotVote } from './dot-vote.js';
import { tallyIrv } from './irv.js';
import { tallyLazyConsensus } from './lazy-consensus.js';
import { tallyMajority } from './majority.js';
import { tallyMeetingPoll } from './meeting-poll.js';
import { checkQuorum } from './quorum.js';
import { tallySchulze } from './schulze.js';
import { tallyScore } from './score.js';
import { tallySenseCheck } from './sense-check.js';
import { tallySupermajority } from './supermajority.js';

/*
 * The coded lines of a tally are what the Deck translates: they must say exactly what the English
 * explanation says, line for line, and use only codes the registry (and so the Deck's catalogues) has.
 */

const codesIn = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(codesIn);
  if (!isMessage(value)) return [];
  return [value.code, ...Object.values(value.params).flatMap(codesIn)];
};

const unmet = {
  quorum: checkQuorum({
    eligible: { workers: ['ana', 'bo', 'cy', 'di', 'ed', 'fa'] },
    ballots: [{ voterId: 'ana', constituency: 'workers' }],
    minimum: { workers: { numerator: 1, denominator: 2 } },
  }),
};

const results = {
  majority: tallyMajority(
    {},
    [
      { voterId: 'ana', choice: 'yes' },
      { voterId: 'bo', choice: 'no', binding: false },
      { voterId: 'cy', choice: 'maybe' as 'yes' },
    ],
    unmet,
  ),
  'majority, even': tallyMajority({}, [
    { voterId: 'ana', choice: 'yes' },
    { voterId: 'bo', choice: 'no' },
  ]),
  consent: tallyConsent({}, [
    { voterId: 'ana', response: 'consent' },
    {
      voterId: 'bo',
      response: 'object',
      reason: 'too costly',
      status: 'resolved',
      resolution: 'halved',
    },
    { voterId: 'cy', response: 'object', reason: 'not now' },
    { voterId: 'di', response: 'object', reason: 'later', binding: false },
  ]),
  approval: tallyApproval({ options: ['A', 'B', 'C'], tieBreak: 'option-order' }, [
    { voterId: 'ana', approvals: ['A', 'B'] },
    { voterId: 'bo', approvals: ['B', 'A'] },
    { voterId: 'cy', approvals: ['C'], binding: false },
  ]),
  score: tallyScore({ options: ['A', 'B'], winnerBy: 'mean' }, [
    { voterId: 'ana', scores: { A: 4, B: 2 } },
    { voterId: 'bo', scores: { A: 3, B: 5 } },
  ]),
  dots: tallyDotVote({ options: ['A', 'B'], dots: 3, maxPerOption: 2 }, [
    { voterId: 'ana', dots: { A: 2, B: 1 } },
    { voterId: 'bo', dots: { A: 1, B: 2 } },
  ]),
  irv: tallyIrv({ options: ['A', 'B', 'C', 'D'] }, [
    { voterId: 'ana', ranking: ['A', 'B'] },
    { voterId: 'bo', ranking: ['B', 'A'] },
    { voterId: 'cy', ranking: ['C'] },
    { voterId: 'di', ranking: ['D', 'C'] },
    { voterId: 'ed', ranking: ['A'] },
    { voterId: 'fa', ranking: ['B'], binding: false },
  ]),
  schulze: tallySchulze({ options: ['A', 'B', 'C'] }, [
    { voterId: 'ana', ranking: ['A', 'B', 'C'] },
    { voterId: 'bo', ranking: ['B', 'C', 'A'] },
    { voterId: 'cy', ranking: ['C', 'A', 'B'] },
    { voterId: 'di', ranking: ['A', 'C', 'B'], binding: false },
  ]),
  'sense check': tallySenseCheck({}, [
    { voterId: 'ana', response: 'agree' },
    { voterId: 'bo', response: 'unsure' },
    { voterId: 'cy', response: 'agree', binding: false },
    { voterId: 'di', response: 'maybe' },
  ]),
  'lazy consensus, open': tallyLazyConsensus(
    { deadline: '2026-03-01T12:00:00Z' },
    [
      { voterId: 'ana', response: 'support' },
      { voterId: 'bo', response: 'object', reason: 'too soon' },
      { voterId: 'cy', response: 'object', reason: 'why', binding: false },
    ],
    { now: '2026-02-01T00:00:00Z' },
  ),
  'lazy consensus, closed': tallyLazyConsensus(
    { deadline: '2026-03-01T12:00:00Z' },
    [{ voterId: 'bo', response: 'object', reason: 'too soon', status: 'withdrawn' }],
    { now: '2026-03-02T00:00:00Z' },
  ),
  consensus: tallyConsensus({ minAgreeShare: { numerator: 2, denominator: 3 } }, [
    { voterId: 'ana', response: 'agree' },
    { voterId: 'bo', response: 'stand-aside', reason: 'unsure' },
    { voterId: 'cy', response: 'block', reason: 'harm', status: 'resolved', resolution: 'fixed' },
    { voterId: 'di', response: 'block', reason: 'no', binding: false },
  ]),
  'consensus, blocked': tallyConsensus({}, [
    { voterId: 'ana', response: 'agree' },
    { voterId: 'bo', response: 'block', reason: 'harm' },
  ]),
  supermajority: tallySupermajority(
    { threshold: { numerator: 2, denominator: 3 }, base: 'cast', inclusive: false },
    [
      { voterId: 'ana', choice: 'yes' },
      { voterId: 'bo', choice: 'yes' },
      { voterId: 'cy', choice: 'abstain' },
      { voterId: 'di', choice: 'no', binding: false },
    ],
  ),
  'supermajority, all abstain': tallySupermajority(
    { threshold: { numerator: 2, denominator: 3 } },
    [{ voterId: 'ana', choice: 'abstain' }],
  ),
  'meeting poll': tallyMeetingPoll({ options: ['Mon', 'Tue', 'Wed'] }, [
    { voterId: 'ana', marks: { Mon: 'yes', Tue: 'if-need-be' } },
    { voterId: 'bo', marks: { Mon: 'no', Tue: 'yes', Wed: 'yes' } },
    { voterId: 'cy', marks: { Wed: 'yes' }, binding: false },
  ]),
};

describe('coded tally lines', () => {
  for (const [name, result] of Object.entries(results)) {
    it(`say what the English explanation says (${name})`, () => {
      const lines = result.lines as Message[];
      expect(lines.length).toBeGreaterThan(1);
      expect(linesInEnglish(lines)).toEqual(result.explanation);
      expect(lines.every((l) => l.code in MESSAGE_CODES)).toBe(true);
      const unknown = codesIn(lines).filter((code) => !(code in MESSAGE_CODES));
      expect(unknown).toEqual([]);
    });
  }

  it('come from every decision method', () => {
    const coded = new Set(Object.values(results).map((r) => r.method));
    expect([...coded].sort()).toEqual([...METHODS].sort());
  });

  it('name members by id for each face to name them', () => {
    const objection = results.consent.lines?.find(
      (l) => l.code === 'tally.objection' && l.params['memberId'] === 'bo',
    );
    expect(objection?.params).toMatchObject({ memberId: 'bo', reason: 'too costly' });
    expect(results.majority.lines?.at(-1)?.code).toBe('tally.quorum-not-met');
    expect(results.majority.outcome).toBe('no-quorum');
  });
});
