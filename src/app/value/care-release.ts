import type { Kysely } from 'kysely';
import { releasedAsOf, type DatingEnd } from '../../core/value/index.js';
import type { Database } from '../../store/schema.js';
import type { MemberScope } from './member-scope.js';
import { datingEndsBy } from './member-standing.js';
import { readReleaseRules } from './value-facts.js';

/** Released and forfeited historical credits of one member in one stream, in minor units. */
export interface CareRelease {
  released: bigint;
  forfeited: bigint;
}

/**
 * What has become of historical care credits by a date, per member and stream (keyed
 * `member\u0000stream`): for each counted historical contribution of a member whose dating ended on
 * or before `asOf`, core's `releasedAsOf` under the release rule in force on the day dating ended.
 * A member who never dated costs one indexed lookup of their dating ends.
 *
 * @example (await careReleases(db, '2026-03-31', cy)).get(`${cy}\u0000care`) // { released: 2250n, forfeited: 0n }
 */
export async function careReleases(
  db: Kysely<Database>,
  asOf: string,
  scope?: MemberScope,
): Promise<Map<string, CareRelease>> {
  const result = new Map<string, CareRelease>();
  const ends = await datingEndsBy(db, asOf, scope);
  if (ends.length === 0) return result;
  const rules = await readReleaseRules(db);
  // Each row looks only at its own member's ends: thousands of daters would otherwise cost rows × ends.
  const endsOf = new Map<string, DatingEnd[]>();
  for (const end of ends) {
    const list = endsOf.get(end.memberId) ?? [];
    list.push(end);
    endsOf.set(end.memberId, list);
  }
  // Only members whose dating ended hold releasable credits: read theirs by the member index, not
  // every counted row of the DisCO. Work dated after the last end is released by none.
  const lastEnd = ends.reduce((max, e) => (e.on > max ? e.on : max), ends[0]!.on);
  const daters = [...endsOf.keys()];
  const rows: { member_id: string; stream: string; date: string; amount: string }[] = [];
  for (let i = 0; i < daters.length; i += 400)
    rows.push(
      ...(await db
        .selectFrom('value_contributions')
        .select(['member_id', 'stream', 'date', 'amount'])
        .where('member_id', 'in', daters.slice(i, i + 400))
        .where('status', '=', 'counted')
        .where('standing', '=', 'historical')
        .where('date', '<=', lastEnd)
        .execute()),
    );
  for (const row of rows) {
    const own = endsOf.get(row.member_id) ?? [];
    const release = releasedAsOf(BigInt(row.amount), row.member_id, row.date, own, rules, asOf);
    const released = release.released.reduce((sum, t) => sum + t.amount, 0n);
    if (released === 0n && release.forfeited === 0n) continue;
    const key = `${row.member_id}\u0000${row.stream}`;
    const t = result.get(key) ?? { released: 0n, forfeited: 0n };
    t.released += released;
    t.forfeited += release.forfeited;
    result.set(key, t);
  }
  return result;
}
