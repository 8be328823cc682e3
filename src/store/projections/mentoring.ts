import {
  MEMBER_COMMITMENT_RECORDED,
  MEMBER_MENTOR_ASSIGNED,
  MEMBER_MENTOR_REMOVED,
  MEMBER_MILESTONE_RECORDED,
} from '../../core/members/member-events.js';
import type { Projector } from './projector.js';

/**
 * The buddy system: current mentors of each dater, milestones reached, commitment statements.
 *
 * @example await store.db.selectFrom('mentors').select('mentor_id').where('member_id', '=', daterId).execute();
 */
export const mentoringProjector: Projector = {
  name: 'mentoring',
  tables: ['mentors', 'milestones', 'commitments'],
  types: [
    MEMBER_MENTOR_ASSIGNED,
    MEMBER_MENTOR_REMOVED,
    MEMBER_MILESTONE_RECORDED,
    MEMBER_COMMITMENT_RECORDED,
  ],
  async apply(db, event) {
    // The app validated every payload against the catalog before it was sealed.
    switch (event.type) {
      case MEMBER_MENTOR_ASSIGNED: {
        const p = event.payload;
        await db
          .insertInto('mentors')
          .values({ member_id: p.memberId, mentor_id: p.mentorId, assigned_at: event.time })
          .execute();
        return;
      }
      case MEMBER_MENTOR_REMOVED: {
        const p = event.payload;
        await db
          .deleteFrom('mentors')
          .where('member_id', '=', p.memberId)
          .where('mentor_id', '=', p.mentorId)
          .execute();
        return;
      }
      case MEMBER_MILESTONE_RECORDED: {
        const p = event.payload;
        await db
          .insertInto('milestones')
          .values({
            id: p.milestoneId,
            member_id: p.memberId,
            title: p.title,
            date: p.date,
            recorded_at: event.time,
            recorded_by: event.actor,
          })
          .execute();
        return;
      }
      case MEMBER_COMMITMENT_RECORDED: {
        const p = event.payload;
        await db
          .insertInto('commitments')
          .values({
            seq: event.seq,
            member_id: p.memberId,
            statement: p.statement,
            recorded_at: event.time,
          })
          .execute();
        return;
      }
    }
  },
};
