import { z } from 'zod';
import { message, type Message, type MessageCode } from '../messages/codes.js';
import type { Counted, Problem } from './ballot.js';

/**
 * Where an objection (or block) stands. Only `standing` ones stop a proposal: the person may
 * withdraw it, or the group may resolve it (e.g. by amending the proposal), and either lifts it.
 */
export const objectionStatusSchema = z.enum(['standing', 'withdrawn', 'resolved']);
export type ObjectionStatus = z.output<typeof objectionStatusSchema>;

/** One objection or block as members see it: who, why, and whether it still stands. */
export interface ObjectionNote {
  voterId: string;
  weight: number;
  reason: string;
  status: ObjectionStatus;
  resolution?: string;
}

/** The ballot fields objections and blocks share. */
export interface ObjectingBallot {
  voterId: string;
  reason?: string | undefined;
  status?: ObjectionStatus | undefined;
  resolution?: string | undefined;
}

/**
 * An objection or block needs a reason so the group can work with it, and a valid status.
 * @example checkObjection({ voterId: 'ana', reason: ' ' }, 'an objection') // [{ field: 'reason', … }]
 */
export function checkObjection(ballot: ObjectingBallot, what: string): Problem[] {
  const problems: Problem[] = [];
  if (typeof ballot.reason !== 'string' || ballot.reason.trim().length === 0) {
    problems.push({ field: 'reason', message: `${what} needs a reason` });
  }
  if (ballot.status !== undefined && !objectionStatusSchema.options.includes(ballot.status)) {
    problems.push({ field: 'status', message: 'status must be standing, withdrawn or resolved' });
  }
  return problems;
}

/**
 * The objections among counted ballots, sorted by voter so the report does not depend on ballot order.
 * @example collectObjections(counted, (b) => b.response === 'object')
 */
export function collectObjections<B extends ObjectingBallot>(
  counted: readonly Counted<B>[],
  isObjection: (b: B) => boolean,
): ObjectionNote[] {
  const notes: ObjectionNote[] = [];
  for (const { ballot, weight } of counted) {
    if (!isObjection(ballot)) continue;
    const note: ObjectionNote = {
      voterId: ballot.voterId,
      weight,
      reason: (ballot.reason ?? '').trim(),
      status: ballot.status ?? 'standing',
    };
    if (ballot.resolution !== undefined) note.resolution = ballot.resolution;
    notes.push(note);
  }
  return notes.sort((a, b) => (a.voterId < b.voterId ? -1 : a.voterId > b.voterId ? 1 : 0));
}

export type ObjectionLabel = 'objection' | 'non-binding-objection' | 'block' | 'non-binding-block';

/**
 * One line per objection: "Objection from bo stands: 'too costly'."
 * @example objectionLines(notes, 'objection')[0].code // 'tally.objection'
 */
export function objectionLines(notes: readonly ObjectionNote[], label: ObjectionLabel): Message[] {
  return notes.map((n) =>
    message('tally.objection', {
      label: message(`tally.label.${label}` as MessageCode),
      memberId: n.voterId,
      state: message(`tally.objection-state.${n.status}` as MessageCode),
      resolution: n.resolution ? message('tally.resolution', { text: n.resolution }) : null,
      reason: n.reason,
    }),
  );
}

/**
 * Summed weight of objections by status.
 * @example weighObjections(notes) // { standing: 1, withdrawn: 0, resolved: 2 }
 */
export function weighObjections(notes: readonly ObjectionNote[]): Record<ObjectionStatus, number> {
  const out: Record<ObjectionStatus, number> = { standing: 0, withdrawn: 0, resolved: 0 };
  for (const n of notes) out[n.status] += n.weight;
  return out;
}
