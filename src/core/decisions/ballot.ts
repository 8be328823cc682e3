import { z } from 'zod';
import { message, type Message } from '../messages/codes.js';
import { linesInEnglish } from '../messages/render-en.js';

/**
 * Weights are capped so that every sum a tally makes (weight × dots or scores × ballots) stays an
 * exact integer in a double.
 */
export const MAX_WEIGHT = 1_000_000;

/**
 * Fields every ballot carries, spread into each method's ballot schema.
 *
 * `weight` is how the caller weights constituencies against each other (e.g. worker-members 3,
 * supporters 1): tallies only ever sum weights and never look at constituencies. `binding: false`
 * marks a ballot that is shown but does not decide, such as a dater's in stages 1 and 2.
 */
export const ballotBaseShape = {
  voterId: z.string().min(1),
  weight: z.number().int().positive().max(MAX_WEIGHT).default(1),
  binding: z.boolean().default(true),
};

export const ballotBaseSchema = z.object(ballotBaseShape);
/** What callers pass: weight and binding may be left out (1 and true). */
export type BallotBase = z.input<typeof ballotBaseSchema>;

/** One thing wrong with a ballot, named by the field a form would highlight. */
export interface Problem {
  field: string;
  message: string;
}

/** Shared empty result, so checking a valid ballot allocates nothing; never mutate it. */
export const NO_PROBLEMS: Problem[] = Object.freeze([]) as unknown as Problem[];

/** A ballot that was not counted, and why. */
export interface SetAside {
  voterId: string;
  problems: Problem[];
}

export interface Turnout {
  ballots: number;
  weight: number;
}

/** Who took part: binding ballots decide, shown ballots are reported beside them. */
export interface Participation {
  binding: Turnout;
  shown: Turnout;
  setAside: number;
}

/** A valid ballot with its weight made explicit. */
export interface Counted<B> {
  ballot: B;
  weight: number;
}

export interface Split<B> {
  binding: Counted<B>[];
  shown: Counted<B>[];
  setAside: SetAside[];
  participation: Participation;
}

/**
 * Checks the fields shared by every ballot. Written by hand rather than with zod because tallies run
 * it on every one of up to hundreds of thousands of ballots.
 * @example checkBallotBase({ voterId: 'ana', weight: 0 }) // [{ field: 'weight', message: … }]
 */
export function checkBallotBase(ballot: BallotBase): Problem[] {
  const b = ballot as Partial<Record<keyof BallotBase, unknown>>;
  // Fast path: the common valid ballot allocates nothing.
  if (
    typeof b.voterId === 'string' &&
    b.voterId.length > 0 &&
    (b.weight === undefined ||
      (typeof b.weight === 'number' &&
        Number.isInteger(b.weight) &&
        b.weight >= 1 &&
        b.weight <= MAX_WEIGHT)) &&
    (b.binding === undefined || typeof b.binding === 'boolean')
  ) {
    return NO_PROBLEMS;
  }
  const problems: Problem[] = [];
  if (typeof b.voterId !== 'string' || b.voterId.length === 0) {
    problems.push({ field: 'voterId', message: 'a ballot needs the id of the voter who cast it' });
  }
  if (b.weight !== undefined) {
    if (
      typeof b.weight !== 'number' ||
      !Number.isInteger(b.weight) ||
      b.weight < 1 ||
      b.weight > MAX_WEIGHT
    ) {
      problems.push({
        field: 'weight',
        message: `weight must be a whole number from 1 to ${MAX_WEIGHT}`,
      });
    }
  }
  if (b.binding !== undefined && typeof b.binding !== 'boolean') {
    problems.push({ field: 'binding', message: 'binding must be true or false' });
  }
  return problems;
}

/**
 * Sorts ballots into binding, shown and set aside. A voter with several ballots has all of them set
 * aside: keeping "the latest" would depend on the order ballots arrive in, and replacing a ballot
 * is the store's job, not the tally's.
 * @example splitBallots([{ voterId: 'ana', choice: 'yes' }], () => []).binding.length // 1
 */
