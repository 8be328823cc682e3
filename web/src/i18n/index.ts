import i18next, { type BackendModule } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { NAMESPACES, type Words } from './namespaces';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Where the chosen language is kept, so it survives a reload and the next visit. */
export const LANGUAGE_KEY = 'disco-deck-language';

/**
 * Each language's words are a chunk of their own (about 25 KB gzipped), fetched once, before the
 * first render or when a reader switches language: a reader downloads only theirs.
 */
const WORDS: Record<Language, () => Promise<Words>> = {
  en: () => import('./english').then((m) => m.english),
  es: () => import('./spanish').then((m) => m.spanish),
};
const words = new Map<Language, Promise<Words>>();
const byLanguage: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language, namespace, callback) {
    if (!(LANGUAGES as readonly string[]).includes(language)) {
      callback(null, {});
      return;
    }
    const chosen = language as Language;
    let loading = words.get(chosen);
    if (!loading) {
      loading = WORDS[chosen]();
      words.set(chosen, loading);
    }
    loading.then(
      (strings) => callback(null, strings[namespace as keyof Words] ?? {}),
      (error: unknown) => {
        words.delete(chosen);
        callback(error instanceof Error ? error : new Error(String(error)), null);
      },
    );
  },
};

/**
 * The Deck speaks the browser's language when it is one we have, English otherwise, until the
 * member picks one (kept in localStorage). The namespaces are listed in namespaces.ts.
 */
export async function startI18n(): Promise<typeof i18next> {
  await i18next
    .use(LanguageDetector)
    .use(byLanguage)
    .use(initReactI18next)
    .init({
      supportedLngs: [...LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      // English for a language the Deck lacks; none behind Spanish, so that a reader in Spanish
      // never downloads the English words too (namespaces.test.ts holds both to the same keys).
      fallbackLng: { es: [], default: ['en'] },
      ns: [...NAMESPACES],
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
