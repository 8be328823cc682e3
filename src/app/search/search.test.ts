import { describe, expect, it } from 'vitest';
import { dialects, skipping } from '../../../test/support/stores.js';
import { expectRefused } from '../expect-refused.js';
import { amendProposal } from '../governance/amend-proposal.js';
import { editComment } from '../governance/edit-comment.js';
import { postComment } from '../governance/post-comment.js';
import { openTestGovernance } from '../governance/test-governance.js';
import { changeMemberLevel } from '../members/change-member-level.js';
import { editContribution } from '../value/edit-contribution.js';
import { logContribution } from '../value/log-contribution.js';
import { registerCommonsResource } from '../value/register-commons-resource.js';
import { setRate } from '../value/set-value-settings.js';
import { search, wordsOf } from './search.js';

async function gardenDisco(d: (typeof dialects)[number]) {
  const g = await openTestGovernance(d);
  await setRate(g.gov, g.founder, {
    stream: 'love',
    taskKind: 'gardening',
    per: 'hour',
    amount: '1000',
    effectiveFrom: '2025-01-01',
  });
  const ana = await g.worker('Ana');
  const gardenia = await g.worker('Gardenia');
  const proposalId = await g.propose(
    { title: 'A community garden', body: 'Plant in spring.' },
    ana,
  );
  const { commentId } = await postComment(g.gov, gardenia, {
    proposalId,
    text: 'I can bring the garden tools',
  });
  const { contributionId } = await logContribution(g.gov, ana, {
    stream: 'love',
    quantity: '3',
    taskKind: 'gardening',
    circle: 'care',
    date: '2026-01-05',
    description: 'Watered the garden beds',
  });
  await registerCommonsResource(g.gov, ana, {
    title: 'Garden guide',
    kind: 'article',
    licence: 'CC-BY-SA-4.0',
    link: 'https://example.org/garden',
  });
  return { ...g, ana, gardenia, proposalId, commentId, contributionId };
}

const kindsOf = (results: { kind: string }[]) => results.map((r) => r.kind).sort();

describe('wordsOf', () => {
  it('keeps letters and digits only, so no query syntax reaches the engine', () => {
    expect(wordsOf('"garden" AND (co-op)* NEAR/2 a:b & !c')).toEqual([
      'garden',
      'and',
      'co',
      'op',
      'near',
      '2',
      'a',
      'b',
      'c',
    ]);
    expect(wordsOf('  *** "" ')).toEqual([]);
    expect(wordsOf('Jardín JARDÍN')).toEqual(['jardín']);
  });
});

