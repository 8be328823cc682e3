import { z } from 'zod';
import { message, type Message } from '../messages/codes.js';
import type { TieBreakNote } from './result.js';

/** The options of a proposal, in the order the proposal lists them; that order is also the default tie-break order. */
export const optionsSchema = z
  .array(z.string().min(1))
  .min(2)
  .refine((o) => new Set(o).size === o.length, { message: 'options must be distinct' });

/**
 * Settings shared by every method that chooses among options.
 *
 * `tieBreak: 'report'` (the default) reports a tie as a tie. `'option-order'` settles it in favour
 * of the option that comes first in `tieBreakOrder`, or in the proposal's option order when no
 * order is given. Core has no randomness: a drawing of lots happens outside and comes in as
 * `tieBreakOrder`.
 */
export const choiceShape = {
  options: optionsSchema,
  tieBreak: z.enum(['report', 'option-order']).default('report'),
  tieBreakOrder: z.array(z.string()).optional(),
};

/**
 * Settings refinement: a tie-break order must list every option exactly once.
 * @example z.object(choiceShape).superRefine(refineTieBreakOrder)
 */
export function refineTieBreakOrder(
  settings: { options: string[]; tieBreakOrder?: string[] | undefined },
  ctx: z.RefinementCtx,
): void {
  const order = settings.tieBreakOrder;
  if (!order) return;
  const same =
    order.length === settings.options.length &&
    new Set(order).size === order.length &&
    order.every((o) => settings.options.includes(o));
  if (!same)
    ctx.addIssue({
      code: 'custom',
      path: ['tieBreakOrder'],
      message: 'the tie-break order must list every option exactly once',
    });
}

/**
 * Position of each option in the tie-break order (lower = favoured).
 * @example tieBreakRank({ options: ['A', 'B'] }).get('B') // 1
 */
export function tieBreakRank(settings: {
  options: readonly string[];
  tieBreakOrder?: readonly string[] | undefined;
}): Map<string, number> {
  const order = settings.tieBreakOrder ?? settings.options;
  return new Map(order.map((o, i) => [o, i]));
}

/**
 * Index of each option in the proposal's option order, for turning names into array slots.
 * @example optionIndex(['A', 'B']).get('B') // 1
 */
export function optionIndex(options: readonly string[]): Map<string, number> {
  return new Map(options.map((o, i) => [o, i]));
}

export interface Standing {
  option: string;
  /** 1 for the best; equal options share a rank (1, 1, 3). */
  rank: number;
}

/**
 * Orders every option best first with `compare` (negative when `a` is better), equal options
 * sharing a rank and listed in option order so the report never depends on ballot order.
 * @example standingsOf(['A', 'B', 'C'], (a, b) => votes[b] - votes[a])
 */
export function standingsOf(
  options: readonly string[],
  compare: (a: string, b: string) => number,
): Standing[] {
  const sorted = [...options].sort(compare);
  const out: Standing[] = [];
  sorted.forEach((option, i) => {
    const prev = out[i - 1];
    const rank = prev && compare(sorted[i - 1] as string, option) === 0 ? prev.rank : i + 1;
    out.push({ option, rank });
  });
  return out;
}

export interface TopResolution {
  outcome: 'winner' | 'tie';
  winners: string[];
  tieBreak?: TieBreakNote;
  lines: Message[];
}

/**
 * Settles the set of best options: a single best option wins; several are a tie, unless the
 * settings ask for a single winner, in which case the first in the tie-break order wins.
 * @example resolveTop(['B', 'A'], { options: ['A', 'B'], tieBreak: 'option-order' }).winners // ['A']
 */
export function resolveTop(
  best: readonly string[],
  settings: {
    options: readonly string[];
    tieBreak: 'report' | 'option-order';
    tieBreakOrder?: readonly string[] | undefined;
  },
): TopResolution {
  const rank = tieBreakRank(settings);
  const ordered = [...best].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  if (ordered.length === 1)
    return {
      outcome: 'winner',
      winners: ordered,
      lines: [message('tally.winner', { option: ordered[0] as string })],
    };
  const tie = message('tally.tie', { options: ordered });
  if (settings.tieBreak === 'report') return { outcome: 'tie', winners: ordered, lines: [tie] };
  const order = tieBreakOrderName(settings);
  const rule = `first in ${order.code === 'tally.order.given' ? 'the given tie-break order' : "the proposal's option order"}`;
  const winner = ordered[0] as string;
  return {
    outcome: 'winner',
    winners: [winner],
    tieBreak: { among: ordered, rule },
    lines: [tie, message('tally.tie-break', { order, option: winner })],
  };
}

/**
 * Which order settles ties: the one the settings give, or the proposal's own.
 * @example tieBreakOrderName({ options: ['A', 'B'] }).code // 'tally.order.proposal'
 */
export function tieBreakOrderName(settings: {
  tieBreakOrder?: readonly string[] | undefined;
}): Message {
  return message(settings.tieBreakOrder ? 'tally.order.given' : 'tally.order.proposal');
}

/**
 * "A", "A and B", "A, B and C".
 * @example listing(['A', 'B', 'C']) // "A, B and C"
 */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
