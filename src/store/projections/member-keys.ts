import { MEMBER_KEY_REGISTERED, MEMBER_KEY_REVOKED } from '../../core/members/member-events.js';
import type { Projector } from './projector.js';

/**
 * Members' signing keys; `appendEvents` accepts a member signature only under a registered,
 * unrevoked key of the acting member.
 *
 * @example await store.db.selectFrom('member_keys').selectAll().where('member_id', '=', id).execute();
 */
export const memberKeysProjector: Projector = {
  name: 'member_keys',
  tables: ['member_keys'],
  types: [MEMBER_KEY_REGISTERED, MEMBER_KEY_REVOKED],
  async apply(db, event) {
    // The app validated every payload against the catalog before it was sealed.
    if (event.type === MEMBER_KEY_REGISTERED) {
      const p = event.payload;
      await db
        .insertInto('member_keys')
        .values({
          public_key: p.publicKey,
          member_id: p.memberId,
          registered_at: event.time,
          revoked_at: null,
        })
        .execute();
    } else if (event.type === MEMBER_KEY_REVOKED) {
      const p = event.payload;
      await db
        .updateTable('member_keys')
        .set({ revoked_at: event.time })
        .where('public_key', '=', p.publicKey)
        .execute();
    }
  },
};
