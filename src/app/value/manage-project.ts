import type { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import {
  projectCreatedPayload,
  projectUpdatedPayload,
  VALUE_EVENT,
} from '../../core/value/index.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { notFound, refusal } from '../errors.js';
import { newId } from '../ids.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';

export const createProjectInput = projectCreatedPayload.omit({ projectId: true });
export type CreateProjectInput = z.input<typeof createProjectInput>;

/**
 * Creates a livelihood project for a client, with its budget and agreed price in minor units.
 *
 * @example const { projectId } = await createProject(ctx, ana, { name: 'Website', client: 'Coop X', budget: '500000', agreedPrice: '600000', status: 'active' });
 */
export async function createProject(
  ctx: AppContext,
  actor: Actor | null,
  input: CreateProjectInput,
): Promise<{ projectId: string; events: LedgerEvent[] }> {
  const parsed = parseInput(
    createProjectInput,
    input,
    refusal('refusal.project-cannot-be-created'),
  );
  ensureAllowed('value.project.manage', actor);
  const projectId = newId(ctx);
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, VALUE_EVENT.projectCreated, { projectId, ...parsed }),
  ]);
  return { projectId, events };
}

export type UpdateProjectInput = z.input<typeof projectUpdatedPayload>;

/**
 * Changes a livelihood project: the fields given replace the old ones (e.g. its status).
 *
 * @example await updateProject(ctx, ana, { projectId, status: 'completed' });
 */
export async function updateProject(
  ctx: AppContext,
  actor: Actor | null,
  input: UpdateProjectInput,
): Promise<{ projectId: string; events: LedgerEvent[] }> {
  const parsed = parseInput(
    projectUpdatedPayload,
    input,
    refusal('refusal.project-cannot-be-updated'),
  );
  ensureAllowed('value.project.manage', actor);
  const known = await ctx.store.db
    .selectFrom('value_projects')
    .select('id')
    .where('id', '=', parsed.projectId)
    .executeTakeFirst();
  if (!known)
    throw notFound(
      refusal('refusal.no-such-livelihood-project', { projectId: parsed.projectId }),
      refusal('hint.list-projects-get-api-projects'),
    );
  const events = await appendEvents(ctx, [draftOf(ctx, actor, VALUE_EVENT.projectUpdated, parsed)]);
  return { projectId: parsed.projectId, events };
}
