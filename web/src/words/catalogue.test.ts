import { describe, expect, it } from 'vitest';
import { ALL_MESSAGE_CODES, MESSAGE_CODES } from '../../../src/core/messages/codes';
import {
  CATALOGUE_IMPORTS,
  CATALOGUE_LANGUAGES,
  CATALOGUE_PARTS,
  partOf,
  type CatalogueLanguage,
  type Templates,
} from './catalogue';
import { messages } from './messages';

/*
 * Every code the server can emit (the registry in src/core/messages/codes.ts, the one list of
 * codes) must be sayable in both of the Deck's languages, with the same parameters, in the part
 * the Deck fetches for it; and the Deck must not keep codes the server no longer has.
 */

const placeholders = (template: string) =>
  [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

async function partsIn(language: CatalogueLanguage): Promise<[string, Templates][]> {
  return Promise.all(
    CATALOGUE_PARTS.map(
      async (part) => [part, await CATALOGUE_IMPORTS[language][part]()] as [string, Templates],
    ),
  );
}

describe('the Deck says every server message in English and Spanish', () => {
  for (const language of CATALOGUE_LANGUAGES) {
    it(`has every code in ${language}, in its part, with the parameters the server sends`, async () => {
      const parts = await partsIn(language);
      const templates: Record<string, string> = {};
      for (const [part, words] of parts)
        for (const [code, template] of Object.entries(words)) {
          expect(partOf(code), `${language} ${code} is in ${part}`).toBe(part);
          expect(templates[code], `${code} twice`).toBeUndefined();
          templates[code] = template;
        }
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
