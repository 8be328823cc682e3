import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalString,
  findNonCanonicalText,
  MAX_JSON_DEPTH,
  NonCanonicalJsonError,
} from './canonical.js';

/** A value nested `depth` arrays deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('what has no canonical form', () => {
  it('names an unpaired surrogate by its path, in a value or a key', () => {
    expect(findNonCanonicalText({ a: ['ok', 'x\ud800'] })).toEqual({
      reason: 'unpaired-surrogate',
      path: ['a', 1],
      message: 'contains an unpaired UTF-16 surrogate',
    });
    expect(findNonCanonicalText({ a: { ['k\udc00']: 1 } })).toEqual({
      reason: 'unpaired-surrogate',
      path: ['a'],
      message: 'has a key with an unpaired UTF-16 surrogate',
    });
    expect(findNonCanonicalText('\udfff')).toEqual({
      reason: 'unpaired-surrogate',
      path: [],
      message: 'contains an unpaired UTF-16 surrogate',
    });
  });

  it('takes a surrogate pair for the one character it is', () => {
    expect(findNonCanonicalText({ name: 'Ana 😀', ['🙂']: ['\ud83d\ude00'] })).toBeUndefined();
  });

  it(`refuses nesting beyond ${MAX_JSON_DEPTH} levels, without recursion of its own`, () => {
    expect(findNonCanonicalText(nested(MAX_JSON_DEPTH))).toBeUndefined();
    expect(findNonCanonicalText(nested(MAX_JSON_DEPTH + 1))).toEqual({
      reason: 'too-deep',
      path: [],
      message: `nested more than ${MAX_JSON_DEPTH} levels deep`,
    });
    expect(findNonCanonicalText({ a: nested(200_000) })?.message).toMatch(/nested more than/);
  });

  it('throws a typed error naming the path instead of the library error or a stack overflow', () => {
    expect(() => canonicalString({ payload: { name: 'x\ud800' } })).toThrow(NonCanonicalJsonError);
    try {
      canonicalString({ payload: { name: 'x\ud800' } });
    } catch (error) {
      expect(error).toMatchObject({
        path: ['payload', 'name'],
        message: 'payload.name contains an unpaired UTF-16 surrogate',
      });
    }
    expect(() => canonicalString(nested(200_000))).toThrow(NonCanonicalJsonError);
  });

  it('still canonicalises what it always did, deep values included', () => {
    expect(canonicalString(nested(100))).toBe('['.repeat(100) + '1' + ']'.repeat(100));
    expect(canonicalString({ b: '😀', a: 'é' })).toBe('{"a":"é","b":"😀"}');
  });

  it('orders the keys of every object alike, however often a shape or its first key recurs', () => {
    // Key orders are remembered by first key: shapes that share it, or hold the same keys in
    // another insertion order, must each get their own order, objects after objects.
    const key = fc.constantFrom('a', 'b', 'c', 'é', '10', '2', 'Z', 'a b', '"q"', '😀');
    const shapes = fc.array(fc.dictionary(key, fc.integer(), { maxKeys: 6 }), { maxLength: 12 });
    fc.assert(
      fc.property(shapes, fc.integer({ min: 0, max: 5 }), (objects, pick) => {
        for (const object of objects) {
          expect(canonicalString(object)).toBe(canonicalize(object));
          const reversed = Object.fromEntries(Object.entries(object).reverse());
          expect(canonicalString(reversed)).toBe(canonicalize(object));
          const fewer = Object.fromEntries(Object.entries(object).slice(0, pick));
          expect(canonicalString(fewer)).toBe(canonicalize(fewer));
        }
      }),
      { numRuns: 300 },
    );
    expect(canonicalString({ a: undefined, ['k\udc00']: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('gives exactly the text of the library for any JSON value, and for what is not plain JSON', () => {
    const text = fc.string({ unit: 'binary' }).filter((t) => !/[\uD800-\uDFFF]/u.test(t));
    const json = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(text, tie('value'), { maxKeys: 4 }),
      ),
    }));
    fc.assert(
      fc.property(json.value, (value) => {
        expect(canonicalString(value)).toBe(canonicalize(value));
      }),
      { numRuns: 300 },
    );
    // Handed to the library: undefined members and items, toJSON, sparse arrays, deep nesting.
    const sparse: unknown[] = [1];
    sparse[2] = 3;
    for (const value of [
      { a: undefined, b: [undefined, 1], c: new Date(0) },
      { t: { toJSON: () => ({ z: 1, y: 2 }) } },
      sparse,
      nested(150),
    ])
      expect(canonicalString(value)).toBe(canonicalize(value));
  });
});
