/**
 * The CAT parameter document (`value-equation@1`) as a form holds it, and back: percentages as
 * percent ("15.5", not 1550 basis points), money in the currency's major units ("1200.50", not
 * 120050 cents), hours as written, dates as `YYYY-MM-DD`, optional parts as empty fields.
 *
 * `documentToForm` then `formToDocument` gives back the very document (deep-equal), so opening a
 * version and sending it untouched proposes exactly what is in force: every value remembers how
 * the document wrote it (a number or a string of digits) and is written the same way while the
 * member leaves it unchanged. Pure: no React, no i18n; problems carry message keys.
 */

export const STREAMS = ['livelihood', 'love', 'care'] as const;
export type Stream = (typeof STREAMS)[number];
export type BucketOf = 'total' | 'remainder';

/** A JSON value of the document, as the node sends it. */
type Json = unknown;
type JsonObject = Record<string, Json>;

/** A money or hours field: what the member sees and types, and how the document wrote it. */
export interface ValueField {
  text: string;
  /** The document's own value (number or digit string), kept so an untouched field is written back as it was. */
  raw?: number | string;
}

export interface BucketRow {
  /** Stable across reordering, for React keys and focus; never sent. */
  key: string;
  name: string;
  of: BucketOf;
  percent: string;
}

export interface PotRow {
  key: string;
  /** Empty: the pot is named after its streams ("love+care"). */
  name: string;
  streams: Stream[];
  share: string;
}

export interface MemberAmountRow {
  key: string;
  memberId: string;
  amount: ValueField;
}

export interface AmountsState {
  /** Whether the document has this object at all (an empty `{}` is kept as written). */
  present: boolean;
  default: ValueField;
  /** Whether the document has a `members` object, even an empty one. */
  membersPresent: boolean;
  members: MemberAmountRow[];
}

export interface SmoothingState {
  on: boolean;
  periods: string;
  /** Empty: absent from the document (0%). */
  onLeave: string;
  heavyCare: string;
  /** Empty: the heavy care rule is off. */
  heavyCareHours: ValueField;
}

export interface ParameterForm {
  version: string;
  effectiveFrom: string;
  /** Empty: open-ended. */
  effectiveTo: string;
  buckets: BucketRow[];
  pots: PotRow[];
  caps: AmountsState;
  floors: AmountsState;
  smoothing: SmoothingState;
  retainedBucket: string;
  /** `null`: absent from the document (off). */
  overflow: boolean | null;
  /** The appreciation share; off: absent from the document. */
  appreciation: { on: boolean; pot: string; percent: string };
  /** `null`: absent from the document (mutual credit is not income). */
  mutualCreditIncome: boolean | null;
  /** Every other top-level field (`algorithm`, fields this editor does not know), sent back unchanged. */
  rest: JsonObject;
}

/** One thing the browser can already tell is wrong, at the document path the node would name. */
export interface FormProblem {
  path: string;
  key: string;
  values?: Record<string, string | number>;
}

let nextKey = 0;
/** A fresh row key: unique within this page, which is all React and focus need. */
export function rowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

// ---------------------------------------------------------------- percent and money, exactly

/**
 * Basis points as a percentage a person reads.
 *
 * @example basisPointsToPercent(1550) // '15.5'
 */
