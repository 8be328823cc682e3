import { MEMBER_LEAVE_ENDED, MEMBER_LEAVE_RECORDED } from '../../core/members/leave-events.js';
import type { Projector } from './projector.js';

/**
 * Members' leaves, as core's `foldLeaves` reads them from the ledger (runs use the fold, so an
 * export alone recomputes them; listings and the leave rules use this table).
 *
 * @example await store.db.selectFrom('member_leaves').selectAll().where('member_id', '=', memberId).execute();
 */
export const leavesProjector: Projector = {
  name: 'leaves',
  tables: ['member_leaves'],
  types: [MEMBER_LEAVE_RECORDED, MEMBER_LEAVE_ENDED],
  async apply(db, event) {
    // The app validated every payload against the catalog before it was sealed.
    if (event.type === MEMBER_LEAVE_RECORDED) {
      const p = event.payload;
      await db
        .insertInto('member_leaves')
        .values({
          leave_id: p.leaveId,
          seq: event.seq,
          member_id: p.memberId,
          from_date: p.from,
          to_date: p.to,
          reason: p.reason,
          recorded_at: event.time,
          recorded_by: event.actor,
          ended_at: null,
          ended_by: null,
        })
        .execute();
    } else if (event.type === MEMBER_LEAVE_ENDED) {
      const p = event.payload;
      await db
        .updateTable('member_leaves')
        .set({ to_date: p.lastDay, ended_at: event.time, ended_by: event.actor })
        .where('leave_id', '=', p.leaveId)
        .execute();
    }
  },
};
