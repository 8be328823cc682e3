import { describe, expect, it } from 'vitest';
import { isTokenShaped, newSecretToken } from './secret-token.js';

describe('newSecretToken', () => {
  it('is 32 random bytes in base64url that never starts with a dash, so a command line never reads it as an option', () => {
    const tokens = Array.from({ length: 5000 }, () => newSecretToken());
    for (const token of tokens) {
      expect(isTokenShaped(token)).toBe(true);
      expect(token.startsWith('-')).toBe(false);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});
