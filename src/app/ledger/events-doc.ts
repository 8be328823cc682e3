import { z } from 'zod';
import type { EventCatalog, EventDefinition } from '../../core/ledger/event-catalog.js';

/**
 * Event types only the node records, as a consequence of something else or at its founding:
 * their actor is null, so no member can sign them. Every other type is recorded by the member who
 * acts (its actor) and may carry their signature; the same types written by the node (a proposal
 * applied, a review falling due), a bulk import, the demo seeding or the operator's local CLI are
 * unsigned.
 */
export const NODE_RECORDED_TYPES: ReadonlySet<string> = new Set([
  'ledger.genesis',
  'proposal.closed',
  'proposal.ballots-revealed',
  'governance.parameters-set',
]);

/** Types a member records, which the node also records with actor null as a consequence. */
const ALSO_NODE_RECORDED: Readonly<Record<string, string>> = {
  'member.level-changed': 'a passed proposal applied by the node',
  'cat.parameters.set': 'a passed proposal applied by the node',
  'proposal.opened': 'a review the node opens when it falls due',
};

export const EVENTS_DOC_COMMAND = 'npx tsx src/app/ledger/write-events-doc.ts';

function jsonSchemaOf(definition: EventDefinition): unknown {
  // The ledger stores a payload as it was given, so the schema to publish is the input side.
  return z.toJSONSchema(definition.payload, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
}

function signing(type: string): string {
  if (NODE_RECORDED_TYPES.has(type)) return 'no: recorded by the node (actor null)';
  const also = ALSO_NODE_RECORDED[type];
  return also ? `by its actor; unsigned when it is ${also}` : 'by its actor';
}

/**
 * docs/events.md: every event type's payload as JSON Schema, from the zod schemas the node
 * checks, and who may sign it. A test keeps the file equal to this.
 */
export function eventsMarkdown(catalog: EventCatalog): string {
  const definitions = [...catalog.definitions()].sort(
    (a, b) => a.type.localeCompare(b.type) || a.schema - b.schema,
  );
  const lines = [
    '# Event types',
    '',
    `<!-- Generated from the event catalog by \`${EVENTS_DOC_COMMAND}\`; a test fails when it is stale. Do not edit by hand. -->`,
    '',
    'Every event of a disco-cat ledger has a `type` and a `schema` version; its `payload` must match',
    'the JSON Schema ([draft 2020-12](https://json-schema.org/draft/2020-12)) given here for that',
    '`type@schema`, else verification names the event with `bad-payload` (see',
    '[ledger.md](ledger.md)). Old versions stay valid forever; a new version is a new section.',
    '',
    'The schemas describe a payload as it is written in the event. Money is a string of integer',
    'minor units; dates are `YYYY-MM-DD`; times are ISO 8601 UTC; ids are the strings shown.',
    '',
    '**Signed by** says whether the event may carry a `memberSig` ([ledger.md](ledger.md), "Member',
    'keys and intent signatures"). A member signs only events they initiate and whose `actor` they',
    'are. Events the node records as a consequence of something else (a proposal closing, passed',
    'parameters applied, a review falling due), bulk imports, the demo seeding and the operator’s',
    'local CLI are never signed. An event whose `actor` is null never carries a `memberSig`.',
    '',
    '| type | schema | signed by | what it records |',
    '| --- | ---: | --- | --- |',
    ...definitions.map(
      (d) =>
        `| [\`${d.type}\`](#${anchor(d)}) | ${d.schema} | ${signing(d.type)} | ${d.description} |`,
    ),
    '',
  ];
  for (const d of definitions) {
    lines.push(
      `## ${d.type}@${d.schema}`,
      '',
      d.description,
      '',
      `Signed by: ${signing(d.type)}.`,
      '',
      '```json',
      JSON.stringify(jsonSchemaOf(d), null, 2),
      '```',
      '',
    );
  }
  return lines.join('\n');
}

function anchor(d: EventDefinition): string {
  return `${d.type}@${d.schema}`.toLowerCase().replace(/[^a-z0-9 -]/g, '');
}
