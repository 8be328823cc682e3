import canonicalize from 'canonicalize';

/** A JSON value as it may appear in an event: no bigint, no undefined, no functions. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/**
 * How deep arrays and objects may nest in what reaches the ledger: far beyond any event's shape,
 * far short of what would overflow the stack of a recursive parser or canonicaliser.
 */
export const MAX_JSON_DEPTH = 64;

/** Where a value has no canonical form, and why, in words fit for a field problem. */
export interface NonCanonicalText {
  reason: 'unpaired-surrogate' | 'too-deep';
  path: (string | number)[];
  message: string;
}

/** The canonicaliser's refusal of a value it cannot encode; `path` leads to the culprit. */
export class NonCanonicalJsonError extends Error {
  readonly path: (string | number)[];
  constructor(found: NonCanonicalText) {
    super(found.path.length ? `${found.path.join('.')} ${found.message}` : found.message);
    this.name = 'NonCanonicalJsonError';
    this.path = found.path;
  }
}

// With the u flag a surrogate pair is one code point outside this range, so only a lone half matches.
const UNPAIRED_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * The first place (in document order) where a JSON value cannot become canonical bytes: text with
 * an unpaired UTF-16 surrogate (it has no UTF-8 form), in a value or a key, or arrays and objects
 * nested more than `maxDepth` deep. Walks with a stack of its own, so any depth is safe to check.
 *
 * @example findNonCanonicalText({ name: 'x\ud800' }) // { reason: 'unpaired-surrogate', path: ['name'], message: 'contains an unpaired UTF-16 surrogate' }
 */
export function findNonCanonicalText(
  value: unknown,
  maxDepth = MAX_JSON_DEPTH,
): NonCanonicalText | undefined {
  // Every append checks every payload: the walk below allocates a path per value, so it runs
  // only once the allocation-free pass has found something to name.
  if (isCanonicalText(value, maxDepth)) return undefined;
  const pending: Array<{ value: unknown; path: (string | number)[]; depth: number }> = [
    { value, path: [], depth: 0 },
  ];
  while (pending.length > 0) {
    const { value: at, path, depth } = pending.pop()!;
    if (typeof at === 'string') {
      if (UNPAIRED_SURROGATE.test(at))
        return {
          reason: 'unpaired-surrogate',
          path,
          message: 'contains an unpaired UTF-16 surrogate',
        };
      continue;
    }
    if (at === null || typeof at !== 'object') continue;
    if (depth + 1 > maxDepth)
      return { reason: 'too-deep', path: [], message: `nested more than ${maxDepth} levels deep` };
    const entries: Array<[string | number, unknown]> = Array.isArray(at)
      ? at.map((item, i) => [i, item])
      : Object.entries(at);
    if (!Array.isArray(at) && entries.some(([key]) => UNPAIRED_SURROGATE.test(String(key))))
      return {
        reason: 'unpaired-surrogate',
        path,
        message: 'has a key with an unpaired UTF-16 surrogate',
      };
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]!;
      pending.push({ value: item, path: [...path, key], depth: depth + 1 });
    }
  }
  return undefined;
}

/** No unpaired surrogate and at most `depthLeft` levels of nesting; recursion is bounded by it. */
function isCanonicalText(value: unknown, depthLeft: number): boolean {
  if (typeof value === 'string') return !UNPAIRED_SURROGATE.test(value);
  if (value === null || typeof value !== 'object') return true;
  if (depthLeft <= 0) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!isCanonicalText(item, depthLeft - 1)) return false;
    return true;
  }
  for (const key of Object.keys(value)) {
    if (UNPAIRED_SURROGATE.test(key)) return false;
    if (!isCanonicalText((value as Record<string, unknown>)[key], depthLeft - 1)) return false;
  }
  return true;
}

/**
 * The RFC 8785 (JCS) canonical form of a JSON value, as UTF-8 bytes.
 * Two nodes that hold the same value always produce the same bytes, so hashes agree.
 *
 * @example canonicalBytes({ b: 1, a: 'x' }) // bytes of '{"a":"x","b":1}'
 */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalString(value), 'utf8');
}

