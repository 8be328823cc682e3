import { delegationScope } from '../../core/governance/delegation.js';
import { DELEGATION_REVOKED, DELEGATION_SET } from '../../core/governance/delegation-events.js';
import type { Projector } from './projector.js';

/**
 * Each member's standing delegations, one per scope; a new one in a scope replaces the old.
 *
 * @example await store.db.selectFrom('delegations').selectAll().where('delegator_id', '=', ana).execute();
 */
export const delegationsProjector: Projector = {
  name: 'delegations',
  tables: ['delegations'],
  types: [DELEGATION_SET, DELEGATION_REVOKED],
  async apply(db, event) {
    // The app validated every payload against the catalog before it was sealed.
    switch (event.type) {
      case DELEGATION_SET: {
        const p = event.payload;
        const row = {
          circle_id: p.circleId,
          topic: p.topic,
          delegate_id: p.delegateId,
          seq: event.seq,
          set_at: event.time,
        };
        await db
          .insertInto('delegations')
          .values({ delegator_id: event.actor ?? '', scope: delegationScope(p), ...row })
          .onConflict((oc) => oc.columns(['delegator_id', 'scope']).doUpdateSet(row))
          .execute();
        return;
      }
      case DELEGATION_REVOKED: {
        const p = event.payload;
        await db
          .deleteFrom('delegations')
          .where('delegator_id', '=', event.actor ?? '')
          .where('scope', '=', delegationScope(p))
          .execute();
        return;
      }
    }
  },
};
