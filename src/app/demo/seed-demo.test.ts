import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/stores.js';
import { signIn } from '../auth/sign-in.js';
import type { AuthContext } from '../auth/auth-context.js';
import { replayProjections } from '../ledger/replay-projections.js';
import { verifyStoredLedger } from '../ledger/verify-stored-ledger.js';
import { DEMO_PASSWORD } from './seed-demo.js';
import { DEMO_TEST_NOW, openTestDemo } from './test-demo.js';

/** What a newcomer sees of the demo, without the ids and instants that differ between runs. */
async function summaryOf(ctx: AuthContext) {
  const db = ctx.store.db;
  const names = new Map(
    (await db.selectFrom('members').select(['id', 'display_name']).execute()).map((m) => [
      m.id,
      m.display_name,
    ]),
  );
  const contributions = await db
    .selectFrom('value_contributions')
    .select(['member_id', 'stream', 'task_kind', 'quantity', 'date', 'amount', 'status'])
    .orderBy('seq')
    .execute();
  const proposals = await db
    .selectFrom('proposals')
    .select(['title', 'method', 'status', 'outcome', 'outcome_statement'])
    .orderBy('opened_at')
    .execute();
  return {
    contributions: contributions.map(({ member_id, ...c }) => ({
      member: names.get(member_id),
      ...c,
    })),
    proposals,
    ballots: Number(
      (
        await db
          .selectFrom('ballots')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  };
}

describe('the demo cooperative', () => {
  // Kept from the first test, so that the second seeds only once more.
  let sqliteSummary: Awaited<ReturnType<typeof summaryOf>> | undefined;

  it('has people at every level, circles with stewards, mentors, a quarter of work and decisions', async () => {
    const { ctx, demo } = await openTestDemo();
    const db = ctx.store.db;
    const members = await db
      .selectFrom('members')
      .select(['id', 'display_name', 'level', 'dating_stage', 'founder'])
      .execute();
    expect(members).toHaveLength(11);
    expect(members.filter((m) => m.founder).map((m) => m.display_name)).toEqual(['Ana Ribas']);
    expect(members.filter((m) => m.level === 'committed')).toHaveLength(5);
    expect(
      members
        .filter((m) => m.level === 'dating')
        .map((m) => m.dating_stage)
        .sort(),
    ).toEqual([1, 2, 3]);
    expect(members.filter((m) => m.level === 'casual')).toHaveLength(1);
    const outsiders = await db
      .selectFrom('members')
      .innerJoin('member_constituencies as mc', 'mc.member_id', 'members.id')
      .innerJoin('constituencies as c', 'c.id', 'mc.constituency_id')
      .select('c.slug')
      .where('members.level', 'is', null)
      .execute();
    expect(outsiders.map((o) => o.slug).sort()).toEqual(['supporters', 'users-clients']);
    const stewarded = await db
      .selectFrom('stewards')
      .innerJoin('circles', 'circles.id', 'stewards.circle_id')
      .select('circles.slug')
      .where('stewards.ended_at', 'is', null)
      .execute();
    expect(stewarded.map((s) => s.slug).sort()).toEqual([
      'care',
      'finance',
      'livelihood',
      'love',
      'tech',
    ]);
    expect(await db.selectFrom('mentors').select('member_id').execute()).toHaveLength(3);
    expect(
      (await db.selectFrom('milestones').select('id').execute()).length,
    ).toBeGreaterThanOrEqual(5);
    expect(await db.selectFrom('commitments').select('statement').execute()).toHaveLength(1);
    expect(demo.clientProjectIds).toHaveLength(3);
    expect(demo.today).toBe('2026-03-20');
    expect(demo.founder).toMatchObject({ displayName: 'Ana Ribas', founder: true });

    // Every account signs in with the printed password.
    for (const member of demo.members)
      await signIn(ctx, { email: member.email, password: DEMO_PASSWORD }, '127.0.0.1');
    expect(demo.signIn).toEqual({ email: 'ana@demo.disco-cat.org', password: DEMO_PASSWORD });

    // A quarter of work in all three streams, mostly acknowledged, and decisions open and closed.
    sqliteSummary = await summaryOf(ctx);
    const { contributions, proposals, ballots } = sqliteSummary;
    const first = contributions.map((c) => c.date).sort()[0]!;
    expect(first >= '2025-12-19' && first <= '2025-12-25').toBe(true);
    for (const stream of ['livelihood', 'love', 'care'])
      expect(
        contributions.filter((c) => c.stream === stream && c.status === 'counted').length,
      ).toBeGreaterThan(50);
    expect(contributions.filter((c) => c.status === 'disputed')).toHaveLength(2);
    const pending = contributions.filter((c) => c.status === 'pending');
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.length).toBeLessThan(contributions.length / 10);
    expect(pending.every((c) => c.date >= '2026-03-19')).toBe(true);

    expect(proposals.filter((p) => p.status === 'closed').map((p) => p.outcome)).toEqual([
      'passed',
      'passed',
      'winner',
      'failed',
      'passed',
    ]);
    expect(proposals.filter((p) => p.status === 'open')).toHaveLength(3);
    expect(new Set(proposals.map((p) => p.method)).size).toBeGreaterThanOrEqual(5);
    expect(proposals.filter((p) => p.outcome_statement !== null)).toHaveLength(1);
    expect(ballots).toBeGreaterThan(30);
    expect(await ctx.store.db.selectFrom('proposal_comments').select('id').execute()).toHaveLength(
      4,
    );
    // The membership change that passed was carried out: Gus is in stage 2 by decision.
    const gus = await ctx.store.db
      .selectFrom('members')
      .select(['dating_stage'])
      .where('display_name', '=', 'Gus Lindqvist')
      .executeTakeFirstOrThrow();
    expect(gus.dating_stage).toBe(2);
    // The events carry the times of the quarter, ending at the clock's now.
    const times = await ctx.store.db.selectFrom('events').select('time').orderBy('seq').execute();
    expect(times[0]!.time < '2025-12-20').toBe(true);
    expect(times.at(-1)!.time <= new Date(DEMO_TEST_NOW).toISOString()).toBe(true);

    // A ledger like any other: it verifies, and replaying it rebuilds the same read models.
    expect(await verifyStoredLedger(ctx)).toMatchObject({ ok: true, fault: null });
    await replayProjections(ctx);
    expect(await summaryOf(ctx)).toEqual(sqliteSummary);
  }, 600_000);

  it('is the same cooperative every time, on either database', async () => {
    const second = dialects.find((d) => !d.skip && d.dialect === 'postgres') ?? dialects[0]!;
    const expected = sqliteSummary ?? (await summaryOf((await openTestDemo()).ctx));
    expect(await summaryOf((await openTestDemo(second)).ctx)).toEqual(expected);
  }, 600_000);
});
