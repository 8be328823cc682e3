import type { z } from 'zod';
import { circleEventDefinitions } from './circles/circle-events.js';
import { economyEventDefinitions } from './federation/economy-events.js';
import { financeEventDefinitions } from './finance/events.js';
import { evaluationEventDefinitions } from './evaluations/evaluation-events.js';
import { delegationEventDefinitions } from './governance/delegation-events.js';
import { proposalEventDefinitions } from './governance/proposal-events.js';
import type { JsonObject } from './ledger/canonical.js';
import type { EventDraft, LedgerEvent } from './ledger/event.js';
import { ledgerEventDefinitions } from './ledger/ledger-events.js';
import { constituencyEventDefinitions } from './members/constituency-events.js';
import { leaveEventDefinitions } from './members/leave-events.js';
import { memberEventDefinitions } from './members/member-events.js';
import { rhythmEventDefinitions } from './rhythms/rhythm-events.js';
import { federationEventDefinitions } from './federation/federation-events.js';
import { valueEventDefinitions } from './value/events.js';

/**
 * Every event type this version of disco-cat can record, as `{ type, schema, payload, description }`
 * with the payload's zod schema; each domain adds its definitions here. The app's catalogue checks
 * drafts against it, and docs/events.md is generated from it.
 */
export const eventDefinitions = [
  ...ledgerEventDefinitions,
  ...constituencyEventDefinitions,
  ...memberEventDefinitions,
  ...leaveEventDefinitions,
  ...circleEventDefinitions,
  ...valueEventDefinitions,
  ...proposalEventDefinitions,
  ...delegationEventDefinitions,
  ...financeEventDefinitions,
  ...rhythmEventDefinitions,
  ...evaluationEventDefinitions,
  ...economyEventDefinitions,
  ...federationEventDefinitions,
] as const;

type Definition = (typeof eventDefinitions)[number];

/** The type of every event the catalogue knows. */
export type EventType = Definition['type'];

/** What each event type carries, derived from the catalogue's zod schemas so the two cannot drift. */
export type EventPayloads = {
  [D in Definition as D['type']]: z.output<D['payload']>;
};

/**
 * A ledger event whose payload has the type its catalogue schema gives it; a `switch` on `type`
 * narrows `payload`, so projectors and folds read fields without casting.
 */
export type TypedLedgerEvent<T extends EventType = EventType> = {
  [K in T]: Omit<LedgerEvent, 'type' | 'payload'> & { type: K; payload: EventPayloads[K] };
}[T];

const knownTypes: ReadonlySet<string> = new Set(eventDefinitions.map((d) => d.type));

/**
 * The event with its payload typed by its catalogue schema, or null for a type the catalogue
 * does not know. The payload is not parsed again: `appendEvents` and import refuse any event
 * whose payload does not parse, so every stored event of a known type already has this shape.
 *
 * @example const e = typedEvent(event); if (e?.type === 'member.added') e.payload.displayName;
 */
export function typedEvent(event: LedgerEvent): TypedLedgerEvent | null {
  return knownTypes.has(event.type) ? (event as unknown as TypedLedgerEvent) : null;
}

/**
 * Narrows an event to one type, so the payload reads as that type's schema describes it.
 *
 * @example if (isEventOf(event, MEMBER_ADDED)) use(event.payload.memberId);
 */
export function isEventOf<E extends Pick<EventDraft, 'type'>, T extends EventType>(
  event: E,
  type: T,
): event is E & { type: T; payload: EventPayloads[T] } {
  return event.type === type;
}

/**
 * A payload as the JSON object a draft holds. Zod's output types have no index signature, so
 * TypeScript cannot see that every payload is a JSON object; the type parameter ties the payload
 * to its event type instead, which is the check that matters.
 *
 * @example draftPayload(MEMBER_LEFT, { memberId, decision })
 */
export function draftPayload<T extends EventType>(_type: T, payload: EventPayloads[T]): JsonObject {
  return payload as unknown as JsonObject;
}

/**
 * A draft whose payload is checked against its event type's schema at compile time.
 *
 * @example typedDraft({ type: MEMBER_LEFT, schema: 1, payload: { memberId, decision }, actor, time })
 */
export function typedDraft<T extends EventType>(
  draft: Omit<EventDraft, 'type' | 'payload'> & { type: T; payload: EventPayloads[T] },
): EventDraft {
  return { ...draft, payload: draftPayload(draft.type, draft.payload) };
}
