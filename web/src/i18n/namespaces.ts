import { english } from './english';
import { spanish } from './spanish';

/**
 * Every namespace of the Deck's strings in English and Spanish, for component tests, which have
 * both languages at once. The Deck itself bundles english.ts and loads spanish.ts only for a
 * reader in Spanish (i18n/index.ts); a new part adds a line to each of them.
 */
export const NAMESPACES = Object.fromEntries(
  Object.keys(english).map((name) => [
    name,
    {
      en: english[name as keyof typeof english],
      es: spanish[name as keyof typeof english],
    },
  ]),
) as { [name in keyof typeof english]: { en: object; es: object } };

/** The namespaces as i18next's resources, by language. */
export function resourcesOf(language: 'en' | 'es'): Record<string, object> {
  return { ...(language === 'en' ? english : spanish) };
}
