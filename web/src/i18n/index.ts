import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { NAMESPACES, resourcesOf } from './namespaces';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Where the chosen language is kept, so it survives a reload and the next visit. */
export const LANGUAGE_KEY = 'disco-deck-language';

/**
 * The Deck speaks the browser's language when it is one we have, English otherwise, until the
 * member picks one (kept in localStorage). The namespaces are listed in namespaces.ts.
 */
export async function startI18n(): Promise<typeof i18next> {
  await i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { en: resourcesOf('en'), es: resourcesOf('es') },
      supportedLngs: [...LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      ns: Object.keys(NAMESPACES),
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
