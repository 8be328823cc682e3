import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/stores.js';
import { EVALUATION_OPENED } from '../../core/evaluations/evaluation-events.js';
import { giveThanks } from '../appreciation/give-thanks.js';
import { writeCheckin } from '../checkins/write-checkin.js';
import { appointSteward } from '../circles/appoint-steward.js';
import { joinCircle } from '../circles/join-circle.js';
import { expectRefused } from '../expect-refused.js';
import { DAY, openTestGovernance } from '../governance/test-governance.js';
import { listNotifications } from '../governance/list-notifications.js';
import { loadActor } from '../members/load-actor.js';
import { logContribution } from '../value/log-contribution.js';
import { setRate } from '../value/set-value-settings.js';
import { closeEvaluation } from './close-evaluation.js';
import { listEvaluations } from './list-evaluations.js';
import { openEvaluation } from './open-evaluation.js';
import { reflectOnEvaluation } from './reflect-on-evaluation.js';
import { showEvaluation } from './show-evaluation.js';

/** 2026-Q1 with care logged by Ana (4 h) and Bo (1 h) in the care circle, Bo thanking Ana, Cy outside the circle. */
async function quarterOfCare(d = dialects[0]!) {
  const g = await openTestGovernance(d);
  const ctx = g.gov;
  await setRate(ctx, g.founder, {
    stream: 'care',
    taskKind: 'meeting',
    per: 'hour',
    amount: '1500',
    effectiveFrom: '2025-01-01',
  });
  const [ana, bo, cy] = [await g.worker('Ana'), await g.worker('Bo'), await g.worker('Cy')];
  for (const m of [ana, bo])
    await joinCircle(ctx, g.founder, { circleId: 'care', memberId: m.memberId });
  await appointSteward(ctx, g.founder, {
    circleId: 'care',
    memberId: ana.memberId,
    termEnd: '2026-12-31',
  });
  const care = (who: typeof ana, hours: string) =>
    logContribution(ctx, who, {
      stream: 'care',
      quantity: hours,
      taskKind: 'meeting',
      date: '2026-01-05',
      circle: 'care',
    });
  const { contributionId } = await care(ana, '4');
  await care(bo, '1');
  await giveThanks(ctx, bo, { contributionId, note: 'You held the call together.' });
  await writeCheckin(ctx, bo, { feeling: 'stretched', capacity: 120, audience: 'circle' });
  // The quarter ends; members are read as the policy sees them on the day after.
  g.advance(90 * DAY);
  const as = async (m: typeof ana) => (await loadActor(ctx, m.memberId))!;
  return { ...g, ctx, ana: await as(ana), bo: await as(bo), cy: await as(cy) };
}

