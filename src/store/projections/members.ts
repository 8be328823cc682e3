import {
  MEMBER_ADDED,
  MEMBER_CONSTITUENCY_JOINED,
  MEMBER_CONSTITUENCY_LEFT,
  MEMBER_LEFT,
  MEMBER_LEVEL_CHANGED,
  MEMBER_RETURNED,
} from '../../core/members/member-events.js';
import { levelColumns } from './level-columns.js';
import type { Projector } from './projector.js';

/**
 * Members (level, stage, status, founder) and the constituencies they belong to. A member who
 * leaves keeps their rows, marked `left`: rights are refused by status, and a return restores them.
 *
 * @example await store.db.selectFrom('members').selectAll().where('status', '=', 'active').execute();
 */
export const membersProjector: Projector = {
  name: 'members',
  tables: ['members', 'member_constituencies'],
  types: [
    MEMBER_ADDED,
    MEMBER_LEVEL_CHANGED,
    MEMBER_LEFT,
    MEMBER_RETURNED,
    MEMBER_CONSTITUENCY_JOINED,
    MEMBER_CONSTITUENCY_LEFT,
  ],
  async apply(db, event) {
    // The app validated every payload against the catalog before it was sealed.
    switch (event.type) {
      case MEMBER_ADDED: {
        const p = event.payload;
        await db
          .insertInto('members')
          .values({
            id: p.memberId,
            display_name: p.displayName,
            founder: Number(p.founder),
            status: 'active',
            ...levelColumns(p.level),
            joined_at: event.time,
            left_at: null,
          })
          .execute();
        await db
          .insertInto('member_constituencies')
          .values(
            p.constituencyIds.map((id) => ({
              member_id: p.memberId,
              constituency_id: id,
              joined_at: event.time,
            })),
          )
          .execute();
        return;
      }
      case MEMBER_LEVEL_CHANGED: {
        const p = event.payload;
        await db
          .updateTable('members')
          .set(levelColumns(p.level))
          .where('id', '=', p.memberId)
          .execute();
        return;
      }
      case MEMBER_LEFT: {
        const p = event.payload;
        await db
          .updateTable('members')
          .set({ status: 'left', left_at: event.time })
          .where('id', '=', p.memberId)
          .execute();
        return;
      }
      case MEMBER_RETURNED: {
        const p = event.payload;
        await db
          .updateTable('members')
          .set({ status: 'active', left_at: null, ...levelColumns(p.level) })
          .where('id', '=', p.memberId)
          .execute();
        return;
      }
      case MEMBER_CONSTITUENCY_JOINED: {
        const p = event.payload;
        await db
          .insertInto('member_constituencies')
          .values({
            member_id: p.memberId,
            constituency_id: p.constituencyId,
            joined_at: event.time,
          })
          .execute();
        return;
      }
      case MEMBER_CONSTITUENCY_LEFT: {
        const p = event.payload;
        await db
          .deleteFrom('member_constituencies')
          .where('member_id', '=', p.memberId)
          .where('constituency_id', '=', p.constituencyId)
          .execute();
        return;
      }
    }
  },
};
