import { describe, expect, it } from 'vitest';
import { keyPaths } from '../verify/test-i18n';
import { messages } from './messages';
import { secretOfFragment } from './secret-from-link';

describe('secretOfFragment', () => {
  it('reads a token from the fragment and refuses what cannot be one', () => {
    const token = 'Q'.repeat(43);
    expect(secretOfFragment(`#${token}`)).toBe(token);
    expect(secretOfFragment(`#${token}%20`)).toBe(token);
    expect(secretOfFragment('')).toBeNull();
    expect(secretOfFragment('#short')).toBeNull();
    expect(secretOfFragment('#%E0%A4%A')).toBeNull();
    expect(secretOfFragment(`#${token}/../x`)).toBeNull();
  });
});

describe('account messages', () => {
  it('have the same keys in English and Spanish', () => {
    expect(keyPaths(messages.es).sort()).toEqual(keyPaths(messages.en).sort());
  });
});
