import type { LedgerEvent } from '../../core/ledger/event.js';
import {
  EMPTY_FINANCE_STATE,
  foldFinanceEvents,
  type FinanceState,
} from '../../core/finance/state.js';
import { EMPTY_DATING_ENDS, foldDatingEnds } from '../../core/members/dating-ends.js';
import { EMPTY_LEAVES, foldLeaves, type Leave } from '../../core/members/leaves.js';
import {
  EMPTY_VALUE_STATE,
  foldValueEventsInPlace,
  isUnknownContribution,
  ownValueState,
  ValueFoldError,
  type DatingEnd,
  type ValueState,
} from '../../core/value/index.js';
import {
  EMPTY_RUN_START,
  StartTooLate,
  type ReceivedCredit,
  type ReceivedThanks,
  type RunStart,
} from '../../core/finance/run-record.js';
import { APPRECIATION_GIVEN } from '../../core/rhythms/rhythm-events.js';
import { ECONOMY_EVENT } from '../../core/federation/economy-events.js';
import {
  emptyReplayIndex,
  indexEvents,
  indexPending,
  type ReplayIndex,
  type StartingPoint,
} from '../../core/finance/run-state.js';
import type { Stream } from '../../core/value/streams.js';
import type { ContributionRecord } from '../../core/value/contribution.js';
import { VALUE_EVENT } from '../../core/value/events.js';
import type { AppContext } from '../context.js';

/** What a distribution run reads: value, finance, dating ends and leaves folded from the ledger up to `seq`. */
export interface LedgerFacts {
  value: ValueState;
  finance: FinanceState;
  /** When each dating spell ended: releases historical care as claims. */
  datingEnds: readonly DatingEnd[];
  /** Members' leaves, which smoothing reads. */
  leaves: readonly Leave[];
  /** Thanks recorded in the folded events, which a run's appreciation share follows. */
  appreciations: readonly ReceivedThanks[];
  /** Mutual credit received in the folded events, which a run counts as income if its parameters say so. */
  credits: readonly ReceivedCredit[];
  /** The last event folded. */
  seq: number;
  /** Which events a run state built from these facts replays. */
  index: ReplayIndex;
  /** Where the fold started: event 1, or a committed run's recorded state. */
  start: RunStart;
  /**
   * From a recorded state in chunks, a second read: the same facts with the chunks that these
   * payments (what the run would pay each member per stream) reach read too, or null when that
   * would read no chunk not read already.
   */
  readMore?: (
    payments: ReadonlyMap<string, Readonly<Record<Stream, bigint>>>,
  ) => Promise<LedgerFacts | null>;
}

const BATCH = 2000;

/**
 * Folds value, finance, membership and leave events up to and including `upTo` (all when absent). Runs
 * read the ledger itself, not the projections, so that the node and an auditor holding only an export
 * compute a run by the very same code. From a run state, throws `StartTooLate` at an event about a
 * contribution the state settled (a later correction or dispute of counted work).
 *
 * @example const facts = await foldLedgerFacts(file.events(), run.ledgerSeq);
 */
export async function foldLedgerFacts(
  events: AsyncIterable<LedgerEvent> | Iterable<LedgerEvent>,
  upTo = Number.POSITIVE_INFINITY,
  from: StartingPoint = { start: EMPTY_RUN_START, pending: [] },
): Promise<LedgerFacts> {
  const index = indexPending(from.pending, emptyReplayIndex());
  // Owned and folded in place: copying the contributions at every batch cost more than the fold.
  const value = ownValueState(EMPTY_VALUE_STATE);
  for (const c of from.pending) value.contributions.set(c.id, c);
  let finance = EMPTY_FINANCE_STATE;
  let dating = EMPTY_DATING_ENDS;
  let leaves = EMPTY_LEAVES;
  let seq = 0;
  const appreciations: ReceivedThanks[] = [];
  const credits: ReceivedCredit[] = [];
  let batch: LedgerEvent[] = [];
  const dormant = from.dormant;
  const add = (records: readonly ContributionRecord[]) => {
    indexPending(records, index);
    for (const c of records) value.contributions.set(c.id, c);
  };
  const flush = async () => {
    // Dormant work the events name is read (its bucket) before they are folded.
    if (dormant) {
      const named = namedContributions(batch, value);
      if (named.length > 0) add(await dormant.forIds(named));
    }
    try {
      foldValueEventsInPlace(batch, value);
    } catch (error) {
      // A correction or dispute of work the state settled (counted in or before its month).
      if (
        from.start.runId !== null &&
        error instanceof ValueFoldError &&
        isUnknownContribution(error.detail)
      )
        throw new StartTooLate(
          `${error.detail.message} was settled in the state of run ${from.start.runId}`,
        );
      throw error;
    }
    finance = foldFinanceEvents(batch, finance);
    dating = foldDatingEnds(batch, dating);
    leaves = foldLeaves(batch, leaves);
    indexEvents(batch, index);
    batch = [];
  };
  for await (const event of events) {
    if (event.seq > upTo) break;
    batch.push(event);
    seq = event.seq;
    if (event.type === APPRECIATION_GIVEN)
      appreciations.push({
        seq: event.seq,
        memberId: (event.payload as { memberId: string }).memberId,
      });
    else if (event.type === ECONOMY_EVENT.creditReceived) {
      const credit = event.payload as { amount: string; currency: string };
      credits.push({ seq: event.seq, amount: BigInt(credit.amount), currency: credit.currency });
    }
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  // The buckets the next state needs besides: those the work folded would join.
  if (dormant)
    for (let more = await dormant.rest(value); more.length > 0; more = await dormant.rest(value))
      add(more);
  return {
    value,
    finance,
    datingEnds: dating.ends,
    leaves: [...leaves.leaves.values()],
    appreciations,
    credits,
    seq,
    index,
    start: from.start,
  };
}

const NAMING = new Set<string>([
  VALUE_EVENT.contributionEdited,
  VALUE_EVENT.contributionValidated,
  VALUE_EVENT.contributionDisputed,
  VALUE_EVENT.disputeWithdrawn,
  VALUE_EVENT.disputeResolved,
]);

/** The contributions these events act on that the fold does not hold (nor the events log first). */
function namedContributions(events: readonly LedgerEvent[], value: ValueState): string[] {
  const logged = new Set<string>();
  const named = new Set<string>();
  for (const e of events) {
    const p = e.payload as Record<string, unknown>;
    if (e.type === VALUE_EVENT.contributionLogged) logged.add(String(p['contributionId']));
    if (!NAMING.has(e.type)) continue;
    const id = String(
      e.type === VALUE_EVENT.contributionEdited ? p['supersedes'] : p['contributionId'],
    );
    if (e.type === VALUE_EVENT.contributionEdited) logged.add(String(p['contributionId']));
    if (!logged.has(id) && !value.contributions.has(id)) named.add(id);
  }
  return [...named];
}

/**
 * The facts of the node's own ledger as it stands now.
 *
 * @example const { value, finance, datingEnds, leaves, seq } = await readLedgerFacts(ctx);
 */
export async function readLedgerFacts(ctx: AppContext, upTo?: number): Promise<LedgerFacts> {
  return foldLedgerFacts(ctx.store.streamEvents(1, BATCH), upTo);
}
