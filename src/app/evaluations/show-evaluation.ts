import type { Actor } from '../../core/access/actor.js';
import {
  evaluationFacts,
  factsHash,
  quarterNamed,
  type EvaluationFacts,
} from '../../core/evaluations/evaluation-facts.js';
import type { AppContext } from '../context.js';
import { ensureAllowed } from '../use-case-steps.js';
import { requireEvaluation } from './evaluation-facts.js';
import { evaluationInputs } from './evaluation-inputs.js';

export interface EvaluationView {
  evaluationId: string;
  quarter: string;
  from: string;
  to: string;
  circleId: string | null;
  circleName: string | null;
  status: 'open' | 'closed';
  openedAt: string;
  openedBy: string | null;
  closedAt: string | null;
  closedBy: string | null;
  summary: string | null;
  /** The hash `evaluation.opened` recorded. */
  factsHash: string;
  /** Whether the facts shown hash to it: true for the snapshot kept when it opened. */
  factsVerified: boolean;
  /** `snapshot` when kept since it opened; `reread` when read again from today's ledger (a node restored from the ledger alone). */
  factsSource: 'snapshot' | 'reread';
  facts: EvaluationFacts;
  /** Shown names of every member the facts, reflections or decisions mention. */
  names: Record<string, string>;
  reflections: Array<{ reflectionId: string; memberId: string; text: string; at: string }>;
  decisions: Array<{
    kind: 'review' | 'duty-adjustment';
    proposalId: string;
    title: string;
    status: string;
  }>;
}

/**
 * One evaluation whole: its facts (the snapshot kept when it opened, checked against the hash on
 * the ledger), reflections in ledger order, and the proposals it closed with.
 *
 * @example (await showEvaluation(ctx, bo, evaluationId)).facts.careHours.gini
 */
export async function showEvaluation(
  ctx: AppContext,
  actor: Actor | null,
  evaluationId: string,
): Promise<EvaluationView> {
  ensureAllowed('evaluation.read', actor);
  const db = ctx.store.db;
  const found = await requireEvaluation(db, evaluationId);
  const [row, snapshot, reflections, circle] = await Promise.all([
    db
      .selectFrom('evaluations')
      .selectAll()
      .where('evaluation_id', '=', evaluationId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('evaluation_facts')
      .select('facts')
      .where('evaluation_id', '=', evaluationId)
      .executeTakeFirst(),
    db
      .selectFrom('evaluation_reflections')
      .select(['reflection_id', 'member_id', 'text', 'at'])
      .where('evaluation_id', '=', evaluationId)
      .orderBy('seq')
      .execute(),
    found.circleId === null
      ? undefined
      : db.selectFrom('circles').select('name').where('id', '=', found.circleId).executeTakeFirst(),
  ]);
  const quarter = quarterNamed(row.quarter)!;
  const facts: EvaluationFacts = snapshot
    ? (JSON.parse(snapshot.facts) as EvaluationFacts)
    : evaluationFacts(await evaluationInputs(db, ctx.store.dialect, quarter, found.circleId));
  const decided = JSON.parse(row.decisions) as EvaluationView['decisions'];
  const proposals =
    decided.length === 0
      ? []
      : await db
          .selectFrom('proposals')
          .select(['id', 'title', 'status', 'outcome'])
          .where(
            'id',
            'in',
            decided.map((d) => d.proposalId),
          )
          .execute();
  const mentioned = new Set<string>([
    ...facts.careHours.shares.map((s) => s.memberId),
    ...facts.duties.items.map((d) => d.memberId),
    ...facts.appreciations.received.map((a) => a.memberId),
    ...reflections.map((r) => r.member_id),
    ...[row.opened_by, row.closed_by].filter((m): m is string => m !== null),
  ]);
  const people =
    mentioned.size === 0
      ? []
      : await db
          .selectFrom('members')
          .select(['id', 'display_name'])
          .where('id', 'in', [...mentioned])
          .execute();
  return {
    evaluationId,
    quarter: row.quarter,
    from: quarter.start,
    to: quarter.end,
    circleId: row.circle_id,
    circleName: circle?.name ?? null,
    status: row.status,
    openedAt: row.opened_at,
    openedBy: row.opened_by,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    summary: row.summary,
    factsHash: row.facts_hash,
    factsVerified: factsHash(facts) === row.facts_hash,
    factsSource: snapshot ? 'snapshot' : 'reread',
    facts,
    names: Object.fromEntries(people.map((p) => [p.id, p.display_name])),
    reflections: reflections.map((r) => ({
      reflectionId: r.reflection_id,
      memberId: r.member_id,
      text: r.text,
      at: r.at,
    })),
    decisions: decided.map((d) => {
      const p = proposals.find((x) => x.id === d.proposalId);
      return {
        kind: d.kind,
        proposalId: d.proposalId,
        title: p?.title ?? '',
        status: p ? (p.outcome ?? p.status) : 'unknown',
      };
    }),
  };
}
