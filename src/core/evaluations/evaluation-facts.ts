import { apportion } from '../distribution/largest-remainder.js';
import { canonicalString } from '../ledger/canonical.js';
import { sha256Of } from '../ledger/hash.js';
import { dayNumber, periodOf, type CalendarDate, type Period } from '../value/calendar.js';
import { giniCoefficient, type WeeklyOverload } from '../value/care-indicators.js';
import { STREAMS, type Stream } from '../value/streams.js';

/*
 * A quarterly evaluation's facts: what the ledger (and the check-ins' aggregate) says about one
 * quarter of the DisCO or of one circle. Every number is a whole number written as digits, so the
 * facts have one canonical form and one hash, which the ledger keeps when the evaluation opens.
 * Shares are basis points apportioned by largest remainder, so they add up to exactly 100 %.
 */

/** 10 000 basis points: a whole. */
export const WHOLE_BP = 10_000n;

/** What the app read from the store for one quarter and scope, already summed. */
export interface EvaluationInputs {
  quarter: Period;
  circleId: string | null;
  /** Per stream, live work dated in the quarter: hour-based thousandths, credits, entries. */
  flows: ReadonlyArray<{ stream: Stream; hours: bigint; credits: bigint; entries: number }>;
  /** Every member the care question is about (active worker-members of the scope), ids in a stable order. */
  members: readonly string[];
  /** Each member's care in the quarter, in thousandths of an hour (hour-based work only). */
  careHours: ReadonlyMap<string, bigint>;
  /** Each member's care in the quarter, in minor units of credit. */
  careCredits: ReadonlyMap<string, bigint>;
  /** Quarterly duties (and monthly ones of the quarter) of the scope's members. */
  duties: ReadonlyArray<{
    memberId: string;
    stream: Stream;
    period: string;
    owed: bigint;
    done: bigint;
  }>;
  /** Weeks in which a member logged more than the weekly load. */
  loggedOverloads: readonly WeeklyOverload[];
  /** Check-ins shared with others, aggregated: never a name or a word of one. */
  capacity: { reporting: number; overloaded: number; threshold: number };
  /** Appreciations given in the quarter to the scope's members. */
  appreciations: ReadonlyArray<{ fromId: string; memberId: string; forCare: boolean }>;
  /** Decisions whose review date falls on or before the quarter's last day and were not yet reviewed before it began. */
  decisionsDue: ReadonlyArray<{
    proposalId: string;
    title: string;
    reviewDate: CalendarDate;
    reviewProposalId: string | null;
  }>;
}

export interface ShareFact {
  memberId: string;
  amount: string;
  /** Basis points of the total; all of a list add up to 10000 (or to 0 when nothing was done). */
  shareBp: number;
}

export interface ConcentrationFact {
  total: string;
  shares: ShareFact[];
  /** The Gini coefficient as an exact fraction. */
  gini: { numerator: string; denominator: string };
}

export interface EvaluationFacts {
  quarter: string;
  from: CalendarDate;
  to: CalendarDate;
  circleId: string | null;
  flows: {
    credits: string;
    hours: string;
    streams: Array<{
      stream: Stream;
      credits: string;
      hours: string;
      entries: number;
      shareBp: number;
    }>;
  };
  careHours: ConcentrationFact;
  careCredits: ConcentrationFact;
  duties: {
    met: number;
    missed: number;
    items: Array<{
      memberId: string;
      stream: Stream;
      period: string;
      owed: string;
      done: string;
      met: boolean;
    }>;
  };
  overloads: {
    /** Members who logged more than the weekly load in at least one week, and how many such weeks. */
    loggedMembers: number;
    loggedWeeks: number;
    /** From check-ins shared with others: members over `threshold` % two weeks running, and members reporting. */
    capacityOverloaded: number;
    capacityReporting: number;
    threshold: number;
  };
  appreciations: {
    given: number;
    forCare: number;
    received: Array<{ memberId: string; count: number }>;
  };
  decisionsDue: Array<{
    proposalId: string;
    title: string;
    reviewDate: CalendarDate;
    reviewProposalId: string | null;
  }>;
}

/**
 * Shares of `amounts` in basis points by largest remainder: they add up to exactly 10000 when
 * anything was done, and are all 0 when nothing was.
 *
 * @example sharesInBasisPoints([1n, 1n, 1n]) // [3334, 3333, 3333]
 */
export function sharesInBasisPoints(amounts: readonly bigint[]): number[] {
  const total = amounts.reduce((s, a) => s + a, 0n);
  if (total === 0n) return amounts.map(() => 0);
  return apportion(WHOLE_BP, amounts).shares.map(Number);
}

