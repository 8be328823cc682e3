import { z } from 'zod';
import type { EventDefinition } from '../ledger/event-catalog.js';
import { entityId } from '../members/vocabulary.js';

export const EVALUATION_OPENED = 'evaluation.opened';
export const EVALUATION_REFLECTED = 'evaluation.reflected';
export const EVALUATION_CLOSED = 'evaluation.closed';

/** A quarter by its label: `2026-Q3`. */
export const quarterLabel = z.string().regex(/^\d{4}-Q[1-4]$/, 'a quarter written YYYY-Qn');

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hash in lowercase hex');

export const EVALUATION_DECISION_KINDS = ['review', 'duty-adjustment'] as const;

export const evaluationOpenedPayload = z.strictObject({
  evaluationId: entityId,
  quarter: quarterLabel,
  /** The circle evaluated, or null for the whole DisCO. */
  circleId: entityId.nullable(),
  /** SHA-256 of the canonical JSON of the facts as read when it opened. */
  factsHash: sha256Hex,
});
export type EvaluationOpenedPayload = z.infer<typeof evaluationOpenedPayload>;

export const evaluationReflectedPayload = z.strictObject({
  evaluationId: entityId,
  reflectionId: entityId,
  /** Public, like the ledger: what went well, what to change. */
  text: z.string().trim().min(1, 'write your reflection').max(4000),
});

export const evaluationClosedPayload = z.strictObject({
  evaluationId: entityId,
  /** What the members concluded, in a few lines. */
  summary: z.string().trim().min(1, 'sum up what was concluded').max(4000),
  /** Proposals the evaluation led to: reviews of decisions, or duties adjusted by proposal. */
  decisions: z
    .array(
      z.strictObject({
        kind: z.enum(EVALUATION_DECISION_KINDS),
        proposalId: entityId,
      }),
    )
    .max(50),
});
export type EvaluationClosedPayload = z.infer<typeof evaluationClosedPayload>;

export const evaluationEventDefinitions = [
  {
    type: EVALUATION_OPENED,
    schema: 1,
    payload: evaluationOpenedPayload,
    description:
      "A quarter's evaluation opens, for the whole DisCO or a circle, after the quarter ended. It carries the hash of its facts (value flows, care shares and Gini, duties, overloads, thanks, decisions due for review), which are a reading of the ledger kept beside it, not events themselves.",
  },
  {
    type: EVALUATION_REFLECTED,
    schema: 1,
    payload: evaluationReflectedPayload,
    description: 'A member adds a reflection to an open evaluation.',
  },
  {
    type: EVALUATION_CLOSED,
    schema: 1,
    payload: evaluationClosedPayload,
    description:
      'An evaluation closes with its summary and the proposals it led to (reviews of decisions, duties adjusted), each opened through the usual proposal flow.',
  },
] as const satisfies readonly EventDefinition[];
