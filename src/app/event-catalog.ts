import { EventCatalog } from '../core/ledger/event-catalog.js';
import { ledgerEventDefinitions } from '../core/ledger/ledger-events.js';

/** Every event type this version of disco-cat can record; each domain adds its definitions here. */
export const eventCatalog = new EventCatalog([...ledgerEventDefinitions]);
