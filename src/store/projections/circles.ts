import {
  CIRCLE_CREATED,
  CIRCLE_JOINED,
  CIRCLE_LEFT,
  CIRCLE_STEWARD_APPOINTED,
  CIRCLE_STEWARDSHIP_ENDED,
} from '../../core/circles/circle-events.js';
import type { Projector } from './projector.js';

/**
 * Working circles, their members, and every stewardship with its term and how it ended.
 *
 * @example await store.db.selectFrom('stewards').selectAll().where('circle_id', '=', id).where('ended_at', 'is', null).execute();
 */
export const circlesProjector: Projector = {
  name: 'circles',
  tables: ['circles', 'circle_members', 'stewards'],
  types: [
    CIRCLE_CREATED,
    CIRCLE_JOINED,
    CIRCLE_LEFT,
    CIRCLE_STEWARD_APPOINTED,
    CIRCLE_STEWARDSHIP_ENDED,
  ],
  async apply(db, event) {
    // The app validated every payload against the catalog before it was sealed.
    switch (event.type) {
      case CIRCLE_CREATED: {
        const p = event.payload;
        await db
          .insertInto('circles')
          .values({
            id: p.circleId,
            slug: p.slug,
            name: p.name,
            purpose: p.purpose,
            open: Number(p.open),
            created_at: event.time,
          })
          .execute();
        return;
      }
      case CIRCLE_JOINED: {
        const p = event.payload;
        await db
          .insertInto('circle_members')
          .values({ circle_id: p.circleId, member_id: p.memberId, joined_at: event.time })
          .execute();
        return;
      }
      case CIRCLE_LEFT: {
        const p = event.payload;
        await db
          .deleteFrom('circle_members')
          .where('circle_id', '=', p.circleId)
          .where('member_id', '=', p.memberId)
          .execute();
        return;
      }
      case CIRCLE_STEWARD_APPOINTED: {
        const p = event.payload;
        await db
          .insertInto('stewards')
          .values({
            seq: event.seq,
            circle_id: p.circleId,
            member_id: p.memberId,
            term_start: p.termStart,
            term_end: p.termEnd,
            appointed_at: event.time,
            ended_at: null,
            end_reason: null,
          })
          .execute();
        return;
      }
      case CIRCLE_STEWARDSHIP_ENDED: {
        const p = event.payload;
        await db
          .updateTable('stewards')
          .set({ ended_at: event.time, end_reason: p.reason })
          .where('circle_id', '=', p.circleId)
          .where('member_id', '=', p.memberId)
          .where('ended_at', 'is', null)
          .execute();
        return;
      }
    }
  },
};
