import { en as accountMessages } from '../account/messages.en';
import { en as ballotMessages } from '../ballots/messages.en';
import { en as circlesMessages } from '../circles/messages.en';
import { en as constituenciesMessages } from '../constituencies/messages.en';
import { en as contributionsMessages } from '../contributions/messages.en';
import { en as meMessages } from '../me/messages.en';
import { en as moneyMessages } from '../money/messages.en';
import { en as peopleMessages } from '../people/messages.en';
import { en as proposingMessages } from '../proposing/messages.en';
import { en as rhythmsMessages } from '../rhythms/messages.en';
import { en as tokensMessages } from '../tokens/messages.en';
import { en as workMessages } from '../work/messages.en';
import { en as parametersMessages } from '../parameters/messages.en';
import { en as signingMessages } from '../signing/messages.en';
import { en as verifyMessages } from '../verify/messages.en';
import { en as wordsMessages } from '../words/messages.en';
import { en as valueSettingsMessages } from '../value-settings/messages.en';
import { en as notifyMessages } from '../notify/messages.en';
import { en as evaluationsMessages } from '../evaluations/messages.en';
import { en as solidarityMessages } from '../solidarity/messages.en';
import { en as offlineMessages } from '../offline/messages.en';
import { en as helpMessages } from '../help/messages.en';
import { en as activityMessages } from '../activity/messages.en';
import { en as federationMessages } from '../federation/messages.en';
import { en as app } from './en';
import type { Words } from './namespaces';

/**
 * The Deck's strings in English, by namespace (the names are listed in namespaces.ts). A chunk of
 * its own like spanish.ts: i18n/index.ts loads only the reader's language, before the first render.
 */
export const english = {
  app,
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
} satisfies Words;
