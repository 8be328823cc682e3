import type { z } from 'zod';
import type { EventDraft } from './event.js';

/** One version of one event type's payload: every domain declares its events this way. */
export interface EventDefinition {
  type: string;
  schema: number;
  payload: z.ZodType;
  description: string;
}

export interface PayloadProblem {
  path: string;
  message: string;
}

/**
 * The set of event types a ledger may hold. An event whose type or schema version is unknown,
 * or whose payload does not parse, is refused on append and reported by verification.
 */
export class EventCatalog {
  private readonly byKey = new Map<string, EventDefinition>();

  constructor(definitions: readonly EventDefinition[]) {
    for (const definition of definitions) {
      const key = `${definition.type}@${definition.schema}`;
      if (this.byKey.has(key)) throw new Error(`event ${key} is defined twice`);
      this.byKey.set(key, definition);
    }
  }

  definitions(): EventDefinition[] {
    return [...this.byKey.values()];
  }

  /** Problems with a draft's type and payload; empty when it may be recorded. */
  check(draft: Pick<EventDraft, 'type' | 'schema' | 'payload'>): PayloadProblem[] {
    const definition = this.byKey.get(`${draft.type}@${draft.schema}`);
    if (!definition) {
      return [
        {
          path: 'type',
          message: `unknown event type ${draft.type} with schema version ${draft.schema}`,
        },
      ];
    }
    const parsed = definition.payload.safeParse(draft.payload);
    if (parsed.success) return [];
    return parsed.error.issues.map((issue) => ({
      path: ['payload', ...issue.path.map(String)].join('.'),
      message: issue.message,
    }));
  }
}
