import { uuidv7 } from '../src/app/ids.js';
import type { JsonObject } from '../src/core/ledger/canonical.js';
import type { EventDraft } from '../src/core/ledger/event.js';
import { addDays, VALUE_EVENT, type ContributionLoggedPayload } from '../src/core/value/index.js';

export const MEMBERS = 50;
/** Two years of work, so the dashboard's 13 weeks are an eighth of the contributions. */
export const DAYS = 730;

export interface DashboardDisco {
  founderId: string;
  members: string[];
  /** Events the setup recorded before the contributions. */
  setupEvents: number;
  /** Events the whole ledger holds once the contributions are added. */
  events: number;
  /** One priced contribution per stream, the credit frozen by the real pricing. */
  templates: ContributionLoggedPayload[];
  from: string;
}

/**
 * Contributions in the three streams over two years until the ledger holds `disco.events` events,
 * each acknowledged by the next member but one in twenty (pending), as an import would record them.
 * Sealed by buildBulkLedger's worker.
 */
export function* bulkDrafts(disco: DashboardDisco): Generator<EventDraft> {
  const clock = (): Date => new Date();
  const { events } = disco;
  const time = clock().toISOString();
  let written = disco.setupEvents;
  for (let n = 0; written < events; n++) {
    const member = disco.members[n % MEMBERS]!;
    const template = disco.templates[n % disco.templates.length]!;
    const contributionId = uuidv7(clock);
    const payload: ContributionLoggedPayload = {
      ...template,
      contributionId,
      member,
      date: addDays(disco.from, Math.floor((n * DAYS) / (events / 1.95))),
    };
    yield {
      type: VALUE_EVENT.contributionLogged,
      schema: 1,
      payload: payload as unknown as JsonObject,
      actor: member,
      time,
    };
    written++;
    if (n % 20 !== 0 && written < events) {
      yield {
        type: VALUE_EVENT.contributionValidated,
        schema: 1,
        payload: { contributionId, stewardOfCircle: false },
        actor: disco.members[(n + 1) % MEMBERS]!,
        time,
      };
      written++;
    }
  }
}
