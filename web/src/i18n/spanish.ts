import { es as accountMessages } from '../account/messages.es';
import { es as ballotMessages } from '../ballots/messages.es';
import { es as circlesMessages } from '../circles/messages.es';
import { es as constituenciesMessages } from '../constituencies/messages.es';
import { es as contributionsMessages } from '../contributions/messages.es';
import { es as meMessages } from '../me/messages.es';
import { es as moneyMessages } from '../money/messages.es';
import { es as peopleMessages } from '../people/messages.es';
import { es as proposingMessages } from '../proposing/messages.es';
import { es as rhythmsMessages } from '../rhythms/messages.es';
import { es as tokensMessages } from '../tokens/messages.es';
import { es as workMessages } from '../work/messages.es';
import { es as parametersMessages } from '../parameters/messages.es';
import { es as signingMessages } from '../signing/messages.es';
import { es as verifyMessages } from '../verify/messages.es';
import { es as wordsMessages } from '../words/messages.es';
import { es as valueSettingsMessages } from '../value-settings/messages.es';
import { es as notifyMessages } from '../notify/messages.es';
import { es as evaluationsMessages } from '../evaluations/messages.es';
import { es as solidarityMessages } from '../solidarity/messages.es';
import { es as offlineMessages } from '../offline/messages.es';
import { es as helpMessages } from '../help/messages.es';
import { es as activityMessages } from '../activity/messages.es';
import { es as federationMessages } from '../federation/messages.es';
import { es as app } from './es';
import type { Words } from './namespaces';

/**
 * The Deck's strings in Spanish, by namespace (the names are listed in namespaces.ts), a chunk of
 * its own that i18n/index.ts loads only when the reader's language is Spanish.
 */
export const spanish = {
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
