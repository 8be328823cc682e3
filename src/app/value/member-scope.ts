import { sql, type RawBuilder, type SqlBool } from 'kysely';

/** Which members a query reads: one, an inclusive range of ids (a page of members), or all. */
export type MemberScope = string | { first: string; last: string } | undefined;

/**
 * The condition on a single table's `member_id` column that keeps the scope's members.
 *
 * @example db.selectFrom('value_balance_totals').selectAll().where(inMembers({ first: a, last: b }))
 */
export function inMembers(scope: MemberScope): RawBuilder<SqlBool> {
  if (scope === undefined) return sql<SqlBool>`1 = 1`;
  if (typeof scope === 'string') return sql<SqlBool>`member_id = ${scope}`;
  return sql<SqlBool>`member_id between ${scope.first} and ${scope.last}`;
}
