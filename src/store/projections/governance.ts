import {
  FEDERATION_FOLLOW_DECIDED,
  FEDERATION_UNFOLLOW_DECIDED,
} from '../../core/federation/federation-events.js';
import { canonicalString } from '../../core/ledger/canonical.js';
import {
  BALLOT_CAST,
  BALLOT_SEALED,
  BALLOTS_REVEALED,
  GOVERNANCE_PARAMETERS_SET,
  OUTCOME_STATED,
  PROPOSAL_AMENDED,
  PROPOSAL_CLOSED,
  PROPOSAL_OPENED,
  PROPOSAL_WITHDRAWN,
} from '../../core/governance/proposal-events.js';
import {
  MEMBER_LEFT,
  MEMBER_LEVEL_CHANGED,
  MEMBER_RETURNED,
} from '../../core/members/member-events.js';
import type { MembershipDecision } from '../../core/members/vocabulary.js';
import { FINANCE_EVENT } from '../../core/finance/events.js';
import type { Projector } from './projector.js';

/**
 * Proposals with their versions, current ballots and ballot history, and the governance
 * parameters. A membership event whose decision is a proposal marks that proposal executed: the
 * ledger links the effect to the decision, and this makes the link queryable.
 *
 * @example await store.db.selectFrom('ballots').selectAll().where('proposal_id', '=', id).execute();
 */
