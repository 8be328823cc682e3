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

describe('activity messages', () => {
  it('have the same keys in English and Spanish, none left empty', () => {
    const en = leaves(messages.en);
    const es = leaves(messages.es);
    expect(es.map(([k]) => k).sort()).toEqual(en.map(([k]) => k).sort());
    for (const [key, text] of [...en, ...es]) expect(text.trim(), key).not.toBe('');
  });

  it('name every kind of activity and every kind of search result the server knows', async () => {
    const { ACTIVITY_KINDS } = await import('../../../src/core/activity/activity-line');
    const { SEARCH_KINDS } = await import('../../../src/app/search/search');
    for (const lang of [messages.en, messages.es]) {
      expect(Object.keys(lang.kinds).sort()).toEqual([...ACTIVITY_KINDS].sort());
      expect(Object.keys(lang.search.kinds).sort()).toEqual([...SEARCH_KINDS].sort());
    }
  });
});
