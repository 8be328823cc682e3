import { z } from 'zod';
import { message, type Message } from '../messages/codes.js';
import { linesInEnglish } from '../messages/render-en.js';
import {
  ballotBaseShape,
  checkBallotBase,
  participationLines,
  splitBallots,
  type Counted,
  type Problem,
} from './ballot.js';
import {
  choiceShape,
  optionIndex,
  refineTieBreakOrder,
  resolveTop,
  standingsOf,
  type Standing,
} from './options.js';
import {
  applyQuorum,
  NO_BINDING,
  type ChoiceResult,
  type TallyContext,
  type TieBreakNote,
} from './result.js';

export const MARKS = ['yes', 'if-need-be', 'no'] as const;
export type Mark = (typeof MARKS)[number];

/** The options are the time slots, as labels (e.g. "2025-03-04T15:00Z") in the order offered. */
export const meetingPollSettingsSchema = z
  .strictObject({ ...choiceShape })
  .superRefine(refineTieBreakOrder);

export const meetingPollBallotSchema = z.strictObject({
  ...ballotBaseShape,
  marks: z.record(z.string(), z.enum(MARKS)),
});

export type MeetingPollSettings = z.input<typeof meetingPollSettingsSchema>;
export type MeetingPollBallot = z.input<typeof meetingPollBallotSchema>;

export interface SlotCount {
  yes: number;
  ifNeedBe: number;
  no: number;
  /** Weight of ballots that left this slot unmarked. */
  unmarked: number;
}

export interface MeetingPollCounts {
  slots: Record<string, SlotCount>;
  /** Every slot, best first: most yes, then most if-need-be. */
  standings: Standing[];
}

export type MeetingPollResult = ChoiceResult<'meeting-poll', MeetingPollCounts>;

type Parsed = z.output<typeof meetingPollSettingsSchema>;

function checker(s: Parsed) {
  const index = optionIndex(s.options);
  return (ballot: MeetingPollBallot): Problem[] => {
    const marks = ballot.marks as unknown;
    if (typeof marks !== 'object' || marks === null || Array.isArray(marks))
      return [{ field: 'marks', message: 'marks must map time slots to yes, if-need-be or no' }];
    const problems: Problem[] = [];
    for (const [slot, mark] of Object.entries(marks as Record<string, unknown>)) {
      if (!index.has(slot))
        problems.push({
          field: `marks.${slot}`,
          message: `"${slot}" is not one of the time slots offered`,
        });
      if (!(MARKS as readonly unknown[]).includes(mark))
        problems.push({ field: `marks.${slot}`, message: 'a mark must be yes, if-need-be or no' });
    }
    return problems;
  };
}

function count(s: Parsed, counted: readonly Counted<MeetingPollBallot>[]): MeetingPollCounts {
  const slots: Record<string, SlotCount> = Object.fromEntries(
    s.options.map((o) => [o, { yes: 0, ifNeedBe: 0, no: 0, unmarked: 0 }]),
  );
  for (const c of counted) {
    for (const o of s.options) {
      const slot = slots[o] as SlotCount;
      const mark = Object.hasOwn(c.ballot.marks, o) ? c.ballot.marks[o] : undefined;
      if (mark === 'yes') slot.yes += c.weight;
      else if (mark === 'if-need-be') slot.ifNeedBe += c.weight;
      else if (mark === 'no') slot.no += c.weight;
      else slot.unmarked += c.weight;
    }
  }
  const zero: SlotCount = { yes: 0, ifNeedBe: 0, no: 0, unmarked: 0 };
  const standings = standingsOf(s.options, (a, b) => {
    const x = slots[a] ?? zero;
    const y = slots[b] ?? zero;
    return y.yes - x.yes || y.ifNeedBe - x.ifNeedBe;
  });
  return { slots, standings };
}

function describe(c: MeetingPollCounts): Message[] {
  return c.standings.map(({ option, rank }) => {
    const x = c.slots[option];
    return message('tally.meeting.slot', {
      rank,
      option,
      yes: x?.yes ?? 0,
      ifNeedBe: x?.ifNeedBe ?? 0,
      no: x?.no ?? 0,
      unmarked: x?.unmarked ?? 0,
    });
  });
}

/**
 * Lists every problem with a meeting-poll ballot (unknown slot, unknown mark).
 * @example validateMeetingPollBallot({ options: ['Mon 10:00', 'Tue 14:00'] }, { voterId: 'ana', marks: { 'Wed 9:00': 'yes' } })
 * // [{ field: 'marks.Wed 9:00', message: '"Wed 9:00" is not one of the time slots offered' }]
 */
export function validateMeetingPollBallot(
  settings: MeetingPollSettings,
  ballot: MeetingPollBallot,
): Problem[] {
  const s = meetingPollSettingsSchema.parse(settings);
  return [...checkBallotBase(ballot), ...checker(s)(ballot)];
}

/**
 * Meeting-time poll: each voter marks slots yes / if-need-be / no. The best slot has the most yes,
 * then the most if-need-be; every slot is reported in that order. Slots equal on both are a tie
 * unless a single winner is asked for.
 * @example
 * tallyMeetingPoll({ options: ['Mon', 'Tue'] }, [
 *   { voterId: 'ana', marks: { Mon: 'yes', Tue: 'if-need-be' } },
 *   { voterId: 'bo', marks: { Mon: 'no', Tue: 'yes' } },
 * ]).winners // ['Tue'] (1 yes each; Tue has 1 if-need-be)
 */
export function tallyMeetingPoll(
  settings: MeetingPollSettings,
  ballots: readonly MeetingPollBallot[],
  context?: TallyContext,
): MeetingPollResult {
  const s = meetingPollSettingsSchema.parse(settings);
  const split = splitBallots(ballots, checker(s));
  const counts = count(s, split.binding);
  const shown = count(s, split.shown);
  const lines = participationLines(split);
  let outcome: MeetingPollResult['outcome'] = 'no-quorum';
  let winners: string[] = [];
  let tieBreak: TieBreakNote | undefined;
  if (split.binding.length === 0) {
    lines.push(NO_BINDING);
  } else {
    lines.push(message('tally.meeting.heading'), ...describe(counts));
    const top = resolveTop(
      counts.standings.filter((st) => st.rank === 1).map((st) => st.option),
      s,
    );
    ({ outcome, winners, tieBreak } = top);
    lines.push(...top.lines);
  }
  if (split.shown.length > 0) lines.push(message('tally.meeting.shown'), ...describe(shown));
  const result: MeetingPollResult = {
    method: 'meeting-poll',
    kind: 'choice',
    outcome,
    winners,
    counts,
    shown,
    participation: split.participation,
    setAside: split.setAside,
    explanation: linesInEnglish(lines),
    lines,
  };
  if (tieBreak) result.tieBreak = tieBreak;
  return applyQuorum(result, context);
}
