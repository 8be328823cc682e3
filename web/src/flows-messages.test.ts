import { describe, expect, it } from 'vitest';
import { messages as circles } from './circles/messages';
import { messages as constituencies } from './constituencies/messages';
import { messages as contributions } from './contributions/messages';
import { messages as money } from './money/messages';
import { messages as notify } from './notify/messages';
import { messages as people } from './people/messages';
import { messages as proposing } from './proposing/messages';
import { messages as tokens } from './tokens/messages';
import { messages as work } from './work/messages';
import { messages as valueSettings } from './value-settings/messages';

/** Every leaf of a message tree as [dotted key, text]. */
function leaves(tree: object, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value as object, `${prefix}${key}.`),
  );
}

describe.each(
  Object.entries({
    circles,
    constituencies,
    contributions,
    money,
    notify,
    people,
    proposing,
    tokens,
    work,
    valueSettings,
  }),
)('the %s messages', (_, messages) => {
  it('have the same keys in English and Spanish, none left empty', () => {
    const en = leaves(messages.en);
    const es = leaves(messages.es);
    expect(es.map(([k]) => k).sort()).toEqual(en.map(([k]) => k).sort());
    for (const [key, text] of [...en, ...es]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    const es = new Map(leaves(messages.es));
    for (const [key, text] of leaves(messages.en))
      expect(placeholders(es.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});
