import { refusal } from '../errors.js';
import type { Kysely } from 'kysely';
import { canonicalString } from '../../core/ledger/canonical.js';
import { MESSAGE_CODES, message, type MessageCode } from '../../core/messages/codes.js';
import {
  DEFAULT_MEMBERSHIP_SETTINGS,
  decisionProblems,
  type MembershipSettings,
} from '../../core/members/decision-rules.js';
import type { RuleProblem } from '../../core/members/rule-problem.js';
import type { MembershipDecision } from '../../core/members/vocabulary.js';
import type { MembershipChange } from '../../core/governance/vocabulary.js';
import type { Database } from '../../store/schema.js';
import { refuseIf } from '../use-case-steps.js';

const MESSAGE = refusal('refusal.membership-needs-other-decision');

/**
 * The DisCO's membership settings. No event sets them yet: a passed policy amendment will record
 * `membershipChangesRequireProposal` and this is where it will be read.
 */
export function membershipSettings(): MembershipSettings {
  return DEFAULT_MEMBERSHIP_SETTINGS;
}

/**
 * Refuses a decision the settings do not accept for adding a member. Proposals decide changes to
 * existing members (`membership-change`); none adds a member, so a proposal here is refused.
 *
 * @example checkDecision({ kind: 'founder-action' }); // passes under the default settings
 */
export function checkDecision(decision: MembershipDecision): void {
  refuseIf(decisionProblems(decision, membershipSettings()), MESSAGE);
  refuseIf(
    decision.kind === 'proposal'
      ? [
          {
            field: 'decision.kind',
            message: 'members are added by founder action; proposals change existing members',
          },
        ]
      : [],
    MESSAGE,
  );
}

/**
 * Refuses a level change whose decision does not carry it: a proposal must be a membership-change
 * proposal that closed as passed, not yet carried out, and proposing exactly this change.
 *
 * @example await checkLevelDecision(db, { kind: 'proposal', proposalId }, { memberId, level: 'committed' });
 */
export async function checkLevelDecision(
  db: Kysely<Database>,
  decision: MembershipDecision,
  change: MembershipChange,
): Promise<void> {
  refuseIf(decisionProblems(decision, membershipSettings()), MESSAGE);
  if (decision.kind !== 'proposal') return;
  const field = 'decision.proposalId';
  const row = await db
    .selectFrom('proposals')
    .select(['kind', 'status', 'outcome', 'change', 'executed_seq'])
    .where('id', '=', decision.proposalId)
    .executeTakeFirst();
  const problem = (message: string) => refuseIf([{ field, message }], MESSAGE);
  if (!row) return problem('there is no such proposal');
  if (row.kind !== 'membership-change')
    return problem(`a ${row.kind} proposal does not change members`);
  if (row.status !== 'closed' || row.outcome !== 'passed')
    return refuseIf([proposalNotPassed(field, row.status, row.outcome)], MESSAGE);
  if (row.executed_seq !== null)
    return problem(`the proposal was carried out already (event ${row.executed_seq})`);
  const proposed = (JSON.parse(row.change) as { membership: MembershipChange }).membership;
  if (canonicalString(proposed) !== canonicalString(withoutUndefined(change)))
    return problem('the proposal decided another change');
}

/*
 * The status and outcome go to the faces as codes, so the Deck says "abierta" rather than the
 * English word; the CLI prints the English message as before.
 */
function wordOf(code: string, english: string) {
  return code in MESSAGE_CODES ? message(code as MessageCode) : english;
}

export function proposalNotPassed(
  field: string,
  status: string,
  outcome: string | null,
): RuleProblem {
  if (status === 'closed') {
    const said = outcome ?? 'no outcome';
    return {
      field,
      message: `the proposal closed without passing (${said})`,
      code: 'field.proposal-closed-not-passed',
      params: { outcome: wordOf(`proposal.outcome.${outcome ?? 'none'}`, said) },
    };
  }
  return {
    field,
    message: `the proposal is ${status}, not passed`,
    code: 'field.proposal-not-passed-yet',
    params: { status: wordOf(`proposal.status.${status}`, status) },
  };
}

function withoutUndefined(change: MembershipChange): MembershipChange {
  return Object.fromEntries(
    Object.entries(change).filter(([, value]) => value !== undefined),
  ) as MembershipChange;
}