export function splitBallots<B extends BallotBase>(
  ballots: readonly B[],
  check: (ballot: B) => Problem[],
): Split<B> {
  // One Set pass finds whether anyone voted twice; the per-voter count is only needed if so.
  const ids = new Set<string>();
  const duplicated = new Set<string>();
  for (const b of ballots) {
    const before = ids.size;
    ids.add(b.voterId);
    if (ids.size === before) duplicated.add(b.voterId);
  }
  const seen = new Map<string, number>();
  if (duplicated.size > 0)
    for (const b of ballots)
      if (duplicated.has(b.voterId)) seen.set(b.voterId, (seen.get(b.voterId) ?? 0) + 1);

  const binding: Counted<B>[] = [];
  const shown: Counted<B>[] = [];
  const setAside: SetAside[] = [];
  const reportedDuplicates = new Set<string>();
  for (const ballot of ballots) {
    const times = duplicated.size > 0 ? (seen.get(ballot.voterId) ?? 0) : 1;
    if (times > 1) {
      if (!reportedDuplicates.has(ballot.voterId)) {
        reportedDuplicates.add(ballot.voterId);
        setAside.push({
          voterId: ballot.voterId,
          problems: [
            {
              field: 'voterId',
              message: `this voter cast ${times} ballots; none of them is counted`,
            },
          ],
        });
      }
      continue;
    }
    const base = checkBallotBase(ballot);
    const own = check(ballot);
    const problems = base.length === 0 ? own : own.length === 0 ? base : [...base, ...own];
    if (problems.length > 0) {
      setAside.push({ voterId: String(ballot.voterId), problems });
      continue;
    }
    const counted = { ballot, weight: ballot.weight ?? 1 };
    if (ballot.binding === false) shown.push(counted);
    else binding.push(counted);
  }
  // Sorted so that the report does not depend on the order ballots arrived in.
  setAside.sort((a, b) => (a.voterId < b.voterId ? -1 : a.voterId > b.voterId ? 1 : 0));
  const turnout = (list: Counted<B>[]): Turnout => ({
    ballots: list.length,
    weight: list.reduce((sum, c) => sum + c.weight, 0),
  });
  return {
    binding,
    shown,
    setAside,
    participation: { binding: turnout(binding), shown: turnout(shown), setAside: setAside.length },
  };
}

/**
 * The plain-language lines on who took part and which ballots were set aside.
 * @example describeParticipation(split) // ["3 binding ballots (total weight 3)."]
 */
export function describeParticipation(
  split: Pick<Split<unknown>, 'participation' | 'setAside'>,
): string[] {
  return linesInEnglish(participationLines(split));
}

/**
 * The same lines as codes and parameters, for each face to put in its reader's language. A set-aside
 * ballot's problems stay in English: they are the ballot checks' own words.
 * @example participationLines(split)[0] // { code: 'tally.binding.many', params: { ballots: 3, weight: 3 } }
 */
export function participationLines(
  split: Pick<Split<unknown>, 'participation' | 'setAside'>,
): Message[] {
  const { binding, shown } = split.participation;
  const lines = [
    binding.ballots === 1
      ? message('tally.binding.one', { weight: binding.weight })
      : message('tally.binding.many', { ballots: binding.ballots, weight: binding.weight }),
  ];
  if (shown.ballots > 0) {
    lines.push(
      shown.ballots === 1
        ? message('tally.non-binding.one', { weight: shown.weight })
        : message('tally.non-binding.many', { ballots: shown.ballots, weight: shown.weight }),
    );
  }
  for (const s of split.setAside) {
    lines.push(
      message('tally.set-aside', {
        memberId: s.voterId,
        problems: s.problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      }),
    );
  }
  return lines;
}

/**
 * "1 ballot", "2 ballots".
 * @example plural(2, 'ballot') // "2 ballots"
 */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
