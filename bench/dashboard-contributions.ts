import { uuidv7 } from '../src/app/ids.js';
import type { JsonObject } from '../src/core/ledger/canonical.js';
import type { EventDraft } from '../src/core/ledger/event.js';
import { addDays, VALUE_EVENT, type ContributionLoggedPayload } from '../src/core/value/index.js';

export const MEMBERS = 50;
/** Two years of work, so the dashboard's 13 weeks are an eighth of the contributions. */
export const DAYS = 730;
/**
 * Events a day when the ledger's size sets its age instead of its density (`daysSpanned`): a
 * year at 250,000 events, so 500,000 span two years and 1,000,000 four, each month alike.
 */
export const EVENTS_A_DAY_BY_AGE = 250_000 / 365;

/**
 * Days of work a bench DisCO of `events` events spans: `DAYS` at every size (a bigger ledger is
 * denser), or, given `eventsADay`, in proportion to the events (a bigger ledger is older, its
 * months alike).
 *
 * @example daysSpanned(1_000_000, EVENTS_A_DAY_BY_AGE) // 1460
 */
export const daysSpanned = (events: number, eventsADay?: number): number =>
  eventsADay === undefined ? DAYS : Math.max(1, Math.round(events / eventsADay));

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
  /** Days from `from` to today the contributions are spread over (`daysSpanned`). */
  days: number;
}

/**
 * Contributions in the three streams over `disco.days` days until the ledger holds `disco.events` events,
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
      date: addDays(disco.from, Math.floor((n * disco.days) / (events / 1.95))),
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
