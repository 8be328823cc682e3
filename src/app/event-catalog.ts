import { eventDefinitions } from '../core/event-payloads.js';
import { EventCatalog } from '../core/ledger/event-catalog.js';

/** Every event type this version of disco-cat can record (the definitions live in core). */
export const eventCatalog = new EventCatalog(eventDefinitions);