for (const d of dialects) {
  describe.skipIf(skipping(d, 'search'))(`search (${d.dialect})`, () => {
    it('finds proposals, comments, members, contributions and commons by word and prefix', async () => {
      const g = await gardenDisco(d);
      const found = await search(g.gov, g.ana, { q: 'garden' });
      expect(kindsOf(found)).toEqual(['comment', 'commons', 'contribution', 'member', 'proposal']);
      const comment = found.find((r) => r.kind === 'comment')!;
      expect(comment).toMatchObject({
        id: g.commentId,
        proposalId: g.proposalId,
        title: 'A community garden',
        memberId: g.gardenia.memberId,
      });
      expect(kindsOf(await search(g.gov, g.ana, { q: 'GARDEN tools' }))).toEqual(['comment']);
      expect(kindsOf(await search(g.gov, g.ana, { q: 'garden', kind: 'member' }))).toEqual([
        'member',
      ]);
      expect(await search(g.gov, g.ana, { q: 'orchard' })).toEqual([]);
      await registerCommonsResource(g.gov, g.ana, {
        title: 'Guía del jardín',
        kind: 'article',
        licence: 'CC-BY-SA-4.0',
        link: 'https://example.org/jardin',
      });
      expect(kindsOf(await search(g.gov, g.ana, { q: 'JARDÍN' }))).toEqual(['commons']);
      // FTS5 folds accents; PostgreSQL's `simple` configuration keeps them (docs/architecture.md).
      const unaccented = await search(g.gov, g.ana, { q: 'jardin' });
      expect(kindsOf(unaccented)).toEqual(d.dialect === 'sqlite' ? ['commons'] : []);
    });

    it('follows amendments and edits, and forgets a superseded contribution', async () => {
      const g = await gardenDisco(d);
      await amendProposal(g.gov, g.ana, { proposalId: g.proposalId, title: 'A community orchard' });
      await editComment(g.gov, g.gardenia, {
        proposalId: g.proposalId,
        commentId: g.commentId,
        text: 'I can bring ladders',
      });
      const { contributionId } = await editContribution(g.gov, g.ana, {
        contributionId: g.contributionId,
        description: 'Pruned the orchard trees',
      });
      const orchard = await search(g.gov, g.ana, { q: 'orchard' });
      expect(orchard.map((r) => [r.kind, r.id])).toEqual(
        expect.arrayContaining([
          ['proposal', g.proposalId],
          ['contribution', contributionId],
        ]),
      );
      expect(orchard).toHaveLength(2);
      expect(kindsOf(await search(g.gov, g.ana, { q: 'ladders' }))).toEqual(['comment']);
      // The task kind, gardening, still matches; the superseded contribution is gone.
      const garden = await search(g.gov, g.ana, { q: 'garden', kind: 'contribution' });
      expect(garden.map((r) => r.id)).toEqual([contributionId]);
      // A replay projects the whole ledger as one page: each row written by a batch's
      // multi-row insert must meet its amendment or edit in the events' order.
      const live = (await g.gov.store.dumpProjections())['search_documents'];
      await g.gov.store.replay();
      expect((await g.gov.store.dumpProjections())['search_documents']).toEqual(live);
      expect(live?.length).toBeGreaterThan(4);
      expect((await search(g.gov, g.ana, { q: 'orchard' })).map((r) => r.id).sort()).toEqual(
        [g.proposalId, contributionId].sort(),
      );
      expect(await search(g.gov, g.ana, { q: 'watered' })).toEqual([]);
      // The bulk way a large ledger's replay goes (on SQLite the full-text triggers set aside and
      // the full-text index built once at the end) finds the same, the superseded row included.
      (g.gov.store as unknown as { replayBulkFrom: number }).replayBulkFrom = 0;
      await g.gov.store.replay();
      expect((await g.gov.store.dumpProjections())['search_documents']).toEqual(live);
      expect((await search(g.gov, g.ana, { q: 'orchard' })).map((r) => r.id).sort()).toEqual(
        [g.proposalId, contributionId].sort(),
      );
      expect(await search(g.gov, g.ana, { q: 'watered' })).toEqual([]);
      expect(
        (await search(g.gov, g.ana, { q: 'garden', kind: 'contribution' })).map((r) => r.id),
      ).toEqual([contributionId]);
    });

    it('shows each searcher only what they may list: a visitor or a member who left finds commons alone', async () => {
      const g = await gardenDisco(d);
      expect(kindsOf(await search(g.gov, null, { q: 'garden' }))).toEqual(['commons']);
      await changeMemberLevel(g.gov, g.founder, { memberId: g.gardenia.memberId, level: 'left' });
      const left = await g.actor(g.gardenia.memberId);
      expect(left.status).toBe('left');
      expect(kindsOf(await search(g.gov, left, { q: 'garden' }))).toEqual(['commons']);
      expect(await search(g.gov, null, { q: 'garden', kind: 'proposal' })).toEqual([]);
    });

    it('answers 400, never 500, to an empty, wordless or too long query, and reads syntax as words', async () => {
      const g = await gardenDisco(d);
      for (const q of ['', '   ', '"', '*', '()', '&|!:'])
        await expectRefused(g.gov, () => search(g.gov, g.ana, { q }), 400, 'q');
      await expectRefused(g.gov, () => search(g.gov, g.ana, { q: 'a'.repeat(201) }), 400, 'q');
      for (const q of [
        'garden*',
        '"garden',
        'garden:*',
        'garden & !x',
        'garden OR',
        'NOT garden',
        'NEAR(garden',
      ])
        await search(g.gov, g.ana, { q });
      expect(kindsOf(await search(g.gov, g.ana, { q: '"garden" AND tools' }))).toEqual([]);
      expect(kindsOf(await search(g.gov, g.ana, { q: '(garden) tools!' }))).toEqual(['comment']);
    });
  });
}