export function basisPointsToPercent(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const fraction = String(Math.abs(bp % 100))
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${bp < 0 && whole === 0 ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/**
 * A percentage as typed (a comma works as the decimal mark) to basis points, or null when it is
 * not a percentage with at most two decimals.
 *
 * @example percentToBasisPoints('15,5') // 1550
 */
export function percentToBasisPoints(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim().replace(/\s*%$/, ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/**
 * Minor units to the major units a person types, exactly.
 *
 * @example minorToMajor(120050n, 2) // '1200.50'
 */
export function minorToMajor(minor: bigint, digits: number): string {
  const negative = minor < 0n;
  const magnitude = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const whole = magnitude.slice(0, magnitude.length - digits);
  const fraction = magnitude.slice(magnitude.length - digits);
  return `${negative ? '-' : ''}${whole}${digits > 0 ? `.${fraction}` : ''}`;
}

/**
 * An amount typed in major units ("1200", "1200.5", "1.200,50" is not accepted: no thousands
 * marks) to minor units, or null when it is not a non-negative amount with at most `digits` decimals.
 *
 * @example majorToMinor('1200,5', 2) // 120050n
 */
export function majorToMinor(text: string, digits: number): bigint | null {
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  return BigInt(match[1]!) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
}

/** The decimals of a currency (2 for EUR, 0 for JPY); 2 when it is not known yet. */
export function currencyDigits(currency: string | undefined): number {
  if (!currency) return 2;
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

function rawMinor(raw: unknown): bigint | null {
  if (typeof raw === 'number' && Number.isSafeInteger(raw)) return BigInt(raw);
  if (typeof raw === 'string' && /^-?\d+$/.test(raw)) return BigInt(raw);
  return null;
}

function moneyField(raw: unknown, digits: number): ValueField {
  if (raw === undefined) return { text: '' };
  const minor = rawMinor(raw);
  return minor === null
    ? { text: String(raw as string), raw: raw as string }
    : { text: minorToMajor(minor, digits), raw: raw as number | string };
}

/** Hours are kept as the document wrote them: they are already in a person's units. */
function hoursField(raw: unknown): ValueField {
  if (raw === undefined) return { text: '' };
  return { text: String(raw as string | number), raw: raw as string | number };
}

// ---------------------------------------------------------------- document → form

const KNOWN = [
  'version',
  'effectiveFrom',
  'effectiveTo',
  'buckets',
  'streamSplit',
  'caps',
  'floors',
  'smoothing',
  'retainedBucket',
  'overflow',
  'appreciation',
  'mutualCreditIncome',
] as const;

function amounts(value: unknown, digits: number): AmountsState {
  const object = (value ?? {}) as { default?: unknown; members?: Record<string, unknown> };
  return {
    present: value !== undefined,
    default: moneyField(object.default, digits),
    membersPresent: object.members !== undefined,
    members: Object.entries(object.members ?? {}).map(([memberId, amount]) => ({
      key: rowKey(),
      memberId,
      amount: moneyField(amount, digits),
    })),
  };
}

/**
 * A parameter document as the form shows it. `digits` are the currency's decimals (see `currencyDigits`).
 *
 * @example documentToForm(current.document, 2).buckets[0] // { key, name: 'commons', of: 'total', percent: '10' }
 */
export function documentToForm(document: JsonObject, digits: number): ParameterForm {
  const d = document as {
    version?: unknown;
    effectiveFrom?: unknown;
    effectiveTo?: unknown;
    buckets?: { name: string; of: BucketOf; percent: number }[];
    streamSplit?: { name?: string; streams: Stream[]; share: number }[];
    caps?: unknown;
    floors?: unknown;
    smoothing?: {
      periods: number;
      onLeave?: number;
      heavyCare?: number;
      heavyCareHours?: unknown;
    };
    retainedBucket?: unknown;
    overflow?: unknown;
    appreciation?: { pot: string; percent: number };
    mutualCreditIncome?: unknown;
  };
  const rest: JsonObject = {};
  for (const [k, v] of Object.entries(document))
    if (!(KNOWN as readonly string[]).includes(k)) rest[k] = v;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    version: text(d.version),
    effectiveFrom: text(d.effectiveFrom),
    effectiveTo: text(d.effectiveTo),
    buckets: (d.buckets ?? []).map((b) => ({
      key: rowKey(),
      name: b.name,
      of: b.of,
      percent: basisPointsToPercent(b.percent),
    })),
    pots: (d.streamSplit ?? []).map((p) => ({
      key: rowKey(),
      name: p.name ?? '',
      streams: [...p.streams],
      share: basisPointsToPercent(p.share),
    })),
    caps: amounts(d.caps, digits),
    floors: amounts(d.floors, digits),
    smoothing: d.smoothing
      ? {
          on: true,
          periods: String(d.smoothing.periods),
          onLeave:
            d.smoothing.onLeave === undefined ? '' : basisPointsToPercent(d.smoothing.onLeave),
          heavyCare:
            d.smoothing.heavyCare === undefined ? '' : basisPointsToPercent(d.smoothing.heavyCare),
          heavyCareHours: hoursField(d.smoothing.heavyCareHours),
        }
      : { on: false, periods: '3', onLeave: '', heavyCare: '', heavyCareHours: { text: '' } },
    retainedBucket: text(d.retainedBucket),
    overflow: typeof d.overflow === 'boolean' ? d.overflow : null,
    appreciation: d.appreciation
      ? {
          on: true,
          pot: d.appreciation.pot,
          percent: basisPointsToPercent(d.appreciation.percent),
        }
      : { on: false, pot: '', percent: '' },
    mutualCreditIncome: typeof d.mutualCreditIncome === 'boolean' ? d.mutualCreditIncome : null,
    rest,
  };
}

// ---------------------------------------------------------------- form → document

/** An empty form row of each kind, for "Add". */
export const emptyBucket = (): BucketRow => ({
  key: rowKey(),
  name: '',
  of: 'remainder',
  percent: '',
});
export const emptyPot = (): PotRow => ({ key: rowKey(), name: '', streams: [], share: '' });
export const emptyMemberAmount = (): MemberAmountRow => ({
  key: rowKey(),
  memberId: '',
  amount: { text: '' },
});

/**
 * The document the form describes, and what is already wrong with it (at the document paths the
 * node would name). The document is built even with problems, for the advanced JSON view.
 *
 * @example formToDocument(documentToForm(doc, 2), 2).document // deep-equal to doc
 */
export function formToDocument(
  form: ParameterForm,
  digits: number,
): { document: JsonObject; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const percent = (text: string, path: string): number => {
    const bp = percentToBasisPoints(text);
    if (bp === null || bp > 10_000) {
      problems.push({ path, key: text.trim() === '' ? 'required' : 'percent' });
      return 0;
    }
    return bp;
  };
  const money = (field: ValueField, path: string): number | string | undefined => {
    if (field.text.trim() === '') return undefined;
    const minor = majorToMinor(field.text, digits);
    if (minor === null) {
      problems.push({ path, key: 'money', values: { digits } });
      return field.text;
    }
    if (field.raw !== undefined && rawMinor(field.raw) === minor) return field.raw;
    // A number while it is exact as one, as the document wrote it; else digits, exact at any size.
    return typeof field.raw === 'number' && minor <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(minor)
      : minor.toString();
  };
  const amountsOut = (state: AmountsState, name: 'caps' | 'floors') => {
    const out: JsonObject = {};
    const dflt = money(state.default, `${name}.default`);
    if (dflt !== undefined) out.default = dflt;
    if (state.membersPresent || state.members.length > 0) {
      const members: JsonObject = {};
      state.members.forEach((row, i) => {
        const path = `${name}.members.${row.memberId}`;
        if (row.memberId === '') {
          problems.push({ path: `${name}.members[${i}]`, key: 'chooseMember' });
          return;
        }
        if (row.memberId in members) problems.push({ path, key: 'duplicateMember' });
        const amount = money(row.amount, path);
        if (amount === undefined) problems.push({ path, key: 'required' });
        else members[row.memberId] = amount;
      });
      out.members = members;
    }
    return state.present || Object.keys(out).length > 0 ? out : undefined;
  };

  const document: JsonObject = { ...form.rest };
  document.version = form.version;
  if (form.version === '') problems.push({ path: 'version', key: 'required' });
  document.effectiveFrom = form.effectiveFrom;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.effectiveFrom))
    problems.push({ path: 'effectiveFrom', key: 'date' });
  if (form.effectiveTo !== '') {
    document.effectiveTo = form.effectiveTo;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.effectiveTo))
      problems.push({ path: 'effectiveTo', key: 'date' });
    else if (form.effectiveTo < form.effectiveFrom)
      problems.push({ path: 'effectiveTo', key: 'endsBeforeStart' });
  }

  const seen = new Set<string>();
  document.buckets = form.buckets.map((b, i) => {
    if (b.name === '') problems.push({ path: `buckets[${i}].name`, key: 'required' });
    else if (seen.has(b.name))
      problems.push({
        path: `buckets[${i}].name`,
        key: 'duplicateBucket',
        values: { name: b.name },
      });
    seen.add(b.name);
    return { name: b.name, of: b.of, percent: percent(b.percent, `buckets[${i}].percent`) };
  });

  let shares = 0;
  let sharesReadable = true;
  const home = new Set<Stream>();
  document.streamSplit = form.pots.map((p, i) => {
    if (p.streams.length === 0)
      problems.push({ path: `streamSplit[${i}].streams`, key: 'noStreams' });
    p.streams.forEach((s) => {
      if (home.has(s))
        problems.push({
          path: `streamSplit[${i}].streams`,
          key: 'streamTwice',
          values: { stream: s },
        });
      home.add(s);
    });
    const before = problems.length;
    const share = percent(p.share, `streamSplit[${i}].share`);
    if (problems.length > before) sharesReadable = false;
    shares += share;
    return { ...(p.name === '' ? {} : { name: p.name }), streams: [...p.streams], share };
  });
  if (form.pots.length === 0) problems.push({ path: 'streamSplit', key: 'noPots' });
  else if (sharesReadable && shares !== 10_000)
    problems.push({
      path: 'streamSplit',
      key: 'sharesSum',
      values: { sum: basisPointsToPercent(shares) },
    });
  for (const s of STREAMS)
    if (!home.has(s))
      problems.push({ path: 'streamSplit', key: 'streamMissing', values: { stream: s } });

  const caps = amountsOut(form.caps, 'caps');
  if (caps !== undefined) document.caps = caps;
  const floors = amountsOut(form.floors, 'floors');
  if (floors !== undefined) document.floors = floors;

  if (form.smoothing.on) {
    const s = form.smoothing;
    const periods = /^\d{1,3}$/.test(s.periods.trim()) ? Number(s.periods) : NaN;
    if (!(periods >= 1 && periods <= 120))
      problems.push({ path: 'smoothing.periods', key: 'periods' });
    const smoothing: JsonObject = { periods: Number.isNaN(periods) ? s.periods : periods };
    if (s.onLeave !== '') smoothing.onLeave = percent(s.onLeave, 'smoothing.onLeave');
    if (s.heavyCare !== '') smoothing.heavyCare = percent(s.heavyCare, 'smoothing.heavyCare');
    const hours = s.heavyCareHours;
    if (hours.text.trim() !== '') {
      const typed = hours.text.trim().replace(',', '.');
      if (!/^\d+(\.\d{1,3})?$/.test(typed) || Number(typed) === 0)
        problems.push({ path: 'smoothing.heavyCareHours', key: 'hours' });
      smoothing.heavyCareHours =
        hours.raw !== undefined && String(hours.raw) === hours.text
          ? hours.raw
          : typeof hours.raw === 'string'
            ? typed
            : Number(typed);
    }
    document.smoothing = smoothing;
  }

  document.retainedBucket = form.retainedBucket;
  if (form.retainedBucket === '') problems.push({ path: 'retainedBucket', key: 'required' });
  if (form.overflow !== null) document.overflow = form.overflow;
  if (form.appreciation.on) {
    const { pot, percent: share } = form.appreciation;
    const pots = form.pots.map((p) => (p.name === '' ? p.streams.join('+') : p.name));
    if (!pots.includes(pot)) problems.push({ path: 'appreciation.pot', key: 'noSuchPot' });
    document.appreciation = { pot, percent: percent(share, 'appreciation.percent') };
  }
  if (form.mutualCreditIncome !== null) document.mutualCreditIncome = form.mutualCreditIncome;
  return { document, problems };
}

