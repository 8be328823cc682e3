import { sql } from 'kysely';
import type { Actor } from '../../core/access/actor.js';
import { formatQuantity } from '../../core/value/index.js';
import type { AppContext } from '../context.js';
import { ensureAllowed } from '../use-case-steps.js';

/** Money as digit strings of minor units. */
export interface ProjectView {
  projectId: string;
  name: string;
  client: string;
  budget: string | null;
  agreedPrice: string | null;
  status: string;
  circleId: string | null;
  createdAt: string;
  /** Credits of counted work logged against the project. */
  consumed: string;
  /** Credits of work still pending or disputed. */
  pending: string;
  /** budget − consumed, when there is a budget; negative when over budget. */
  remaining: string | null;
  /** Hours logged against it (live work), as a decimal. */
  hours: string;
}

/**
 * Livelihood projects with their budget consumption: the credits of work logged against each,
 * summed exactly in SQL and read back as text.
 *
 * @example const [website] = await listProjects(ctx, actor); website.remaining // '120000'
 */
export async function listProjects(ctx: AppContext, actor: Actor | null): Promise<ProjectView[]> {
  ensureAllowed('value.project.list', actor);
  const db = ctx.store.db;
  const [projects, sums] = await Promise.all([
    db.selectFrom('value_projects').selectAll().orderBy('created_at').orderBy('id').execute(),
    db
      .selectFrom('value_contributions')
      .select([
        'project_id',
        'status',
        sql<string>`cast(sum(amount_minor) as text)`.as('credits'),
        sql<string>`cast(sum(case when unit = 'hour' then quantity_milli else 0 end) as text)`.as(
          'milli',
        ),
      ])
      .where('project_id', 'is not', null)
      .where('status', 'in', ['counted', 'pending', 'disputed'])
      .groupBy(['project_id', 'status'])
      .execute(),
  ]);
  return projects.map((p) => {
    let consumed = 0n;
    let pending = 0n;
    let milli = 0n;
    for (const s of sums) {
      if (s.project_id !== p.id) continue;
      if (s.status === 'counted') consumed += BigInt(s.credits);
      else pending += BigInt(s.credits);
      milli += BigInt(s.milli);
    }
    return {
      projectId: p.id,
      name: p.name,
      client: p.client,
      budget: p.budget,
      agreedPrice: p.agreed_price,
      status: p.status,
      circleId: p.circle_id,
      createdAt: p.created_at,
      consumed: consumed.toString(),
      pending: pending.toString(),
      remaining: p.budget === null ? null : (BigInt(p.budget) - consumed).toString(),
      hours: formatQuantity(milli),
    };
  });
}
