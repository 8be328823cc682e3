import { activityLineOf } from '../../core/activity/activity-line.js';
import { eventDefinitions } from '../../core/event-payloads.js';
import { MESSAGE_CODES, type MessageParams } from '../../core/messages/codes.js';
import type { Projector } from './projector.js';

/**
 * The activity feed: one line per event, kept as it reads on the day it happened. Circle names and
 * proposal titles come from the circles and governance projections, which run earlier on the same
 * event, so a line names the proposal as it was titled then, in a live append and in a replay.
 *
 * @example await store.db.selectFrom('activity_feed').selectAll().orderBy('seq', 'desc').limit(20).execute();
 */
export const activityProjector: Projector = {
  name: 'activity',
  tables: ['activity_feed'],
  types: eventDefinitions.map((d) => d.type),
  async apply(db, event) {
    const line = activityLineOf(event);
    const params: MessageParams = { ...line.params };
    let circleId = line.circleId;
    if (line.proposalId !== null) {
      const proposal = await db
        .selectFrom('proposals')
        .select(['title', 'circle_id'])
        .where('id', '=', line.proposalId)
        .executeTakeFirst();
      params.proposal = proposal?.title ?? line.proposalId;
      circleId ??= proposal?.circle_id ?? null;
    }
    if (circleId !== null && MESSAGE_CODES[line.code].params.includes('circle')) {
      const circle = await db
        .selectFrom('circles')
        .select('name')
        .where('id', '=', circleId)
        .executeTakeFirst();
      params.circle = circle?.name ?? circleId;
    }
    await db
      .insertInto('activity_feed')
      .values({
        seq: event.seq,
        kind: line.kind,
        member_id: line.memberId,
        circle_id: circleId,
        proposal_id: line.proposalId,
        code: line.code,
        params: JSON.stringify(params),
        at: event.time,
      })
      .execute();
  },
};
