// Writes docs/events.md from the event catalog: `npx tsx src/app/ledger/write-events-doc.ts`.
import { writeFileSync } from 'node:fs';
import { eventCatalog } from '../event-catalog.js';
import { eventsMarkdown } from './events-doc.js';

const path = new URL('../../../docs/events.md', import.meta.url);
writeFileSync(path, eventsMarkdown(eventCatalog));
process.stdout.write(`Wrote ${path.pathname}\n`);
