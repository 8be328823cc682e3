import { DEFAULT_MEMBERSHIP_SETTINGS, decisionProblems, type MembershipSettings } from '../../core/members/decision-rules.js';
import type { MembershipDecision } from '../../core/members/vocabulary.js';
import { AppError } from '../errors.js';
import { refuseIf } from './use-case-steps.js';

/**
 * The DisCO's membership settings. No event sets them yet: governance will record
 * `membershipChangesRequireProposal` and this is where it will be read.
 */
export function membershipSettings(): MembershipSettings {
  return DEFAULT_MEMBERSHIP_SETTINGS;
}

/**
 * Refuses a decision the settings do not accept, and proposals, which cannot be checked until
 * governance records them: a proposal id that nothing can verify would let anyone claim one.
 *
 * @example checkDecision({ kind: 'founder-action' }); // passes under the default settings
 */
export function checkDecision(decision: MembershipDecision): void {
  refuseIf(decisionProblems(decision, membershipSettings()), 'This membership change needs another kind of decision.');
  if (decision.kind === 'proposal') {
    throw new AppError(
      422,
      'refused',
      'Decisions by proposal are not recorded by this version yet.',
      'Record the change as a founder action until governance is available.',
      [{ field: 'decision.kind', message: 'proposals are not available yet' }],
    );
  }
}
