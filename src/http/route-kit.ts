import type { z } from '@hono/zod-openapi';
import type { LedgerEvent } from '../core/ledger/event.js';
import { recordedSchema } from './member-schemas.js';
import { problemResponses } from './problem.js';
import type { InputLocation } from './validation.js';

/*
 * The pieces every route file builds its OpenAPI routes and answers from, kept in one place so
 * that a write is described, refused and answered the same way on every route.
 */

/**
 * A required JSON request body.
 *
 * @example request: { body: json(addMemberInput) }
 */
export const json = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});

/**
 * The answer of a write, described with the schema of what it returns.
 *
 * @example responses: { 201: recordedAs(recordedSchema.extend({ proposalId: z.string() })) }
 */
export const recordedAs = <T extends z.ZodType>(schema: T) => ({
  description: 'Recorded.',
  content: { 'application/json': { schema } },
});

/** A write that created something: 201 with the `Recorded` answer. */
export const created = { 201: recordedAs(recordedSchema) };

/** A write that changed something: 200 with the `Recorded` answer. */
export const changed = { 200: recordedAs(recordedSchema) };

/** The refusals a write on an existing thing may answer with. */
export const writeProblems = problemResponses(400, 401, 403, 404, 409, 422);

/**
 * Where each input field came from, so a validation problem names the body field or path
 * parameter the caller must fix.
 *
 * @example located(['level'], ['memberId']) // { level: 'body', memberId: 'path' }
 */
export function located(
  body: readonly string[],
  path: readonly string[] = [],
): Record<string, InputLocation> {
  return Object.fromEntries([
    ...body.map((f) => [f, 'body'] as const),
    ...path.map((f) => [f, 'path'] as const),
  ]);
}

/**
 * Every named field is in the body.
 *
 * @example inBody(['period', 'parameters']) // { period: 'body', parameters: 'body' }
 */
export function inBody(keys: readonly string[]): Record<string, InputLocation> {
  return located(keys);
}

/**
 * The answer of a write: any ids it made and the events it appended (by seq, type and hash).
 *
 * @example return c.json(recorded(await addMember(ctx, c.var.actor, body)), 201);
 */
export function recorded<T extends { events: LedgerEvent[] }>(
  result: T,
): Omit<T, 'events'> & { recorded: Array<{ seq: number; type: string; hash: string }> } {
  const { events, ...ids } = result;
  return { ...ids, recorded: events.map((e) => ({ seq: e.seq, type: e.type, hash: e.hash })) };
}
