import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path of the Deck, with its query', () => {
    expect(safeNext('/proposals/0190?tab=ballot')).toBe('/proposals/0190?tab=ballot');
  });

  it('refuses anything that would leave the Deck', () => {
    for (const next of [
      'https://evil.example',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
      null,
    ])
      expect(safeNext(next)).toBe('/');
  });
});
