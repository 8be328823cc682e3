import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventCatalog } from '../event-catalog.js';
import { EVENTS_DOC_COMMAND, eventsMarkdown, NODE_RECORDED_TYPES } from './events-doc.js';

describe('docs/events.md', () => {
  it('is the event catalog as it is now', () => {
    const doc = readFileSync(new URL('../../../docs/events.md', import.meta.url), 'utf8');
    expect(doc, `regenerate it with ${EVENTS_DOC_COMMAND}`).toBe(eventsMarkdown(eventCatalog));
  });

  it('gives every event type a JSON Schema and a signing rule, and names only types that exist', () => {
    const doc = eventsMarkdown(eventCatalog);
    const types = eventCatalog.definitions().map((d) => `${d.type}@${d.schema}`);
    expect(types.length).toBeGreaterThan(30);
    for (const type of types) expect(doc).toContain(`## ${type}\n`);
    expect(doc.match(/```json\n\{\n {2}"\$schema"/g)).toHaveLength(types.length);
    const known = new Set(eventCatalog.definitions().map((d) => d.type));
    for (const type of NODE_RECORDED_TYPES) expect(known).toContain(type);
  });
});
