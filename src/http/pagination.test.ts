import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageOf } from './pagination.js';

describe('cursors', () => {
  it('decode what they encode', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        (after) => decodeCursor(encodeCursor(after)) === after,
      ),
    );
  });

  it('refuse anything this API did not write', () => {
    for (const text of [
      '',
      'garbage',
      'e30',
      encodeCursor(5) + '=',
      encodeCursor(5) + '!',
      Buffer.from('{"after":-1}').toString('base64url'),
      Buffer.from('{"after":1.5}').toString('base64url'),
      Buffer.from('[1]').toString('base64url'),
    ]) {
      expect(decodeCursor(text), text).toBeNull();
    }
  });
});

describe('pageOf', () => {
  it('gives a cursor only when a row beyond the page exists', () => {
    expect(pageOf([1, 2, 3], 2, (n) => n)).toEqual({ items: [1, 2], nextCursor: encodeCursor(2) });
    expect(pageOf([1, 2], 2, (n) => n)).toEqual({ items: [1, 2], nextCursor: null });
    expect(pageOf([], 2, (n) => n)).toEqual({ items: [], nextCursor: null });
  });
});
