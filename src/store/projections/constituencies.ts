import {
  CONSTITUENCY_DEFINED,
  CONSTITUENCY_RIGHTS_CHANGED,
  type ConstituencyRightsChangedPayload,
} from '../../core/members/constituency-events.js';
import type { Projector } from './projector.js';

function rightColumns(rights: ConstituencyRightsChangedPayload['rights']) {
  return {
    propose: Number(rights.propose),
    comment: Number(rights.comment),
    vote: Number(rights.vote),
    binding_vote: Number(rights.bindingVote),
  };
}

/**
 * Constituencies and their current rights; one statement per event.
 *
 * @example await store.db.selectFrom('constituencies').selectAll().orderBy('slug').execute();
 */
export const constituenciesProjector: Projector = {
  name: 'constituencies',
  tables: ['constituencies'],
  types: [CONSTITUENCY_DEFINED, CONSTITUENCY_RIGHTS_CHANGED],
  async apply(db, event) {
    // The app validated every payload against the catalog before it was sealed.
    if (event.type === CONSTITUENCY_DEFINED) {
      const p = event.payload;
      await db
        .insertInto('constituencies')
        .values({
          id: p.constituencyId,
          slug: p.slug,
          name: p.name,
          ...rightColumns(p.rights),
          defined_at: event.time,
        })
        .execute();
    } else if (event.type === CONSTITUENCY_RIGHTS_CHANGED) {
      const p = event.payload;
      await db
        .updateTable('constituencies')
        .set(rightColumns(p.rights))
        .where('id', '=', p.constituencyId)
        .execute();
    }
  },
};
