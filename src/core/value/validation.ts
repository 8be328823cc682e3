import type { z } from 'zod';
import { message, type MessageParams } from '../messages/codes.js';
import { isCalendarDate, type CalendarDate } from './calendar.js';
import { httpUrlSchema, idSchema, taskKindSchema, unitSchema } from './events.js';
import {
  formatQuantity,
  HOUR,
  parseQuantity,
  QUANTITY_SCALE,
  type Quantity,
  type Unit,
} from './quantity.js';
import { findRate, type RateTable } from './rates.js';
import { isStream, unknownStreamMessage, type Stream } from './streams.js';
import type { ValidationStatus } from './peer-validation.js';

/** One refusal, naming the field and, where there is one, the limit. */
export interface FieldProblem {
  field: string;
  message: string;
  /** The message as a code (src/core/messages/codes.ts), for faces in other languages. */
  code?: string;
  params?: MessageParams;
}

/** A contribution as a person or a file states it: all text, nothing trusted yet. */
export interface ContributionInput {
  member: string;
  stream: string;
  quantity: string;
  unit: string;
  taskKind: string;
  date: string;
  circle?: string | undefined;
  project?: string | undefined;
  resource?: string | undefined;
  description?: string | undefined;
  evidence?: readonly string[] | undefined;
}

/** A checked contribution, ready to be priced and logged (the app gives it an id). */
export interface ContributionDraft {
  member: string;
  stream: Stream;
  quantity: Quantity;
  taskKind: string;
  date: CalendarDate;
  circle?: string;
  project?: string;
  resource?: string;
  description: string;
  evidence: string[];
}

export interface QuantityLimits {
  /** Thousandths of an hour one member may log per calendar day, over all their contributions. */
  maxHoursPerDay: bigint;
  /** Per named unit, the most one contribution may state, in thousandths. */
  maxUnitQuantity: Readonly<Record<Unit, bigint>>;
  /** For named units not in `maxUnitQuantity`. */
  defaultMaxUnitQuantity: bigint;
}

/** 24 hours a day is a physical bound; 100,000 of any other unit (a whole book of words) is a generous sanity bound. */
export const DEFAULT_QUANTITY_LIMITS: QuantityLimits = {
  maxHoursPerDay: 24n * QUANTITY_SCALE,
  maxUnitQuantity: {},
  defaultMaxUnitQuantity: 100_000n * QUANTITY_SCALE,
};

/** What the checks need to know about the DisCO; sets of ids are the known ones. */
export interface DraftContext {
  /** Today in the DisCO's time zone, from the injected clock. */
  today: CalendarDate;
  /** When given, the member must be one of these. */
  members?: ReadonlySet<string>;
  circles: ReadonlySet<string>;
  projects: ReadonlySet<string>;
  resources: ReadonlySet<string>;
  /** Hours (thousandths) already logged per member and day, keyed by `dayKey`; see `loggedHoursByDay`. */
  loggedHours?: ReadonlyMap<string, bigint>;
  limits?: Partial<QuantityLimits>;
  /** When given, a rate must be in force for the work's stream, task kind, unit and date. */
  rates?: RateTable;
}

export type DraftResult =
  { ok: true; draft: ContributionDraft } | { ok: false; problems: FieldProblem[] };

/** @example dayKey('ana', '2024-03-01') // 'ana 2024-03-01' */
export function dayKey(member: string, date: CalendarDate): string {
  return `${member} ${date}`;
}

/**
 * Hours already logged per member and day by live contributions (not superseded, not void),
 * leaving out `excluding` (the contribution an edit replaces), for the 24-hour check.
 *
 * @example loggedHoursByDay(contributions, { excluding: 'c-17' }).get(dayKey('ana', '2024-03-01')) // 6000n
 */
export function loggedHoursByDay(
  contributions: Iterable<{
    id: string;
    member: string;
    date: CalendarDate;
    quantity: Quantity;
    validation: { status: ValidationStatus };
  }>,
  options: { excluding?: string } = {},
): Map<string, bigint> {
  const hours = new Map<string, bigint>();
  for (const c of contributions) {
    if (c.quantity.unit !== HOUR || c.id === options.excluding) continue;
    if (c.validation.status === 'superseded' || c.validation.status === 'void') continue;
    const key = dayKey(c.member, c.date);
    hours.set(key, (hours.get(key) ?? 0n) + c.quantity.milli);
  }
  return hours;
}

