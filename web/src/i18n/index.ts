import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { messages as accountMessages } from '../account/messages';
import { messages as ballotMessages } from '../ballots/messages';
import { messages as verifyMessages } from '../verify/messages';
import { messages as signingMessages } from '../signing/messages';
import { messages as moneyMessages } from '../money/messages';
import { messages as tokensMessages } from '../tokens/messages';
import { messages as proposingMessages } from '../proposing/messages';
import { messages as peopleMessages } from '../people/messages';
import { messages as workMessages } from '../work/messages';
import { en } from './en';
import { es } from './es';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Where the chosen language is kept, so it survives a reload and the next visit. */
export const LANGUAGE_KEY = 'disco-deck-language';

/**
 * The Deck speaks the browser's language when it is one we have, English otherwise, until the
 * member picks one (kept in localStorage). Namespaces: `app` (the pages), `verify`, `ballots`,
 * `account` and `signing` (the self-contained parts).
 */
export async function startI18n(): Promise<typeof i18next> {
  await i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: {
        en: {
          app: en,
          verify: verifyMessages.en,
          ballots: ballotMessages.en,
          account: accountMessages.en,
          signing: signingMessages.en,
          money: moneyMessages.en,
          tokens: tokensMessages.en,
          proposing: proposingMessages.en,
          people: peopleMessages.en,
          work: workMessages.en,
        },
        es: {
          app: es,
          verify: verifyMessages.es,
          ballots: ballotMessages.es,
          account: accountMessages.es,
          signing: signingMessages.es,
          money: moneyMessages.es,
          tokens: tokensMessages.es,
          proposing: proposingMessages.es,
          people: peopleMessages.es,
          work: workMessages.es,
        },
      },
      supportedLngs: [...LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      ns: [
        'app',
        'verify',
        'ballots',
        'account',
        'signing',
        'money',
        'tokens',
        'proposing',
        'people',
      ],
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
