import {
  EVALUATION_CLOSED,
  EVALUATION_OPENED,
  EVALUATION_REFLECTED,
} from '../../core/evaluations/evaluation-events.js';
import type { Projector } from './projector.js';

/**
 * Quarterly evaluations and their reflections. The facts they opened with live in
 * `evaluation_facts`, which no projector owns: the ledger holds only their hash.
 *
 * @example await store.db.selectFrom('evaluations').selectAll().where('quarter', '=', '2026-Q3').execute();
 */
export const evaluationsProjector: Projector = {
  name: 'evaluations',
  tables: ['evaluations', 'evaluation_reflections'],
  types: [EVALUATION_OPENED, EVALUATION_REFLECTED, EVALUATION_CLOSED],
  async apply(db, event) {
    switch (event.type) {
      case EVALUATION_OPENED: {
        const p = event.payload;
        await db
          .insertInto('evaluations')
          .values({
            evaluation_id: p.evaluationId,
            seq: event.seq,
            quarter: p.quarter,
            circle_id: p.circleId,
            scope: p.circleId ?? '',
            facts_hash: p.factsHash,
            status: 'open',
            opened_at: event.time,
            opened_by: event.actor,
            closed_at: null,
            closed_by: null,
            summary: null,
            decisions: '[]',
          })
          .execute();
        return;
      }
      case EVALUATION_REFLECTED: {
        const p = event.payload;
        await db
          .insertInto('evaluation_reflections')
          .values({
            reflection_id: p.reflectionId,
            seq: event.seq,
            evaluation_id: p.evaluationId,
            // Reflections are written by members only; the use case refuses the node.
            member_id: event.actor ?? '',
            text: p.text,
            at: event.time,
          })
          .execute();
        return;
      }
      case EVALUATION_CLOSED: {
        const p = event.payload;
        await db
          .updateTable('evaluations')
          .set({
            status: 'closed',
            closed_at: event.time,
            closed_by: event.actor,
            summary: p.summary,
            decisions: JSON.stringify(p.decisions),
          })
          .where('evaluation_id', '=', p.evaluationId)
          .execute();
        return;
      }
      default:
        return;
    }
  },
};