/**
 * The 24-hour problem of adding `milli` thousandths of an hour to a member's day that already holds
 * `before`, or null when the day has room. Also run inside the write transaction, where `before` is
 * read again, so that work logged in parallel cannot pass the limit together.
 *
 * @example dayLimitProblem('ana', '2024-03-01', 20_000n, 5_000n)?.field // 'quantity'
 */
export function dayLimitProblem(
  member: string,
  date: CalendarDate,
  before: bigint,
  milli: bigint,
  limits: Pick<QuantityLimits, 'maxHoursPerDay'> = DEFAULT_QUANTITY_LIMITS,
): FieldProblem | null {
  const after = before + milli;
  if (after <= limits.maxHoursPerDay) return null;
  return {
    field: 'quantity',
    ...message('value.hours-per-day', {
      memberId: member,
      date,
      hours: formatQuantity(after),
      already: formatQuantity(before),
      adding: formatQuantity(milli),
      limit: formatQuantity(limits.maxHoursPerDay),
    }),
    message: `${member} would log ${formatQuantity(after)} hours on ${date} (${formatQuantity(before)} already logged + ${formatQuantity(milli)} here), over the limit of ${formatQuantity(limits.maxHoursPerDay)} hours per member per calendar day`,
  };
}

function firstIssue(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'is invalid');
}

/** `firstIssue` for one schema, remembering the answers for up to a few thousand values. */
function remembered(schema: z.ZodType): (value: string) => string | null {
  const known = new Map<string, string | null>();
  return (value) => {
    let issue = known.get(value);
    if (issue === undefined) {
      issue = firstIssue(schema, value);
      if (known.size < 4096) known.set(value, issue);
    }
    return issue;
  };
}

const show = (value: string) => JSON.stringify(value);

/**
 * Checks one contribution. Every problem is reported, not just the first.
 *
 * @example
 * validateContribution({ member: 'ana', stream: 'love', quantity: '-2', unit: 'hour', taskKind: 'translation', date: '2024-03-01', circle: 'c1' }, context)
 * // { ok: false, problems: [{ field: 'quantity', message: 'must be greater than 0; got -2' }] }
 */
export function validateContribution(input: ContributionInput, context: DraftContext): DraftResult {
  return validateContributions([input], context)[0]!;
}

/**
 * Checks contributions that are logged together (an import, a week's timesheet): the 24-hour
 * limit counts their hours together with those already logged, in the given order, so the entry
 * that crosses the limit is the one refused.
 *
 * @example validateContributions([monday, alsoMonday], context).map((r) => r.ok) // [true, false] when together over 24 h
 */
export function validateContributions(
  inputs: readonly ContributionInput[],
  context: DraftContext,
): DraftResult[] {
  return inputs.map(contributionChecker(context));
}

/**
 * `validateContributions` one entry at a time, for a file read as a stream: the checker keeps the
 * hours counted so far (a map of member-days, not the entries), so each call costs the same
 * however many came before.
 *
 * @example const check = contributionChecker(context); for (const input of rows) results.push(check(input));
 */
