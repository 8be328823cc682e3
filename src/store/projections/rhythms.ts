import {
  APPRECIATION_GIVEN,
  RHYTHM_ATTENDANCE_RECORDED,
  RHYTHM_CHANGED,
  RHYTHM_CREATED,
  RHYTHM_ENDED,
  RHYTHM_OCCURRENCE_CREDITED,
} from '../../core/rhythms/rhythm-events.js';
import type { Projector } from './projector.js';

/**
 * Rhythms, who took part in their gatherings, and appreciations, for listings, the calendar feed,
 * the care view and profiles. Check-ins are not here: they are never on the ledger.
 *
 * @example await store.db.selectFrom('rhythms').selectAll().where('ended_at', 'is', null).execute();
 */
export const rhythmsProjector: Projector = {
  name: 'rhythms',
  tables: ['rhythms', 'rhythm_occurrences', 'appreciations'],
  types: [
    RHYTHM_CREATED,
    RHYTHM_CHANGED,
    RHYTHM_ENDED,
    RHYTHM_ATTENDANCE_RECORDED,
    RHYTHM_OCCURRENCE_CREDITED,
    APPRECIATION_GIVEN,
  ],
  async apply(db, event) {
    switch (event.type) {
      case RHYTHM_CREATED: {
        const p = event.payload;
        await db
          .insertInto('rhythms')
          .values({
            rhythm_id: p.rhythmId,
            seq: event.seq,
            circle_id: p.circleId,
            kind: p.kind,
            name: p.name,
            time_zone: p.timeZone,
            start_local: p.start,
            duration_minutes: p.durationMinutes,
            rrule: p.rrule,
            exceptions: JSON.stringify(p.exceptions),
            created_at: event.time,
            created_by: event.actor,
            changed_at: null,
            ended_at: null,
          })
          .execute();
        return;
      }
      case RHYTHM_CHANGED: {
        const p = event.payload;
        await db
          .updateTable('rhythms')
          .set({
            kind: p.kind,
            name: p.name,
            time_zone: p.timeZone,
            start_local: p.start,
            duration_minutes: p.durationMinutes,
            rrule: p.rrule,
            exceptions: JSON.stringify(p.exceptions),
            changed_at: event.time,
          })
          .where('rhythm_id', '=', p.rhythmId)
          .execute();
        return;
      }
      case RHYTHM_ENDED:
        await db
          .updateTable('rhythms')
          .set({ ended_at: event.time })
          .where('rhythm_id', '=', event.payload.rhythmId)
          .execute();
        return;
      case RHYTHM_ATTENDANCE_RECORDED: {
        const p = event.payload;
        const participants = JSON.stringify(p.participants);
        await db
          .insertInto('rhythm_occurrences')
          .values({
            rhythm_id: p.rhythmId,
            occurrence: p.occurrence,
            participants,
            recorded_at: event.time,
            recorded_by: event.actor,
            credited_at: null,
            credited_by: null,
          })
          .onConflict((oc) =>
            oc.columns(['rhythm_id', 'occurrence']).doUpdateSet({
              participants,
              recorded_at: event.time,
              recorded_by: event.actor,
            }),
          )
          .execute();
        return;
      }
      case RHYTHM_OCCURRENCE_CREDITED:
        await db
          .updateTable('rhythm_occurrences')
          .set({ credited_at: event.time, credited_by: event.actor })
          .where('rhythm_id', '=', event.payload.rhythmId)
          .where('occurrence', '=', event.payload.occurrence)
          .execute();
        return;
      case APPRECIATION_GIVEN: {
        const p = event.payload;
        await db
          .insertInto('appreciations')
          .values({
            appreciation_id: p.appreciationId,
            seq: event.seq,
            // Appreciations are given by members only; the use case refuses the node.
            from_member: event.actor ?? '',
            member_id: p.memberId,
            contribution_id: p.contributionId,
            period_from: p.period?.from ?? null,
            period_to: p.period?.to ?? null,
            note: p.note,
            given_at: event.time,
          })
          .execute();
        return;
      }
      default:
        return;
    }
  },
};
