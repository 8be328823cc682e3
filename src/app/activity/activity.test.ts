import { describe, expect, it } from 'vitest';
import { dialects, skipping } from '../../../test/support/stores.js';
import { renderEnglish } from '../../core/messages/render-en.js';
import { expectRefused } from '../expect-refused.js';
import { amendProposal } from '../governance/amend-proposal.js';
import { castBallot } from '../governance/cast-ballot.js';
import { postComment } from '../governance/post-comment.js';
import { DAY, openTestGovernance } from '../governance/test-governance.js';
import { search } from '../search/search.js';
import { logContribution } from '../value/log-contribution.js';
import { setRate } from '../value/set-value-settings.js';
import { joinCircle } from '../circles/join-circle.js';
import { listActivity } from './list-activity.js';

async function busyDisco(d: (typeof dialects)[number]) {
  const g = await openTestGovernance(d);
  await setRate(g.gov, g.founder, {
    stream: 'care',
    taskKind: 'meeting',
    per: 'hour',
    amount: '1500',
    effectiveFrom: '2025-01-01',
  });
  const ana = await g.worker('Ana');
  const bo = await g.worker('Bo');
  await joinCircle(g.gov, g.founder, { circleId: 'care', memberId: ana.memberId });
  await logContribution(g.gov, ana, {
    stream: 'care',
    quantity: '2',
    taskKind: 'meeting',
    circle: 'care',
    date: '2026-01-05',
    description: 'Weekly support call',
  });
  const secret = await g.propose({ method: 'consent', secret: true, title: 'Quiet vote' });
  await castBallot(g.gov, ana, { proposalId: secret, ballot: { response: 'consent' } });
  const open = await g.propose({ title: 'Adopt the care rota' }, bo);
  await postComment(g.gov, ana, { proposalId: open, text: 'Count me in' });
  await amendProposal(g.gov, bo, { proposalId: open, title: 'Adopt the weekly care rota' });
  return { ...g, ana, bo, secret, open };
}

const english = (
  items: Awaited<ReturnType<typeof listActivity>>,
  names: Record<string, string>,
): string[] => items.map((i) => renderEnglish(i.message, { nameOf: (id) => names[id] }));

for (const d of dialects) {
  describe.skipIf(skipping(d, 'activity feed'))(`the activity feed (${d.dialect})`, () => {
    it('tells what happened in words, newest first, and keeps a sealed ballot’s voter out', async () => {
      const g = await busyDisco(d);
      const names = { [g.ana.memberId]: 'Ana', [g.bo.memberId]: 'Bo' };
      const items = await listActivity(g.gov, g.bo, { limit: 6 });
      expect(items.map((i) => i.seq)).toEqual([...items.map((i) => i.seq)].sort((a, b) => b - a));
      expect(items[0]!.seq).toBe((await g.ctx.store.head()).size);
      const lines = english(items, names);
      // Each line names the proposal as it was titled then.
      expect(lines.slice(0, 5)).toEqual([
        'Bo amended the proposal “Adopt the weekly care rota”',
        'Ana commented on “Adopt the care rota”',
        'Bo opened the proposal “Adopt the care rota”',
        'A sealed ballot was cast on “Quiet vote”',
        expect.stringMatching(/opened the proposal “Quiet vote”$/),
      ]);
      const sealed = items.find((i) => i.message.code === 'activity.ballot-sealed')!;
      expect(sealed.memberId).toBeNull();
      expect(JSON.stringify(sealed)).not.toContain(g.ana.memberId);
      const [work] = await listActivity(g.gov, g.bo, { kind: 'work' });
      expect(english([work!], names)).toEqual(['Ana logged 2 h of care work in the Care circle']);
      expect(work!.circleId).not.toBeNull();
    });

    it('filters by member, circle and kind, and pages back without a gap or a repeat', async () => {
      const g = await busyDisco(d);
      const anas = await listActivity(g.gov, g.bo, { memberId: g.ana.memberId });
      expect(anas.length).toBeGreaterThanOrEqual(4);
      expect(anas.every((i) => i.memberId === g.ana.memberId)).toBe(true);
      const [work] = await listActivity(g.gov, g.bo, { kind: 'work', limit: 1 });
      const inCare = await listActivity(g.gov, g.bo, { circleId: work!.circleId! });
      expect(inCare.map((i) => i.message.code)).toEqual([
        'activity.contribution-logged-in-circle',
        'activity.circle-joined',
        ...inCare.slice(2).map((i) => i.message.code),
      ]);
      const decisions = await listActivity(g.gov, g.bo, { kind: 'decisions' });
      expect(new Set(decisions.map((i) => i.kind))).toEqual(new Set(['decisions']));

      const all = await listActivity(g.gov, g.bo, { limit: 500 });
      const paged = [];
      let before: number | undefined;
      for (;;) {
        const page = await listActivity(g.gov, g.bo, { limit: 3, ...(before ? { before } : {}) });
        if (page.length === 0) break;
        paged.push(...page);
        before = page.at(-1)!.seq;
      }
      expect(paged).toEqual(all);
      expect(all.length).toBe((await g.ctx.store.head()).size);
    });

    it('is for members, and refuses a kind it does not know', async () => {
      const g = await busyDisco(d);
      await expectRefused(g.gov, () => listActivity(g.gov, null, {}), 401);
      await expectRefused(
        g.gov,
        () => listActivity(g.gov, g.bo, { kind: 'gossip' as never }),
        400,
        'kind',
      );
    });

    it('is rebuilt by replay, with the search index, exactly as live appends built them', async () => {
      const g = await busyDisco(d);
      g.advance(DAY);
      const live = await g.ctx.store.dumpProjections();
      const found = await search(g.gov, g.bo, { q: 'rota' });
      await g.ctx.store.replay();
      const replayed = await g.ctx.store.dumpProjections();
      expect(replayed['activity_feed']).toEqual(live['activity_feed']);
      expect(replayed['search_documents']).toEqual(live['search_documents']);
      expect(found.length).toBeGreaterThan(0);
      expect(await search(g.gov, g.bo, { q: 'rota' })).toEqual(found);
    });
  });
}
