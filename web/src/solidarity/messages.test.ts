import { describe, expect, it } from 'vitest';
import { messages } from './messages';

function leaves(tree: object, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value as object, `${prefix}${key}.`),
  );
}

describe('solidarity messages', () => {
  it('have the same keys in English and Spanish, none left empty', () => {
    const en = leaves(messages.en);
    const es = leaves(messages.es);
    expect(es.map(([k]) => k).sort()).toEqual(en.map(([k]) => k).sort());
    for (const [key, text] of [...en, ...es]) expect(text.trim(), key).not.toBe('');
  });
});
