import { z } from 'zod';
import { minimumCount, formatRational, rationalSchema, type Rational } from './rational.js';

export const quorumInputSchema = z.object({
  /** Voter ids eligible to take part, per constituency. A person may appear in several. */
  eligible: z.record(z.string(), z.array(z.string().min(1))),
  /** Who took part and in which constituency's name; one person may appear once per constituency. */
  ballots: z.array(z.object({ voterId: z.string().min(1), constituency: z.string().min(1) })),
  /** Minimum share of the eligible who must take part, per constituency. Missing means no minimum. */
  minimum: z.record(z.string(), rationalSchema),
});

export type QuorumInput = z.input<typeof quorumInputSchema>;

export interface ConstituencyQuorum {
  constituency: string;
  eligible: number;
  participated: number;
  /** Smallest number of participants that meets the minimum. */
  required: number;
  minimum: Rational | null;
  met: boolean;
  /** Ballots cast in this constituency's name by people not eligible in it; they do not count here. */
  ineligible: string[];
}

export interface QuorumReport {
  /** True only when every constituency met its minimum. */
  met: boolean;
  constituencies: ConstituencyQuorum[];
  explanation: string[];
}

/**
 * Reports, per constituency, whether enough of its eligible voters took part. Participation is
 * counted in people (distinct eligible voter ids), never in weight: weighting constituencies against
 * each other is done by the caller through ballot weights and is a separate question from whether
 * enough people showed up. A constituency with no eligible voters meets any minimum (0 of 0).
 * Pass the report to a tally as `context.quorum` to turn an unmet quorum into `no-quorum`.
 * @example
 * checkQuorum({
 *   eligible: { workers: ['ana', 'bo', 'cy'] },
 *   ballots: [{ voterId: 'ana', constituency: 'workers' }, { voterId: 'bo', constituency: 'workers' }],
 *   minimum: { workers: { numerator: 1, denominator: 2 } },
 * }).met // true: 2 of 3 took part, 2 were needed
 */
export function checkQuorum(input: QuorumInput): QuorumReport {
  const { eligible, ballots, minimum } = quorumInputSchema.parse(input);
  const names = [...new Set([...Object.keys(eligible), ...Object.keys(minimum)])].sort();
  const constituencies: ConstituencyQuorum[] = names.map((name) => {
    const allowed = new Set(eligible[name] ?? []);
    const participants = new Set<string>();
    const ineligible = new Set<string>();
    for (const b of ballots) {
      if (b.constituency !== name) continue;
      if (allowed.has(b.voterId)) participants.add(b.voterId);
      else ineligible.add(b.voterId);
    }
    const min = minimum[name] ?? null;
    const required = min ? minimumCount(allowed.size, min) : 0;
    return {
      constituency: name,
      eligible: allowed.size,
      participated: participants.size,
      required,
      minimum: min,
      met: participants.size >= required,
      ineligible: [...ineligible].sort(),
    };
  });
  const explanation = constituencies.map((c) => {
    const rule = c.minimum
      ? `minimum ${formatRational(c.minimum)}, so ${c.required} needed`
      : 'no minimum';
    const extra =
      c.ineligible.length > 0 ? `; not eligible here, not counted: ${c.ineligible.join(', ')}` : '';
    return `${c.constituency}: ${c.participated} of ${c.eligible} took part (${rule}) — quorum ${c.met ? 'met' : 'NOT met'}${extra}.`;
  });
  return { met: constituencies.every((c) => c.met), constituencies, explanation };
}