describe.each(dialects)('quarterly evaluations on $dialect', (d) => {
  it.skipIf(d.skip)(
    'open only after the quarter, once per scope, by stewards or founders',
    async () => {
      const { ctx, founder, ana, bo } = await quarterOfCare(d);
      await expectRefused(
        ctx,
        () => openEvaluation(ctx, founder, { quarter: '2026-Q2' }),
        422,
        'quarter',
      );
      await expectRefused(
        ctx,
        () => openEvaluation(ctx, founder, { quarter: '2026-Q5' }),
        400,
        'quarter',
      );
      await expectRefused(ctx, () => openEvaluation(ctx, bo, { quarter: '2026-Q1' }), 403);
      await expectRefused(ctx, () => openEvaluation(ctx, ana, { quarter: '2026-Q1' }), 403);
      await expectRefused(
        ctx,
        () => openEvaluation(ctx, founder, { quarter: '2026-Q1', circle: 'nowhere' }),
        404,
      );
      const whole = await openEvaluation(ctx, founder, { quarter: '2026-Q1' });
      const notices = (who: typeof bo) =>
        listNotifications(ctx, who).then((n) => n.filter((x) => x.kind === 'evaluation-opened'));
      expect(await notices(bo)).toMatchObject([{ title: '2026-Q1' }]);
      expect(await notices(founder)).toEqual([]);
      expect(whole.events.map((e) => e.type)).toEqual([EVALUATION_OPENED]);
      expect(whole.events[0]!.payload).toMatchObject({ quarter: '2026-Q1', circleId: null });
      await expectRefused(ctx, () => openEvaluation(ctx, founder, { quarter: '2026-Q1' }), 409);
      const circle = await openEvaluation(ctx, ana, { quarter: '2026-Q1', circle: 'care' });
      await expectRefused(
        ctx,
        () => openEvaluation(ctx, founder, { quarter: '2026-Q1', circle: 'care' }),
        409,
      );

      const shown = await showEvaluation(ctx, bo, whole.evaluationId);
      expect(shown).toMatchObject({ status: 'open', factsVerified: true, factsSource: 'snapshot' });
      expect(shown.factsHash).toBe(whole.factsHash);
      const care = shown.facts.flows.streams.find((s) => s.stream === 'care')!;
      expect(care).toMatchObject({ hours: '5000', entries: 2, shareBp: 10_000 });
      const shares = shown.facts.careHours.shares;
      expect(shares.reduce((s, x) => s + x.shareBp, 0)).toBe(10_000);
      expect(shares.find((s) => s.memberId === ana.memberId)!.shareBp).toBe(8000);
      expect(shown.facts.appreciations).toMatchObject({ given: 1, forCare: 1 });
      expect(shown.facts.overloads).toMatchObject({ capacityReporting: 1, capacityOverloaded: 0 });
      expect(shown.names[ana.memberId]).toBe('Ana');

      const ofCircle = await showEvaluation(ctx, bo, circle.evaluationId);
      expect(ofCircle.circleName).toBeTruthy();
      // The circle's members only: Ana and Bo, not Cy nor the founder.
      expect(ofCircle.facts.careHours.shares).toHaveLength(2);
      expect((await listEvaluations(ctx, bo, {})).map((e) => e.circleId)).toEqual([
        null,
        circle.events[0]!.payload.circleId,
      ]);
      await expectRefused(
        ctx,
        () => showEvaluation(ctx, bo, '00000000-0000-7000-8000-000000000000'),
        404,
      );
    },
  );

  it.skipIf(d.skip)(
    'takes reflections while open and closes with the proposals it led to',
    async () => {
      const { ctx, founder, ana, bo, cy, propose } = await quarterOfCare(d);
      const { evaluationId } = await openEvaluation(ctx, ana, {
        quarter: '2026-Q1',
        circle: 'care',
      });
      await reflectOnEvaluation(ctx, bo, { evaluationId, text: 'Ana carried most of the care.' });
      await expectRefused(
        ctx,
        () => reflectOnEvaluation(ctx, cy, { evaluationId, text: 'Hi' }),
        403,
      );
      await expectRefused(
        ctx,
        () => reflectOnEvaluation(ctx, bo, { evaluationId, text: ' ' }),
        400,
        'text',
      );
      await expectRefused(ctx, () => closeEvaluation(ctx, bo, { evaluationId, summary: 'x' }), 403);
      const proposalId = await propose({ title: 'Share the care duty' });
      await expectRefused(
        ctx,
        () =>
          closeEvaluation(ctx, ana, {
            evaluationId,
            summary: 'Share care.',
            decisions: [{ kind: 'review', proposalId: '00000000-0000-7000-8000-000000000000' }],
          }),
        422,
        'decisions.0.proposalId',
      );
      await closeEvaluation(ctx, ana, {
        evaluationId,
        summary: 'Share care more evenly.',
        decisions: [{ kind: 'duty-adjustment', proposalId }],
      });
      await expectRefused(
        ctx,
        () => reflectOnEvaluation(ctx, bo, { evaluationId, text: 'Late' }),
        409,
      );
      await expectRefused(
        ctx,
        () => closeEvaluation(ctx, founder, { evaluationId, summary: 'Again' }),
        409,
      );
      const shown = await showEvaluation(ctx, cy, evaluationId);
      expect(shown).toMatchObject({ status: 'closed', summary: 'Share care more evenly.' });
      expect(shown.reflections.map((r) => r.text)).toEqual(['Ana carried most of the care.']);
      expect(shown.decisions).toMatchObject([
        { kind: 'duty-adjustment', proposalId, title: 'Share the care duty' },
      ]);
      expect((await listEvaluations(ctx, bo, { circle: 'care' }))[0]).toMatchObject({
        status: 'closed',
        reflections: 1,
        decisions: 1,
      });
    },
  );

  it.skipIf(d.skip)(
    're-reads the facts from the ledger when the snapshot is gone, and says whether they match',
    async () => {
      const { ctx, founder } = await quarterOfCare(d);
      const { evaluationId } = await openEvaluation(ctx, founder, { quarter: '2026-Q1' });
      await ctx.store.db.deleteFrom('evaluation_facts').execute();
      const shown = await showEvaluation(ctx, founder, evaluationId);
      expect(shown).toMatchObject({ factsSource: 'reread', factsVerified: true });
    },
  );
});
