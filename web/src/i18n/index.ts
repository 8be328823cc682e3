import i18next, { type BackendModule } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { english } from './english';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Where the chosen language is kept, so it survives a reload and the next visit. */
export const LANGUAGE_KEY = 'disco-deck-language';

/**
 * The Spanish words are about a tenth of what a first visit downloads: they are a chunk of their
 * own, fetched once, before the first render in Spanish or when a reader switches to it. English
 * is bundled, being every language's fallback.
 */
let spanish: Promise<Record<string, object>> | null = null;
const otherLanguages: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language, namespace, callback) {
    if (language !== 'es') {
      callback(null, {});
      return;
    }
    spanish ??= import('./spanish').then((m) => m.spanish);
    spanish.then(
      (words) => callback(null, words[namespace] ?? {}),
      (error: unknown) => {
        spanish = null;
        callback(error instanceof Error ? error : new Error(String(error)), null);
      },
    );
  },
};

/**
 * The Deck speaks the browser's language when it is one we have, English otherwise, until the
 * member picks one (kept in localStorage). The namespaces are listed in english.ts and spanish.ts.
 */
export async function startI18n(): Promise<typeof i18next> {
  await i18next
    .use(LanguageDetector)
    .use(otherLanguages)
    .use(initReactI18next)
    .init({
      resources: { en: english },
      partialBundledLanguages: true,
      supportedLngs: [...LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      ns: Object.keys(english),
      defaultNS: 'app',
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_KEY,
        caches: ['localStorage'],
      },
    });
  const follow = (language: string) => {
    document.documentElement.lang = language;
  };
  follow(i18next.resolvedLanguage ?? 'en');
  i18next.on('languageChanged', follow);
  return i18next;
}
