import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tallyMeetingPoll, validateMeetingPollBallot, type Mark } from './meeting-poll.js';
import { assertOrderIndependent, baseArb, uniqueBallots } from './test-support.js';

const options = ['Mon 10:00', 'Tue 14:00', 'Wed 09:00'];
const markArb = fc.constantFrom('yes', 'if-need-be', 'no') as fc.Arbitrary<Mark>;
const bodyArb = fc
  .tuple(baseArb, fc.dictionary(fc.constantFrom(...options), markArb, { noNullPrototype: true }))
  .map(([b, marks]) => ({ ...b, marks }));

describe('meeting poll', () => {
  it('picks most yes, then most if-need-be, and reports every slot', () => {
    const r = tallyMeetingPoll({ options }, [
      { voterId: 'a', marks: { 'Mon 10:00': 'yes', 'Tue 14:00': 'yes', 'Wed 09:00': 'no' } },
      { voterId: 'b', marks: { 'Mon 10:00': 'no', 'Tue 14:00': 'if-need-be', 'Wed 09:00': 'yes' } },
      { voterId: 'c', marks: { 'Mon 10:00': 'yes', 'Tue 14:00': 'yes' } },
    ]);
    expect(r.winners).toEqual(['Tue 14:00']);
    expect(r.counts.slots['Wed 09:00']).toEqual({ yes: 1, ifNeedBe: 0, no: 1, unmarked: 1 });
    expect(r.explanation).toEqual([
      '3 binding ballots (total weight 3).',
      'Slots, best first (most yes, then most if-need-be):',
      '1. Tue 14:00: yes 2, if need be 1, no 0, unmarked 0.',
      '2. Mon 10:00: yes 2, if need be 0, no 1, unmarked 0.',
      '3. Wed 09:00: yes 1, if need be 0, no 1, unmarked 1.',
      'Winner: Tue 14:00.',
    ]);
  });

  it('reports a tie on equal yes and if-need-be', () => {
    const r = tallyMeetingPoll({ options }, [
      { voterId: 'a', marks: { 'Mon 10:00': 'yes', 'Wed 09:00': 'yes' } },
    ]);
    expect(r).toMatchObject({ outcome: 'tie', winners: ['Mon 10:00', 'Wed 09:00'] });
  });

  it('validates slots and marks', () => {
    expect(
      validateMeetingPollBallot(
        { options },
        { voterId: 'a', marks: { 'Fri 08:00': 'yes', 'Mon 10:00': 'maybe' as Mark } },
      ),
    ).toEqual([
      { field: 'marks.Fri 08:00', message: '"Fri 08:00" is not one of the time slots offered' },
      { field: 'marks.Mon 10:00', message: 'a mark must be yes, if-need-be or no' },
    ]);
  });

  it('law: every winner has the most yes marks', () => {
    fc.assert(
      fc.property(uniqueBallots(bodyArb, 1), (ballots) => {
        const r = tallyMeetingPoll({ options }, ballots);
        const maxYes = Math.max(...options.map((o) => r.counts.slots[o]?.yes ?? 0));
        for (const w of r.winners) expect(r.counts.slots[w]?.yes).toBe(maxYes);
      }),
    );
  });

  it('is independent of ballot order', () => {
    assertOrderIndependent(bodyArb, (b) => tallyMeetingPoll({ options }, b));
  });
});
