import {
  FULL_BASIS_POINTS,
  STREAMS,
  parameterDocumentSchema,
  potName,
  type ParameterDocument,
} from './params.js';
import { formatBasisPoints } from './money.js';

/** One thing wrong with a document, at a field path such as `buckets[1].percent`. */
export interface ParameterProblem {
  path: string;
  message: string;
}

/** Thrown when a run is asked for with a parameter document that has problems. */
export class ParameterError extends Error {
  readonly problems: readonly ParameterProblem[];
  constructor(problems: readonly ParameterProblem[]) {
    super(
      `invalid parameter document: ${problems.map((p) => `${p.path || '(document)'}: ${p.message}`).join('; ')}`,
    );
    this.name = 'ParameterError';
    this.problems = problems;
  }
}

/**
 * All problems of a parameter document, each tied to a field: structural ones from the schema
 * (negative amounts, percentages over 100%, unknown streams) and the rules that span fields
 * (duplicate bucket names, buckets taking more than remains, shares not summing to 100%, every
 * stream in exactly one pot, floor above cap, effectiveTo before effectiveFrom).
 * An empty list means the document can be run.
 *
 * @example
 * validateParameters({ ...doc, streamSplit: [{ streams: ['livelihood'], share: 9000 }] })
 * // [{ path: 'streamSplit', message: 'shares sum to 90%; they must sum to exactly 100%' }, ...]
 */
export function validateParameters(doc: unknown): ParameterProblem[] {
  const parsed = parameterDocumentSchema.safeParse(doc);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    }));
  }
  return crossFieldProblems(parsed.data);
}

/**
 * Parses and checks a parameter document, throwing a `ParameterError` listing every problem.
 *
 * @example const params = parseParameters(JSON.parse(text)); // amounts become bigint
 */
export function parseParameters(doc: unknown): ParameterDocument {
  const parsed = parameterDocumentSchema.safeParse(doc);
  if (!parsed.success) {
    throw new ParameterError(
      parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
    );
  }
  const problems = crossFieldProblems(parsed.data);
  if (problems.length > 0) throw new ParameterError(problems);
  return parsed.data;
}

function crossFieldProblems(doc: ParameterDocument): ParameterProblem[] {
  const problems: ParameterProblem[] = [];

  if (doc.effectiveTo !== undefined && doc.effectiveTo < doc.effectiveFrom) {
    problems.push({
      path: 'effectiveTo',
      message: `ends (${doc.effectiveTo}) before it starts (${doc.effectiveFrom})`,
    });
  }

  const bucketNames = new Map<string, number>();
  // The share of the total still unallocated, as an exact fraction: buckets round down, so when
  // this never goes negative the money never runs out either.
  let remainingNum = 1n;
  let remainingDen = 1n;
  const full = BigInt(FULL_BASIS_POINTS);
  doc.buckets.forEach((b, i) => {
    const earlier = bucketNames.get(b.name);
    if (earlier !== undefined)
      problems.push({
        path: `buckets[${i}].name`,
        message: `duplicate bucket name "${b.name}" (also buckets[${earlier}])`,
      });
    else bucketNames.set(b.name, i);
    const p = BigInt(b.percent);
    if (b.of === 'total') {
      if (p * remainingDen > full * remainingNum) {
        problems.push({
          path: `buckets[${i}].percent`,
          message: `takes ${formatBasisPoints(b.percent)} of the total, more than the ${describeFraction(remainingNum, remainingDen)} of the total left by the buckets before it`,
        });
        remainingNum = 0n;
        remainingDen = 1n;
        return;
      }
      remainingNum = remainingNum * full - p * remainingDen;
      remainingDen *= full;
    } else {
      remainingNum *= full - p;
      remainingDen *= full;
    }
    const g = gcd(remainingNum, remainingDen);
    remainingNum /= g;
    remainingDen /= g;
  });

  const shareSum = doc.streamSplit.reduce((sum, p) => sum + p.share, 0);
  if (shareSum !== FULL_BASIS_POINTS) {
    problems.push({
      path: 'streamSplit',
      message: `shares sum to ${formatBasisPoints(shareSum)}; they must sum to exactly 100%`,
    });
  }
  const streamHome = new Map<string, number>();
  const potNames = new Map<string, number>();
  doc.streamSplit.forEach((p, i) => {
    const name = potName(p);
    const earlierPot = potNames.get(name);
    if (earlierPot !== undefined)
      problems.push({
        path: `streamSplit[${i}].name`,
        message: `duplicate pot name "${name}" (also streamSplit[${earlierPot}])`,
      });
    else potNames.set(name, i);
    p.streams.forEach((s, j) => {
      const home = streamHome.get(s);
      if (home !== undefined)
        problems.push({
          path: `streamSplit[${i}].streams[${j}]`,
          message: `stream "${s}" is already in streamSplit[${home}]; a stream belongs to exactly one pot`,
        });
      else streamHome.set(s, i);
    });
  });
  for (const s of STREAMS) {
    if (!streamHome.has(s))
      problems.push({
        path: 'streamSplit',
        message: `stream "${s}" is in no pot; give it one (a share of 0 is allowed)`,
      });
  }

  if (doc.appreciation !== undefined && !potNames.has(doc.appreciation.pot))
    problems.push({
      path: 'appreciation.pot',
      message: `there is no pot "${doc.appreciation.pot}"; name one of ${[...potNames.keys()].join(', ')}`,
    });

  const floors = doc.floors;
  const caps = doc.caps;
  if (floors && caps) {
    if (
      floors.default !== undefined &&
      caps.default !== undefined &&
      floors.default > caps.default
    ) {
      problems.push({
        path: 'floors.default',
        message: `floor ${floors.default} is above the cap ${caps.default}`,
      });
    }
    const members = new Set([
      ...Object.keys(floors.members ?? {}),
      ...Object.keys(caps.members ?? {}),
    ]);
    for (const member of [...members].sort(compareCodeUnits)) {
      const ownFloor = floors.members?.[member];
      const ownCap = caps.members?.[member];
      if (ownFloor === undefined && ownCap === undefined) continue;
      const floor = ownFloor ?? floors.default;
      const cap = ownCap ?? caps.default;
      if (floor !== undefined && cap !== undefined && floor > cap) {
        const path = ownFloor !== undefined ? `floors.members.${member}` : `caps.members.${member}`;
        problems.push({
          path,
          message: `floor ${floor} for member "${member}" is above their cap ${cap}`,
        });
      }
    }
  }
  return problems;
}

