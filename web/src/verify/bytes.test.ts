import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, fromHex, toHex } from './bytes.js';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

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

  it('reads only the canonical spelling: the unused bits of the last character are zero', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 70 }), fc.nat(63), (bytes, other) => {
        const text = Buffer.from(bytes).toString('base64url');
        const last = BASE64URL.indexOf(text.at(-1)!);
        const alias = text.slice(0, -1) + BASE64URL[other]!;
        const sameBytes = Buffer.from(alias, 'base64url').equals(Buffer.from(bytes));
        if (other !== last && sameBytes) expect(fromBase64url(alias)).toBeNull();
      }),
    );
    expect(fromBase64url('AQ')).toEqual(new Uint8Array([1]));
    expect(fromBase64url('AR')).toBeNull();
  });
});