export const governanceProjector: Projector = {
  name: 'governance',
  tables: ['proposals', 'proposal_versions', 'ballots', 'ballot_history', 'governance_parameters'],
  types: [
    PROPOSAL_OPENED,
    PROPOSAL_AMENDED,
    PROPOSAL_WITHDRAWN,
    BALLOT_CAST,
    BALLOT_SEALED,
    BALLOTS_REVEALED,
    PROPOSAL_CLOSED,
    OUTCOME_STATED,
    GOVERNANCE_PARAMETERS_SET,
    MEMBER_LEVEL_CHANGED,
    MEMBER_LEFT,
    MEMBER_RETURNED,
    FINANCE_EVENT.parametersSet,
    FEDERATION_FOLLOW_DECIDED,
    FEDERATION_UNFOLLOW_DECIDED,
  ],
  async apply(db, event) {
    // The app validated every payload against the catalog before it was sealed.
    switch (event.type) {
      case PROPOSAL_OPENED: {
        const p = event.payload;
        const change = canonicalString(p.change);
        await db
          .insertInto('proposals')
          .values({
            id: p.proposalId,
            kind: p.change.kind,
            title: p.title,
            body: p.body,
            change,
            circle_id: p.circleId,
            author_id: event.actor ?? '',
            deadline: p.deadline,
            method: p.method,
            settings: canonicalString(p.settings),
            version: 1,
            status: 'open',
            opened_at: event.time,
            ended_at: null,
            outcome: null,
            result: null,
            executed_seq: null,
            outcome_statement: null,
            review_date: null,
            review_of: p.reviewOf ?? null,
            review_id: null,
            secret: Number(p.secret === true),
            results_hidden: Number(p.secret === true || p.resultsHidden === true),
          })
          .execute();
        if (p.reviewOf)
          await db
            .updateTable('proposals')
            .set({ review_id: p.proposalId })
            .where('id', '=', p.reviewOf)
            .execute();
        await db
          .insertInto('proposal_versions')
          .values({
            proposal_id: p.proposalId,
            version: 1,
            title: p.title,
            body: p.body,
            change,
            recorded_at: event.time,
          })
          .execute();
        return;
      }
      case PROPOSAL_AMENDED: {
        const p = event.payload;
        const change = canonicalString(p.change);
        await db
          .updateTable('proposals')
          .set({ title: p.title, body: p.body, change, version: p.version })
          .where('id', '=', p.proposalId)
          .execute();
        await db
          .insertInto('proposal_versions')
          .values({
            proposal_id: p.proposalId,
            version: p.version,
            title: p.title,
            body: p.body,
            change,
            recorded_at: event.time,
          })
          .execute();
        return;
      }
      case PROPOSAL_WITHDRAWN: {
        const p = event.payload;
        await db
          .updateTable('proposals')
          .set({ status: 'withdrawn', ended_at: event.time })
          .where('id', '=', p.proposalId)
          .execute();
        return;
      }
      case BALLOT_CAST:
      case BALLOT_SEALED: {
        const p = event.payload;
        const voter = event.actor ?? '';
        // A sealed ballot's choice is `{}` until the close reveals it.
        const ballot = 'ballot' in p ? canonicalString(p.ballot) : '{}';
        const commitment = 'commitment' in p ? p.commitment : null;
        const row = {
          seq: event.seq,
          version: p.version,
          ballot,
          weight: p.weight,
          binding: Number(p.binding),
          constituency_ids: JSON.stringify(p.constituencyIds),
          cast_at: event.time,
          commitment,
        };
        await db
          .insertInto('ballots')
          .values({ proposal_id: p.proposalId, voter_id: voter, ...row })
          .onConflict((oc) => oc.columns(['proposal_id', 'voter_id']).doUpdateSet(row))
          .execute();
        await db
          .insertInto('ballot_history')
          .values({
            seq: event.seq,
            proposal_id: p.proposalId,
            voter_id: voter,
            version: p.version,
            ballot,
            cast_at: event.time,
            commitment,
          })
          .execute();
        return;
      }
      case BALLOTS_REVEALED: {
        const p = event.payload;
        for (const o of p.openings) {
          const ballot = canonicalString(o.ballot);
          await db.updateTable('ballots').set({ ballot }).where('seq', '=', o.seq).execute();
          await db.updateTable('ballot_history').set({ ballot }).where('seq', '=', o.seq).execute();
        }
        return;
      }
      case PROPOSAL_CLOSED: {
        const p = event.payload;
        await db
          .updateTable('proposals')
          .set({
            status: 'closed',
            ended_at: p.closedAt,
            outcome: p.outcome,
            result: canonicalString(p.result),
          })
          .where('id', '=', p.proposalId)
          .execute();
        return;
      }
      case OUTCOME_STATED: {
        const p = event.payload;
        await db
          .updateTable('proposals')
          .set({ outcome_statement: p.statement, review_date: p.reviewDate })
          .where('id', '=', p.proposalId)
          .execute();
        return;
      }
      case GOVERNANCE_PARAMETERS_SET: {
        const p = event.payload;
        const values = { parameters: canonicalString(p.parameters), set_at: event.time };
        await db
          .insertInto('governance_parameters')
          .values({ id: 1, ...values })
          .onConflict((oc) => oc.column('id').doUpdateSet(values))
          .execute();
        if (p.proposalId)
          await db
            .updateTable('proposals')
            .set({ executed_seq: event.seq })
            .where('id', '=', p.proposalId)
            .execute();
        return;
      }
      case MEMBER_LEVEL_CHANGED:
      case MEMBER_LEFT:
      case MEMBER_RETURNED: {
        const decision = event.payload['decision'] as MembershipDecision;
        if (decision.kind !== 'proposal') return;
        await db
          .updateTable('proposals')
          .set({ executed_seq: event.seq })
          .where('id', '=', decision.proposalId)
          .execute();
        return;
      }
      case FEDERATION_FOLLOW_DECIDED:
      case FEDERATION_UNFOLLOW_DECIDED:
        await db
          .updateTable('proposals')
          .set({ executed_seq: event.seq })
          .where('id', '=', event.payload.proposalId)
          .execute();
        return;
      case FINANCE_EVENT.parametersSet: {
        const decidedBy = event.payload.decidedBy;
        if (decidedBy.kind === 'proposal')
          await db
            .updateTable('proposals')
            .set({ executed_seq: event.seq })
            .where('id', '=', decidedBy.proposalId)
            .execute();
        return;
      }
    }
  },
};
