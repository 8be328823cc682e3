import { describe, expect, it } from 'vitest';
import { messages } from './messages';

describe('signing messages', () => {
  it('have the same keys in English and Spanish, none left empty', () => {
    expect(Object.keys(messages.es).sort()).toEqual(Object.keys(messages.en).sort());
    for (const text of [...Object.values(messages.en), ...Object.values(messages.es)])
      expect(text.trim()).not.toBe('');
  });
});
