import { describe, expect, it } from 'vitest';
import { ALL_MESSAGE_CODES, MESSAGE_CODES } from '../../../src/core/messages/codes';
import { catalogue } from './catalogue';
import { messages } from './messages';

/*
 * Every code the server can emit (the registry in src/core/messages/codes.ts) must be sayable in
 * both of the Deck's languages, with the same parameters; and the Deck must not keep codes the
 * server no longer has.
 */

const placeholders = (template: string) =>
  [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('the Deck says every server message in English and Spanish', () => {
  for (const language of ['en', 'es'] as const) {
    it(`has every code in ${language}, with the parameters the server sends`, () => {
      const templates: Record<string, string> = catalogue[language];
      const missing = ALL_MESSAGE_CODES.filter((code) => templates[code] === undefined);
      expect(missing, `codes without ${language}`).toEqual([]);
      expect(Object.keys(templates).sort()).toEqual([...ALL_MESSAGE_CODES]);
      for (const code of ALL_MESSAGE_CODES)
        expect(placeholders(templates[code]!), `${language} ${code}`).toEqual(
          [...MESSAGE_CODES[code].params].sort(),
        );
    });
  }

  it('has the same layout strings in both languages', () => {
    const keys = (o: object, at = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' ? keys(v as object, `${at}${k}.`) : [`${at}${k}`],
      );
    expect(keys(messages.es)).toEqual(keys(messages.en));
  });
});
