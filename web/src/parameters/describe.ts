/**
 * A parameter document in words: the summary ("10% of the income to commons, then 15% of what
 * remains to running costs, then 75% of the rest to livelihood claims…") and the changes between
 * two versions ("running costs: 15% → 12%"). Pure: sentences come back as message keys of the
 * `parameters` namespace with their values already formatted by `fmt`, so the same function
 * speaks every language the Deck has.
 */

/** A message of the `parameters` namespace and its values. */
export interface Phrase {
  key: string;
  values?: Record<string, string | number>;
}

/** How values are written for the reader (their language, the DisCO's currency, members' names). */
export interface Formatters {
  /** Basis points as a percentage, e.g. "12.5%". */
  percent: (bp: number) => string;
  /** Minor units as money, e.g. "€1,200.50". */
  money: (minor: string) => string;
  date: (iso: string) => string;
  member: (memberId: string) => string;
  /** The streams of a pot in words, e.g. "love and care". */
  streams: (streams: readonly string[]) => string;
  /** A word of the `parameters` namespace's `words` (on, off, ofTotal, ofRemainder). */
  word: (key: 'on' | 'off' | 'ofTotal' | 'ofRemainder') => string;
}

interface Amounts {
  default?: unknown;
  members?: Record<string, unknown>;
}
interface Doc {
  version?: string;
  effectiveFrom?: string;
  effectiveTo?: string;
  buckets?: { name: string; of: 'total' | 'remainder'; percent: number }[];
  streamSplit?: { name?: string; streams: string[]; share: number }[];
  caps?: Amounts;
  floors?: Amounts;
  smoothing?: { periods: number; onLeave?: number; heavyCare?: number; heavyCareHours?: unknown };
  retainedBucket?: string;
  overflow?: boolean;
  appreciation?: { pot: string; percent: number };
  mutualCreditIncome?: boolean;
}

const minor = (v: unknown) => String(v as string | number);
const potLabel = (p: { name?: string | undefined; streams: readonly string[] }) =>
  p.name ?? p.streams.join('+');

/**
 * The document as a few sentences, each a phrase: how the income is shared, then limits, then
 * smoothing and dates.
 *
 * @example summarize(sample, fmt)[0] // the sharing sentence, as parts joined by the renderer
 */
export function summarize(document: Record<string, unknown>, fmt: Formatters): Phrase[][] {
  const d = document as Doc;
  const sharing: Phrase[] = [];
  (d.buckets ?? []).forEach((b, i) => {
    const key =
      i === 0
        ? 'summary.bucketFirst'
        : b.of === 'total'
          ? 'summary.bucketTotal'
          : 'summary.bucketRemainder';
    sharing.push({ key, values: { percent: fmt.percent(b.percent), name: b.name } });
  });
  (d.streamSplit ?? []).forEach((p, i) => {
    const key =
      i > 0 ? 'summary.potNext' : sharing.length === 0 ? 'summary.potOnly' : 'summary.potFirst';
    const custom = p.name !== undefined && p.name !== p.streams.join('+');
    sharing.push({
      key: custom ? `${key}Named` : key,
      values: {
        percent: fmt.percent(p.share),
        streams: fmt.streams(p.streams),
        name: p.name ?? '',
      },
    });
  });
  const sentences: Phrase[][] = [sharing];
  if (d.appreciation)
    sentences.push([
      {
        key: 'summary.appreciation',
        values: { percent: fmt.percent(d.appreciation.percent), pot: d.appreciation.pot },
      },
    ]);
  if (d.mutualCreditIncome === true) sentences.push([{ key: 'summary.mutualCreditIncome' }]);
  if (d.retainedBucket !== undefined)
    sentences.push([
      {
        key: d.overflow ? 'summary.retainedOverflow' : 'summary.retained',
        values: { name: d.retainedBucket },
      },
    ]);
  for (const kind of ['floors', 'caps'] as const) {
    const a = d[kind];
    if (!a) continue;
    const parts: Phrase[] = [];
    if (a.default !== undefined)
      parts.push({
        key: `summary.${kind}Default`,
        values: { amount: fmt.money(minor(a.default)) },
      });
    for (const [id, amount] of Object.entries(a.members ?? {}))
      parts.push({
        key: `summary.${kind}Member`,
        values: { name: fmt.member(id), amount: fmt.money(minor(amount)) },
      });
    if (parts.length > 0) sentences.push(parts);
  }
  const s = d.smoothing;
  if (s) {
    const parts: Phrase[] = [{ key: 'summary.smoothing', values: { count: s.periods } }];
    parts.push({ key: 'summary.onLeave', values: { percent: fmt.percent(s.onLeave ?? 0) } });
    if (s.heavyCareHours !== undefined)
      parts.push({
        key: 'summary.heavyCare',
        values: {
          percent: fmt.percent(s.heavyCare ?? 0),
          hours: String(s.heavyCareHours as string),
        },
      });
    else parts.push({ key: 'summary.noHeavyCare' });
    sentences.push(parts);
  }
  if (d.effectiveFrom)
    sentences.push([
      d.effectiveTo
        ? {
            key: 'summary.between',
            values: { from: fmt.date(d.effectiveFrom), to: fmt.date(d.effectiveTo) },
          }
        : { key: 'summary.from', values: { from: fmt.date(d.effectiveFrom) } },
    ]);
  return sentences;
}

