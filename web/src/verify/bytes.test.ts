import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, fromHex, toHex } from './bytes.js';

describe('byte encodings of the ledger', () => {
  it('writes hex as Node does and reads back the same bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        expect(toHex(bytes)).toBe(Buffer.from(bytes).toString('hex'));
        expect(fromHex(toHex(bytes))).toEqual(bytes);
      }),
    );
  });

  it('reads only lower-case hex of even length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const valid = /^([0-9a-f]{2})*$/.test(text);
        expect(fromHex(text) !== null).toBe(valid);
      }),
    );
    for (const bad of ['AB', 'a', '0g', 'ab ', '\u0661\u0662']) expect(fromHex(bad)).toBeNull();
  });

  it('reads base64url keys and signatures as Node writes them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        expect(fromBase64url(Buffer.from(bytes).toString('base64url'))).toEqual(bytes);
      }),
    );
    expect(fromBase64url('a+b/')).toBeNull();
  });
});