/** The part of a document `checkNoOverlap` needs. */
export interface EffectiveWindow {
  version: string;
  effectiveFrom: string;
  effectiveTo?: string | undefined;
}

/**
 * Problems for every pair of parameter documents whose effective periods share a day, so that
 * exactly one document governs any date. Both ends are inclusive; a missing `effectiveTo` is open-ended.
 *
 * @example
 * checkNoOverlap([
 *   { version: '1', effectiveFrom: '2026-01-01', effectiveTo: '2026-06-30' },
 *   { version: '2', effectiveFrom: '2026-06-01' },
 * ]) // [{ path: '[1].effectiveFrom', message: 'starts on 2026-06-01, inside document [0] (version 1, 2026-01-01 to 2026-06-30)' }]
 */
export function checkNoOverlap(docs: readonly EffectiveWindow[]): ParameterProblem[] {
  return overlapsOf(docs).map(({ earlier: ei, later: li }) => {
    const earlier = docs[ei]!;
    const from = docs[li]!.effectiveFrom;
    return {
      path: `[${li}].effectiveFrom`,
      message:
        earlier.effectiveTo === undefined
          ? `starts on ${from}, inside document [${ei}] (version ${earlier.version}, from ${earlier.effectiveFrom} on)`
          : `starts on ${from}, inside document [${ei}] (version ${earlier.version}, ${earlier.effectiveFrom} to ${earlier.effectiveTo})`,
    };
  });
}

/**
 * Each pair of documents whose effective periods share a day, by their indexes: the later-starting
 * one is blamed, as it is the one that moved into an existing window.
 *
 * @example overlapsOf([{ version: '1', effectiveFrom: '2026-01-01' }, { version: '2', effectiveFrom: '2026-06-01' }]) // [{ earlier: 0, later: 1 }]
 */
export function overlapsOf(docs: readonly EffectiveWindow[]): { earlier: number; later: number }[] {
  const pairs: { earlier: number; later: number }[] = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const a = docs[i]!;
      const b = docs[j]!;
      const overlaps =
        a.effectiveFrom <= (b.effectiveTo ?? '9999-12-31') &&
        b.effectiveFrom <= (a.effectiveTo ?? '9999-12-31');
      if (!overlaps) continue;
      pairs.push(
        a.effectiveFrom <= b.effectiveFrom ? { earlier: i, later: j } : { earlier: j, later: i },
      );
    }
  }
  return pairs;
}

/**
 * The document that governs a date, or undefined when none does.
 *
 * @example parametersInEffect(docs, '2026-03-31')?.version
 */
export function parametersInEffect<T extends EffectiveWindow>(
  docs: readonly T[],
  date: string,
): T | undefined {
  return docs.find(
    (d) => d.effectiveFrom <= date && (d.effectiveTo === undefined || date <= d.effectiveTo),
  );
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describeFraction(num: bigint, den: bigint): string {
  const bp = (num * BigInt(FULL_BASIS_POINTS) * 100n) / den; // hundredths of a basis point
  const exact = (num * BigInt(FULL_BASIS_POINTS) * 100n) % den === 0n && bp % 100n === 0n;
  return `${exact ? '' : 'about '}${formatBasisPoints(Number(bp / 100n))}`;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}