/** One changed field: what it is, and its value before and after ('' when absent). */
export interface Change {
  what: Phrase;
  before: string;
  after: string;
}

/**
 * Every field that differs between the version in force and a candidate, in words. Buckets and
 * pots are matched by name, so renaming one reads as one removed and one added.
 *
 * @example diffDocuments(inForce, candidate, fmt) // [{ what: { key: 'diff.bucketPercent', values: { name: 'running costs' } }, before: '15%', after: '12%' }]
 */
export function diffDocuments(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fmt: Formatters,
): Change[] {
  const a = before as Doc;
  const b = after as Doc;
  const changes: Change[] = [];
  const push = (key: string, x: string, y: string, values?: Phrase['values']) => {
    if (x !== y)
      changes.push({ what: { key, ...(values ? { values } : {}) }, before: x, after: y });
  };
  const date = (v: string | undefined) => (v ? fmt.date(v) : '');
  push('diff.effectiveFrom', date(a.effectiveFrom), date(b.effectiveFrom));
  push('diff.effectiveTo', date(a.effectiveTo), date(b.effectiveTo));

  const bucketsA = new Map((a.buckets ?? []).map((x) => [x.name, x]));
  const bucketsB = new Map((b.buckets ?? []).map((x) => [x.name, x]));
  const describeBucket = (x: { of: string; percent: number } | undefined) =>
    x ? `${fmt.percent(x.percent)} ${fmt.word(x.of === 'total' ? 'ofTotal' : 'ofRemainder')}` : '';
  for (const name of new Set([...bucketsA.keys(), ...bucketsB.keys()])) {
    const x = bucketsA.get(name);
    const y = bucketsB.get(name);
    if (x && y) {
      push('diff.bucketPercent', fmt.percent(x.percent), fmt.percent(y.percent), { name });
      push(
        'diff.bucketOf',
        fmt.word(x.of === 'total' ? 'ofTotal' : 'ofRemainder'),
        fmt.word(y.of === 'total' ? 'ofTotal' : 'ofRemainder'),
        { name },
      );
    } else
      push(x ? 'diff.bucketRemoved' : 'diff.bucketAdded', describeBucket(x), describeBucket(y), {
        name,
      });
  }
  const orderA = (a.buckets ?? []).map((x) => x.name).filter((n) => bucketsB.has(n));
  const orderB = (b.buckets ?? []).map((x) => x.name).filter((n) => bucketsA.has(n));
  push('diff.bucketOrder', orderA.join(' → '), orderB.join(' → '));

  const potsA = new Map((a.streamSplit ?? []).map((x) => [potLabel(x), x]));
  const potsB = new Map((b.streamSplit ?? []).map((x) => [potLabel(x), x]));
  for (const name of new Set([...potsA.keys(), ...potsB.keys()])) {
    const x = potsA.get(name);
    const y = potsB.get(name);
    if (x && y) {
      push('diff.potShare', fmt.percent(x.share), fmt.percent(y.share), { name });
      push('diff.potStreams', fmt.streams(x.streams), fmt.streams(y.streams), { name });
    } else
      push(
        x ? 'diff.potRemoved' : 'diff.potAdded',
        x ? `${fmt.percent(x.share)} · ${fmt.streams(x.streams)}` : '',
        y ? `${fmt.percent(y.share)} · ${fmt.streams(y.streams)}` : '',
        { name },
      );
  }

  const money = (v: unknown) => (v === undefined ? '' : fmt.money(minor(v)));
  for (const kind of ['floors', 'caps'] as const) {
    push(`diff.${kind}Default`, money(a[kind]?.default), money(b[kind]?.default));
    const ma = a[kind]?.members ?? {};
    const mb = b[kind]?.members ?? {};
    for (const id of new Set([...Object.keys(ma), ...Object.keys(mb)]))
      push(`diff.${kind}Member`, money(ma[id]), money(mb[id]), { name: fmt.member(id) });
  }

  const sa = a.smoothing;
  const sb = b.smoothing;
  const pct = (s: Doc['smoothing'], k: 'onLeave' | 'heavyCare') =>
    s ? fmt.percent(s[k] ?? 0) : '';
  push('diff.smoothingPeriods', sa ? String(sa.periods) : '', sb ? String(sb.periods) : '');
  push('diff.onLeave', pct(sa, 'onLeave'), pct(sb, 'onLeave'));
  push('diff.heavyCare', pct(sa, 'heavyCare'), pct(sb, 'heavyCare'));
  const hours = (s: Doc['smoothing']) =>
    s?.heavyCareHours === undefined ? '' : String(s.heavyCareHours as string);
  push('diff.heavyCareHours', hours(sa), hours(sb));
  push('diff.retained', a.retainedBucket ?? '', b.retainedBucket ?? '');
  push('diff.overflow', fmt.word(a.overflow ? 'on' : 'off'), fmt.word(b.overflow ? 'on' : 'off'));
  push('diff.appreciationPot', a.appreciation?.pot ?? '', b.appreciation?.pot ?? '');
  push(
    'diff.appreciationPercent',
    a.appreciation ? fmt.percent(a.appreciation.percent) : '',
    b.appreciation ? fmt.percent(b.appreciation.percent) : '',
  );
  push(
    'diff.mutualCreditIncome',
    fmt.word(a.mutualCreditIncome ? 'on' : 'off'),
    fmt.word(b.mutualCreditIncome ? 'on' : 'off'),
  );
  return changes;
}
