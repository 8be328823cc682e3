import { describe, expect, it } from 'vitest';
import { messages } from './messages';

/** Every leaf as `path = text`, so a key missing in one language shows by name. */
function leaves(tree: object, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value as object, `${prefix}${key}.`),
  );
}

describe('evaluations messages', () => {
  it('have the same keys in English and Spanish, none left empty', () => {
    const en = leaves(messages.en);
    const es = leaves(messages.es);
    expect(es.map(([k]) => k).sort()).toEqual(en.map(([k]) => k).sort());
    for (const [key, text] of [...en, ...es]) expect(text.trim(), key).not.toBe('');
  });
});
