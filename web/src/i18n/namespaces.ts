import { messages as accountMessages } from '../account/messages';
import { messages as ballotMessages } from '../ballots/messages';
import { messages as circlesMessages } from '../circles/messages';
import { messages as constituenciesMessages } from '../constituencies/messages';
import { messages as contributionsMessages } from '../contributions/messages';
import { messages as meMessages } from '../me/messages';
import { messages as moneyMessages } from '../money/messages';
import { messages as peopleMessages } from '../people/messages';
import { messages as proposingMessages } from '../proposing/messages';
import { messages as rhythmsMessages } from '../rhythms/messages';
import { messages as tokensMessages } from '../tokens/messages';
import { messages as workMessages } from '../work/messages';
import { messages as parametersMessages } from '../parameters/messages';
import { messages as signingMessages } from '../signing/messages';
import { messages as verifyMessages } from '../verify/messages';
import { messages as wordsMessages } from '../words/messages';
import { messages as valueSettingsMessages } from '../value-settings/messages';
import { messages as notifyMessages } from '../notify/messages';
import { messages as evaluationsMessages } from '../evaluations/messages';
import { messages as solidarityMessages } from '../solidarity/messages';
import { messages as offlineMessages } from '../offline/messages';
import { messages as helpMessages } from '../help/messages';
import { messages as activityMessages } from '../activity/messages';
import { messages as federationMessages } from '../federation/messages';
import { en } from './en';
import { es } from './es';

/**
 * Every namespace of the Deck's strings, in English and Spanish: `app` (the pages) and one per
 * self-contained part. The Deck and its component tests load the same list; a new part adds one
 * line here.
 */
export const NAMESPACES = {
  app: { en, es },
  account: accountMessages,
  ballots: ballotMessages,
  circles: circlesMessages,
  constituencies: constituenciesMessages,
  contributions: contributionsMessages,
  me: meMessages,
  money: moneyMessages,
  people: peopleMessages,
  proposing: proposingMessages,
  tokens: tokensMessages,
  work: workMessages,
  parameters: parametersMessages,
  signing: signingMessages,
  verify: verifyMessages,
  words: wordsMessages,
  valueSettings: valueSettingsMessages,
  rhythms: rhythmsMessages,
  notify: notifyMessages,
  evaluations: evaluationsMessages,
  solidarity: solidarityMessages,
  offline: offlineMessages,
  help: helpMessages,
  activity: activityMessages,
  federation: federationMessages,
} as const;

/** The namespaces as i18next's resources, by language. */
export function resourcesOf(language: 'en' | 'es'): Record<string, object> {
  return Object.fromEntries(
    Object.entries(NAMESPACES).map(([name, strings]) => [name, strings[language]]),
  );
}
