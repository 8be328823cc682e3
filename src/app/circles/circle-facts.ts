import type { Kysely } from 'kysely';
import type { CircleMemberFacts } from '../../core/circles/circle-rules.js';
import { levelFromColumns } from '../../store/projections/level-columns.js';
import type { Database } from '../../store/schema.js';
import { notFound, refusal } from '../errors.js';

export interface Circle {
  circleId: string;
  slug: string;
  name: string;
  purpose: string;
  open: boolean;
  createdAt: string;
}

/**
 * The circle named by id or slug, or a 404.
 *
 * @example const tech = await requireCircle(ctx.store.db, 'tech');
 */
export async function requireCircle(db: Kysely<Database>, ref: string): Promise<Circle> {
  const row = await db
    .selectFrom('circles')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', ref), eb('slug', '=', ref)]))
    .executeTakeFirst();
  if (!row)
    throw notFound(
      refusal('refusal.no-such-circle', { ref }),
      refusal('hint.list-circles-see-their-slugs'),
    );
  return {
    circleId: row.id,
    slug: row.slug,
    name: row.name,
    purpose: row.purpose,
    open: row.open === 1,
    createdAt: row.created_at,
  };
}

/**
 * A member as seen from one circle, in one query: whether they are in it and whether they hold a
 * stewardship that has not ended and whose term has not run out by `today`.
 *
 * @example const facts = await readCircleMember(ctx.store.db, circle.circleId, memberId, today);
 */
export async function readCircleMember(
  db: Kysely<Database>,
  circleId: string,
  memberId: string,
  today: string,
): Promise<CircleMemberFacts | null> {
  const row = await db
    .selectFrom('members as m')
    .select((eb) => [
      'm.id',
      'm.status',
      'm.level',
      'm.dating_stage',
      'm.timeline',
      'm.start_date',
      eb
        .exists(
          eb
            .selectFrom('circle_members as cm')
            .select('cm.member_id')
            .where('cm.circle_id', '=', circleId)
            .whereRef('cm.member_id', '=', 'm.id'),
        )
        .as('in_circle'),
      eb
        .exists(
          eb
            .selectFrom('stewards as s')
            .select('s.seq')
            .where('s.circle_id', '=', circleId)
            .whereRef('s.member_id', '=', 'm.id')
            .where('s.ended_at', 'is', null)
            .where('s.term_end', '>=', today),
        )
        .as('steward'),
    ])
    .where('m.id', '=', memberId)
    .executeTakeFirst();
  if (!row) return null;
  // SQLite answers EXISTS with 0 or 1, PostgreSQL with a boolean.
  return {
    memberId: row.id,
    status: row.status,
    level: levelFromColumns(row),
    inCircle: Boolean(Number(row.in_circle)),
    steward: Boolean(Number(row.steward)),
  };
}