function concentration(
  members: readonly string[],
  amounts: ReadonlyMap<string, bigint>,
): ConcentrationFact {
  const own = members.map((m) => amounts.get(m) ?? 0n);
  const bp = sharesInBasisPoints(own);
  const gini = giniCoefficient(own);
  return {
    total: own.reduce((s, a) => s + a, 0n).toString(),
    shares: members.map((memberId, i) => ({
      memberId,
      amount: own[i]!.toString(),
      shareBp: bp[i]!,
    })),
    gini: { numerator: gini.numerator.toString(), denominator: gini.denominator.toString() },
  };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The evaluation's facts from the quarter's sums: flows by stream with their shares, care shares
 * and Gini by hours and credits, duties met and missed, overloads (logged and reported), thanks,
 * and the decisions due for review. Pure and deterministic: the same inputs give the same facts,
 * whatever order the maps and lists came in.
 *
 * @example evaluationFacts(inputs).flows.streams.map((s) => s.shareBp) // [6000, 2500, 1500]
 */
export function evaluationFacts(inputs: EvaluationInputs): EvaluationFacts {
  const flowOf = (stream: Stream) =>
    inputs.flows.find((f) => f.stream === stream) ?? { hours: 0n, credits: 0n, entries: 0 };
  const flows = STREAMS.map((stream) => ({ stream, ...flowOf(stream) }));
  const flowBp = sharesInBasisPoints(flows.map((f) => f.credits));
  const duties = [...inputs.duties]
    .sort(
      (a, b) =>
        byText(a.memberId, b.memberId) || byText(a.period, b.period) || byText(a.stream, b.stream),
    )
    .map((d) => ({
      memberId: d.memberId,
      stream: d.stream,
      period: d.period,
      owed: d.owed.toString(),
      done: d.done.toString(),
      met: d.done >= d.owed,
    }));
  const received = new Map<string, number>();
  for (const a of inputs.appreciations)
    received.set(a.memberId, (received.get(a.memberId) ?? 0) + 1);
  return {
    quarter: inputs.quarter.label,
    from: inputs.quarter.start,
    to: inputs.quarter.end,
    circleId: inputs.circleId,
    flows: {
      credits: flows.reduce((s, f) => s + f.credits, 0n).toString(),
      hours: flows.reduce((s, f) => s + f.hours, 0n).toString(),
      streams: flows.map((f, i) => ({
        stream: f.stream,
        credits: f.credits.toString(),
        hours: f.hours.toString(),
        entries: f.entries,
        shareBp: flowBp[i]!,
      })),
    },
    careHours: concentration(inputs.members, inputs.careHours),
    careCredits: concentration(inputs.members, inputs.careCredits),
    duties: {
      met: duties.filter((d) => d.met).length,
      missed: duties.filter((d) => !d.met).length,
      items: duties,
    },
    overloads: {
      loggedMembers: new Set(inputs.loggedOverloads.map((o) => o.memberId)).size,
      loggedWeeks: inputs.loggedOverloads.length,
      capacityOverloaded: inputs.capacity.overloaded,
      capacityReporting: inputs.capacity.reporting,
      threshold: inputs.capacity.threshold,
    },
    appreciations: {
      given: inputs.appreciations.length,
      forCare: inputs.appreciations.filter((a) => a.forCare).length,
      received: [...received]
        .map(([memberId, count]) => ({ memberId, count }))
        .sort((a, b) => b.count - a.count || byText(a.memberId, b.memberId)),
    },
    decisionsDue: [...inputs.decisionsDue]
      .sort((a, b) => byText(a.reviewDate, b.reviewDate) || byText(a.proposalId, b.proposalId))
      .map((d) => ({ ...d })),
  };
}

/**
 * The SHA-256 of the facts' canonical JSON, hex: what `evaluation.opened` records, so anyone can
 * check later that the facts shown are the ones the evaluation opened with.
 *
 * @example factsHash(evaluationFacts(inputs)) // '3f1c…' (64 hex digits)
 */
export function factsHash(facts: EvaluationFacts): string {
  return sha256Of(canonicalString(facts)).toString('hex');
}

/**
 * The quarter a label names (`2026-Q3`), or null when it names none.
 *
 * @example quarterNamed('2026-Q3') // { kind: 'quarter', label: '2026-Q3', start: '2026-07-01', end: '2026-09-30' }
 */
export function quarterNamed(label: string): Period | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(label);
  if (!match) return null;
  const month = (Number(match[2]) - 1) * 3 + 1;
  return periodOf(`${match[1]}-${String(month).padStart(2, '0')}-01`, 'quarter');
}

/**
 * Whether a quarter is over on `today` (its last day has passed): only then can it be evaluated,
 * since its facts would still move.
 *
 * @example quarterEnded(quarterNamed('2026-Q1')!, '2026-04-01') // true
 */
export function quarterEnded(quarter: Pick<Period, 'end'>, today: CalendarDate): boolean {
  return dayNumber(today) > dayNumber(quarter.end);
}