export function contributionChecker(
  context: DraftContext,
): (input: ContributionInput) => DraftResult {
  const limits = { ...DEFAULT_QUANTITY_LIMITS, ...context.limits };
  const hours = new Map(context.loggedHours ?? []);
  // A file names the same few members, units and kinds of work row after row: each is checked once.
  const memberIssues = remembered(idSchema);
  const unitIssues = remembered(unitSchema);
  const taskIssues = remembered(taskKindSchema);
  // Built once, not per row: a file's rows are checked by the hundred thousand.
  const scopes: Array<
    ['circle' | 'project' | 'resource', ReadonlySet<string>, (ref: string) => string]
  > = [
    ['circle', context.circles, (ref) => `unknown circle ${show(ref)}`],
    ['project', context.projects, (ref) => `unknown livelihood project ${show(ref)}`],
    ['resource', context.resources, (ref) => `unknown commons resource ${show(ref)}`],
  ];
  return (input) => {
    const problems: FieldProblem[] = [];
    const problem = (field: string, message: string) => problems.push({ field, message });

    const memberIssue = memberIssues(input.member);
    if (memberIssue) problem('member', memberIssue);
    else if (context.members && !context.members.has(input.member))
      problem('member', `unknown member ${show(input.member)}`);

    if (!isStream(input.stream)) problem('stream', unknownStreamMessage(input.stream));

    const unitIssue = unitIssues(input.unit);
    if (unitIssue) problem('unit', unitIssue);

    const taskIssue = taskIssues(input.taskKind);
    if (taskIssue) problem('taskKind', taskIssue);

    const dateValid = isCalendarDate(input.date);
    if (!dateValid) problem('date', `must be a calendar date YYYY-MM-DD; got ${show(input.date)}`);
    else if (input.date > context.today) {
      problem(
        'date',
        `${input.date} is after today, ${context.today} (in the DisCO's time zone): work can only be logged once it is done`,
      );
    }

    const text = input.quantity.trim();
    const milli = parseQuantity(text);
    if (milli === null) {
      problem(
        'quantity',
        /^-\s*\d/.test(text)
          ? `must be greater than 0; got ${text}`
          : `must be a decimal number with at most 3 decimal places, e.g. 1.5; got ${show(input.quantity)}`,
      );
    } else if (milli === 0n) {
      problem('quantity', `must be greater than 0; got ${text}`);
    } else if (!unitIssue && input.unit === HOUR) {
      if (!memberIssue && dateValid) {
        const key = dayKey(input.member, input.date);
        const before = hours.get(key) ?? 0n;
        const over = dayLimitProblem(input.member, input.date, before, milli, limits);
        if (over) {
          problems.push(over);
        } else {
          // Counted even when the entry has other problems: fixing those will not remove its hours.
          hours.set(key, before + milli);
        }
      } else if (milli > limits.maxHoursPerDay) {
        problem(
          'quantity',
          `${formatQuantity(milli)} hours is over the limit of ${formatQuantity(limits.maxHoursPerDay)} hours per member per calendar day`,
        );
      }
    } else if (!unitIssue) {
      const max = limits.maxUnitQuantity[input.unit] ?? limits.defaultMaxUnitQuantity;
      if (milli > max)
        problem(
          'quantity',
          `${formatQuantity(milli)} ${input.unit} is over the limit of ${formatQuantity(max)} ${input.unit} per contribution`,
        );
    }

    let scoped = false;
    for (const [field, known, unknown] of scopes) {
      const ref = input[field];
      if (ref === undefined || ref === '') continue;
      scoped = true;
      if (!known.has(ref)) problem(field, unknown(ref));
    }
    if (!scoped)
      problem(
        'circle',
        'a contribution needs a circle, a livelihood project or a commons resource',
      );

    const description = input.description ?? '';
    if (description.length > 2000)
      problem('description', `must be at most 2000 characters; got ${description.length}`);

    const evidence = input.evidence ?? [];
    if (evidence.length > 20)
      problem('evidence', `at most 20 evidence links; got ${evidence.length}`);
    for (const link of evidence) {
      if (firstIssue(httpUrlSchema, link))
        problem('evidence', `${show(link)} is not an http(s) URL`);
    }

    if (context.rates && problems.length === 0 && isStream(input.stream) && milli !== null) {
      const found = findRate(context.rates, {
        stream: input.stream,
        taskKind: input.taskKind,
        unit: input.unit,
        date: input.date,
      });
      if (!found.ok) problem('taskKind', found.error.message);
    }

    if (problems.length > 0 || milli === null || !isStream(input.stream))
      return { ok: false, problems };
    const draft: ContributionDraft = {
      member: input.member,
      stream: input.stream,
      quantity: { milli, unit: input.unit },
      taskKind: input.taskKind,
      date: input.date,
      description,
      evidence: [...evidence],
    };
    for (const field of ['circle', 'project', 'resource'] as const) {
      const ref = input[field];
      if (ref !== undefined && ref !== '') draft[field] = ref;
    }
    return { ok: true, draft };
  };
}