/**
 * Where a problem the node names (`buckets[1].percent`, `streamSplit[0].streams[1]`,
 * `floors.members.<id>`) is shown: the longest of the form's `fields` that is the path or
 * contains it; '' when none does (shown above the buttons).
 *
 * @example fieldFor('streamSplit[0].streams[1]', ['streamSplit', 'streamSplit[0].streams']) // 'streamSplit[0].streams'
 */
export function fieldFor(path: string, fields: readonly string[]): string {
  let best = '';
  for (const field of fields) {
    const inside = path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);
    if (inside && field.length > best.length) best = field;
  }
  return best;
}

/** Every path the form shows problems beside, for `fieldFor`. */
export function formFields(form: ParameterForm): string[] {
  const fields = ['version', 'effectiveFrom', 'effectiveTo', 'buckets', 'streamSplit'];
  form.buckets.forEach((_, i) =>
    fields.push(`buckets[${i}].name`, `buckets[${i}].of`, `buckets[${i}].percent`),
  );
  form.pots.forEach((_, i) =>
    fields.push(`streamSplit[${i}].name`, `streamSplit[${i}].streams`, `streamSplit[${i}].share`),
  );
  for (const name of ['caps', 'floors'] as const) {
    fields.push(name, `${name}.default`);
    form[name].members.forEach((row, i) =>
      fields.push(row.memberId ? `${name}.members.${row.memberId}` : `${name}.members[${i}]`),
    );
  }
  fields.push(
    'smoothing',
    'smoothing.periods',
    'smoothing.onLeave',
    'smoothing.heavyCare',
    'smoothing.heavyCareHours',
    'retainedBucket',
    'overflow',
    'appreciation',
    'appreciation.pot',
    'appreciation.percent',
    'mutualCreditIncome',
  );
  return fields;
}

/** Moves item `from` to `to` in a copy of `list` (for the up and down buttons). */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}
