/**
 * A ballot as a person reads it, whatever its method: rankings numbered, approvals listed, scores
 * and dots as "option: n", a yes/no or an objection as its words. The ballot form shows the same
 * ballot in full; this is the one-line echo beside it and in the list of ballots cast.
 *
 * @example summarizeBallot({ ranking: ['Thu', 'Tue'] }) // '1. Thu, 2. Tue'
 */
export function summarizeBallot(ballot: unknown): string {
  if (ballot === null || ballot === undefined) return '—';
  if (typeof ballot !== 'object') return String(ballot);
  if (Array.isArray(ballot)) return ballot.map((item) => summarizeBallot(item)).join(', ');
  return Object.entries(ballot as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => {
      if (key === 'ranking' && Array.isArray(value))
        return value.map((option, i) => `${i + 1}. ${String(option)}`).join(', ');
      if (Array.isArray(value)) return value.map((item) => summarizeBallot(item)).join(', ');
      if (typeof value === 'object')
        return Object.entries(value as Record<string, unknown>)
          .map(([option, n]) => `${option}: ${summarizeBallot(n)}`)
          .join(', ');
      return ['choice', 'approvals'].includes(key) ? String(value) : `${key}: ${String(value)}`;
    })
    .join('; ');
}