/**
 * The canonical JSON text of a value. A value with no canonical form raises
 * `NonCanonicalJsonError` naming where, never the library's bare error or a stack overflow.
 *
 * @example canonicalString({ b: 1, a: 'x' }) // '{"a":"x","b":1}'
 */
export function canonicalString(value: unknown): string {
  try {
    return plainCanonical(value, 0);
  } catch (error) {
    if (error !== UNUSUAL) throw error;
  }
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch (error) {
    // Looked for only on failure, so canonicalising stays one pass; a depth limit here alone
    // would change which ledgers verify.
    const found = findNonCanonicalText(value);
    if (found) throw new NonCanonicalJsonError(found);
    throw error;
  }
  if (text === undefined) throw new TypeError('value has no canonical JSON form');
  return text;
}

/** Thrown by `plainCanonical` to hand a value over to the library. */
const UNUSUAL = new Error('not plain JSON');
/** Deeper than any event's shape; a cycle or a pathological nesting goes to the library. */
const PLAIN_DEPTH = 100;

/**
 * The library's output for plain JSON values (what every payload is), without its allocations: it
 * makes a `Set` per call, key and value included, which on the append path cost more than the
 * text itself. Anything else (undefined or a function as a value, `toJSON`, sparse arrays, lone
 * surrogates, NaN, cycles) throws `UNUSUAL`, and the library decides, so both give one output.
 */
function plainCanonical(value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string':
      if (UNPAIRED_SURROGATE.test(value)) throw UNUSUAL;
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw UNUSUAL;
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw UNUSUAL;
  }
  if (value === null) return 'null';
  if (depth >= PLAIN_DEPTH || typeof (value as { toJSON?: unknown }).toJSON === 'function')
    throw UNUSUAL;
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) throw UNUSUAL;
      const item: unknown = value[i];
      if (i > 0) out += ',';
      out +=
        item === undefined || typeof item === 'symbol' ? 'null' : plainCanonical(item, depth + 1);
    }
    return out + ']';
  }
  const object = value as Record<string, unknown>;
  const { sorted, quoted } = keyOrder(Object.keys(object));
  let out = '{';
  for (let i = 0; i < sorted.length; i++) {
    const item = object[sorted[i]!];
    if (item === undefined || typeof item === 'symbol') continue;
    out += (out.length > 1 ? ',' : '') + quoted[i]! + ':' + plainCanonical(item, depth + 1);
  }
  return out + '}';
}

/** An object's keys in RFC 8785 order, each with its JSON text (`"key"`). */
interface KeyOrder {
  keys: readonly string[];
  sorted: readonly string[];
  quoted: readonly string[];
}

/**
 * Key orders met so far, by first key: payloads of a kind share their keys, so each object's keys
 * are sorted and quoted once per shape instead of once per object (the sort's copies and the keys'
 * texts were a third of what canonicalising allocated on the append path). Bounded: a ledger
 * whose objects have ever-new keys (maps by id) only clears it now and then.
 */
const keyOrders = new Map<string, KeyOrder[]>();
const KEY_ORDERS_MAX = 512;
let keyOrdersHeld = 0;

function keyOrder(keys: string[]): KeyOrder {
  const first = keys.length > 0 ? keys[0]! : '';
  let known = keyOrders.get(first);
  if (known !== undefined) for (const order of known) if (sameKeys(order.keys, keys)) return order;
  // Checked once per shape: a key with a lone surrogate has no canonical text.
  for (const key of keys) if (UNPAIRED_SURROGATE.test(key)) throw UNUSUAL;
  const sorted = [...keys].sort();
  const order: KeyOrder = { keys, sorted, quoted: sorted.map((key) => JSON.stringify(key)) };
  if (keyOrdersHeld >= KEY_ORDERS_MAX) {
    keyOrders.clear();
    keyOrdersHeld = 0;
    known = undefined;
  }
  if (known === undefined) keyOrders.set(first, (known = []));
  known.push(order);
  keyOrdersHeld++;
  return order;
}

/** Same keys in the same order (property keys are interned: mostly a pointer comparison each). */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
