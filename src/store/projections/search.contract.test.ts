import { describe, expect, it } from 'vitest';
import { dialects, skipping, testStore } from '../../../test/support/stores.js';
import { PROPOSAL_AMENDED, PROPOSAL_OPENED } from '../../core/governance/proposal-events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { VALUE_EVENT } from '../../core/value/events.js';
import { searchProjector } from './search.js';

/** An event as the projector reads it: only type, seq, actor and the payload fields it uses. */
function event(seq: number, type: string, payload: Record<string, unknown>): LedgerEvent {
  return {
    format: 1,
    seq,
    prev: '',
    type,
    schema: 1,
    payload,
    actor: 'm1',
    time: '2026-01-05T09:00:00.000Z',
    hash: '',
    nodeSig: '',
  } as unknown as LedgerEvent;
}

const logged = (seq: number, id: string, description: string) =>
  event(seq, VALUE_EVENT.contributionLogged, {
    contributionId: id,
    member: 'm1',
    taskKind: 'meeting',
    description,
  });

const EVENTS: LedgerEvent[] = [
  event(1, PROPOSAL_OPENED, { proposalId: 'p1', title: 'Garden', body: 'Dig it' }),
  logged(2, 'c1', 'first draft'),
  logged(3, 'c2', 'kept'),
  // A correction of a contribution logged earlier in the same batch: the first row must go.
  event(4, VALUE_EVENT.contributionEdited, {
    contributionId: 'c3',
    supersedes: 'c1',
    member: 'm1',
    taskKind: 'meeting',
    description: 'corrected',
  }),
  event(5, PROPOSAL_AMENDED, { proposalId: 'p1', title: 'Orchard', body: 'Plant it', version: 2 }),
  logged(6, 'c4', 'after'),
];

for (const d of dialects) {
  describe.skipIf(skipping(d, 'search projector batches'))(
    `search documents (${d.dialect})`,
    () => {
      it('a batch writes what the same events write one by one, edits and amendments included', async () => {
        const rows = async (pages: LedgerEvent[][]) => {
          const store = await testStore(d);
          for (const page of pages) await searchProjector.applyBatch!(store.db, page);
          return store.db
            .selectFrom('search_documents')
            .select(['doc_id', 'kind', 'ref_id', 'title', 'body', 'seq'])
            .orderBy('doc_id')
            .execute();
        };
        const whole = await rows([EVENTS]);
        expect(whole.map((r) => [r.ref_id, r.title, r.body, Number(r.seq)])).toEqual([
          ['p1', 'Orchard', 'Plant it', 5],
          ['c2', 'meeting', 'kept', 3],
          ['c3', 'meeting', 'corrected', 4],
          ['c4', 'meeting', 'after', 6],
        ]);
        expect(await rows(EVENTS.map((e) => [e]))).toEqual(whole);
      });
    },
  );
}
