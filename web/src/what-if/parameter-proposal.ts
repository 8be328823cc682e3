import type { components } from '../api/schema';

/** The yes-or-no methods a parameter change can be decided by (choices among options make no sense for one document). */
export const PARAMETER_CHANGE_METHODS = [
  'consent',
  'consensus',
  'lazy-consensus',
  'majority',
  'supermajority',
] as const;
export type ParameterChangeMethod = (typeof PARAMETER_CHANGE_METHODS)[number];

export interface ParameterProposalDraft {
  title: string;
  summary: string;
  /** `YYYY-MM-DD`: written into the document's own `effectiveFrom`, which is what the node applies. */
  effectiveFrom: string;
  /** `YYYY-MM-DDTHH:mm` in the browser's time zone, as a datetime-local field holds it. */
  deadline: string;
  method: ParameterChangeMethod;
}

export type OpenProposalBody = components['schemas']['OpenProposal'];

/** What the browser can tell before asking the node: the document must be a JSON object and the deadline a time. */
export type DraftProblem =
  | { field: 'document'; key: 'distribution.badJson'; error: string }
  | { field: 'document'; key: 'distribution.notObject' }
  | { field: 'deadline'; key: 'propose.badDeadline' };

const pad = (n: number) => String(n).padStart(2, '0');

/** A local time as a datetime-local field writes it. */
export function localDateTime(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The first day of the month after `today` (`YYYY-MM-DD`): parameter versions usually start with a month. */
export function firstOfNextMonth(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
}

/**
 * Where a new version should start unless the member says otherwise: the edited document's own
 * date when it is later than the version in force's (they chose it), else the first of next month
 * (the version in force's own date would overlap it).
 *
 * @example defaultEffectiveFrom('{"effectiveFrom":"2020-01-01"}', '2020-01-01', '2026-03-14') // '2026-04-01'
 */
export function defaultEffectiveFrom(
  documentText: string,
  inForceFrom: string | null,
  today: string,
): string {
  let own: unknown = null;
  try {
    own = (JSON.parse(documentText) as { effectiveFrom?: unknown }).effectiveFrom;
  } catch {
    own = null;
  }
  if (
    typeof own === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(own) &&
    (inForceFrom === null || own > inForceFrom) &&
    own > today
  )
    return own;
  return firstOfNextMonth(today);
}

/**
 * The body of `POST /api/proposals` for a `cat-parameter-change` carrying the edited document,
 * with the chosen start date as its `effectiveFrom`; or what must be fixed before sending.
 * Everything else (title, the document's content, overlap) is the node's to judge.
 */
export function parameterProposalBody(
  draft: ParameterProposalDraft,
  documentText: string,
): { ok: true; body: OpenProposalBody } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  let document: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = JSON.parse(documentText);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      document = parsed as Record<string, unknown>;
    else problems.push({ field: 'document', key: 'distribution.notObject' });
  } catch (error) {
    problems.push({
      field: 'document',
      key: 'distribution.badJson',
      error: error instanceof Error ? error.message : String(error),
    });
  }
  const deadline = new Date(draft.deadline);
  if (draft.deadline === '' || Number.isNaN(deadline.getTime()))
    problems.push({ field: 'deadline', key: 'propose.badDeadline' });
  if (problems.length > 0 || document === null) return { ok: false, problems };
  return {
    ok: true,
    body: {
      title: draft.title.trim(),
      body: draft.summary.trim(),
      method: draft.method,
      deadline: deadline.toISOString(),
      change: {
        kind: 'cat-parameter-change',
        parameters: { ...document, effectiveFrom: draft.effectiveFrom },
      },
    },
  };
}
