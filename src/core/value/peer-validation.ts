/**
 * Peer validation of one contribution, as a pure state machine.
 *
 *   pending ──acknowledged by enough other members (and a steward if required)──▶ counted
 *   pending | counted ──disputed by another member──▶ disputed (frozen: not counted, no acknowledgements)
 *   disputed ──withdrawn by the disputer | resolved "stands"──▶ pending or counted, by the acknowledgements held
 *   disputed ──resolved "void"──▶ void (final)
 *   pending | counted | disputed ──edited by the author──▶ superseded (final; the edit starts pending)
 *
 * Only counted contributions earn credits. Nobody validates or disputes their own work.
 */

export type ValidationStatus = 'pending' | 'counted' | 'disputed' | 'superseded' | 'void';

export interface ValidationRule {
  /** Acknowledgements by members other than the author. */
  acknowledgements: number;
  /** Whether one of them must come from a steward of the contribution's circle. */
  stewardRequired: boolean;
}

/** Default for every stream: one other member's acknowledgement, no steward needed. */
export const DEFAULT_VALIDATION_RULE: ValidationRule = {
  acknowledgements: 1,
  stewardRequired: false,
};

export interface PeerValidation {
  author: string;
  rule: ValidationRule;
  status: ValidationStatus;
  /** In the order given; a member appears at most once. */
  acknowledgements: ReadonlyArray<{ by: string; steward: boolean }>;
  dispute: { by: string; reason: string } | null;
  supersededBy: string | null;
  /** The decision that last settled a dispute on it. */
  resolvedBy: string | null;
}

export type ValidationAction =
  | { kind: 'acknowledge'; by: string; stewardOfCircle: boolean }
  | { kind: 'dispute'; by: string; reason: string }
  | { kind: 'withdraw'; by: string }
  | { kind: 'resolve'; decision: string; outcome: 'contribution-stands' | 'contribution-void' }
  | { kind: 'supersede'; by: string; newContributionId: string };

export type ValidationErrorCode =
  | 'self-validation'
  | 'already-acknowledged'
  | 'frozen-by-dispute'
  | 'closed'
  | 'self-dispute'
  | 'already-disputed'
  | 'not-disputed'
  | 'not-disputer'
  | 'not-author';

export interface ValidationError {
  code: ValidationErrorCode;
  message: string;
}

export type TransitionResult =
  { ok: true; state: PeerValidation } | { ok: false; error: ValidationError };

/**
 * A freshly logged (or edited) contribution; counted at once when its rule needs nobody.
 *
 * @example startValidation('ana', { acknowledgements: 1, stewardRequired: false }).status // 'pending'
 */
export function startValidation(author: string, rule: ValidationRule): PeerValidation {
  return settle({
    author,
    rule,
    status: 'pending',
    acknowledgements: [],
    dispute: null,
    supersededBy: null,
    resolvedBy: null,
  });
}

/**
 * Whether the acknowledgements held satisfy the rule.
 *
 * @example meetsRule([{ by: 'ben', steward: false }], { acknowledgements: 1, stewardRequired: true }) // false
 */
export function meetsRule(
  acknowledgements: PeerValidation['acknowledgements'],
  rule: ValidationRule,
): boolean {
  if (acknowledgements.length < rule.acknowledgements) return false;
  return !rule.stewardRequired || acknowledgements.some((a) => a.steward);
}

function settle(state: PeerValidation): PeerValidation {
  return {
    ...state,
    status: meetsRule(state.acknowledgements, state.rule) ? 'counted' : 'pending',
  };
}

const fail = (code: ValidationErrorCode, message: string): TransitionResult => ({
  ok: false,
  error: { code, message },
});

/**
 * Applies one action, or says why it is refused. Never mutates its input.
 *
 * @example
 * const s = startValidation('ana', DEFAULT_VALIDATION_RULE);
 * transition(s, { kind: 'acknowledge', by: 'ana', stewardOfCircle: false }) // { ok: false, error: { code: 'self-validation', ... } }
 * transition(s, { kind: 'acknowledge', by: 'ben', stewardOfCircle: false }) // { ok: true, state: { status: 'counted', ... } }
 */
export function transition(state: PeerValidation, action: ValidationAction): TransitionResult {
  if (state.status === 'superseded' || state.status === 'void') {
    return fail(
      'closed',
      state.status === 'void'
        ? 'the contribution was voided by a dispute and can no longer change'
        : state.supersededBy
          ? `the contribution was replaced by ${state.supersededBy} and can no longer change; act on the newer one`
          : 'the contribution was replaced and can no longer change',
    );
  }
  switch (action.kind) {
    case 'acknowledge': {
      if (action.by === state.author)
        return fail('self-validation', 'members cannot validate their own contributions');
      if (state.status === 'disputed')
        return fail(
          'frozen-by-dispute',
          'the contribution is disputed; it can be acknowledged again once the dispute is settled',
        );
      if (state.acknowledgements.some((a) => a.by === action.by))
        return fail('already-acknowledged', 'you have already acknowledged this contribution');
      return {
        ok: true,
        state: settle({
          ...state,
          acknowledgements: [
            ...state.acknowledgements,
            { by: action.by, steward: action.stewardOfCircle },
          ],
        }),
      };
    }
    case 'dispute': {
      if (action.by === state.author)
        return fail(
          'self-dispute',
          'authors correct their own contributions by editing them, not by disputing them',
        );
      if (state.status === 'disputed')
        return fail(
          'already-disputed',
          state.dispute
            ? `the contribution is already disputed by ${state.dispute.by}`
            : 'the contribution is already disputed',
        );
      // Whoever disputes no longer vouches for the work: their acknowledgement, if any, is taken back.
      return {
        ok: true,
        state: {
          ...state,
          status: 'disputed',
          dispute: { by: action.by, reason: action.reason },
          acknowledgements: state.acknowledgements.filter((a) => a.by !== action.by),
        },
      };
    }
    case 'withdraw': {
      if (state.status !== 'disputed' || !state.dispute)
        return fail('not-disputed', 'the contribution is not disputed');
      if (state.dispute.by !== action.by)
        return fail(
          'not-disputer',
          `only ${state.dispute.by}, who opened the dispute, can withdraw it`,
        );
      return { ok: true, state: settle({ ...state, dispute: null }) };
    }
    case 'resolve': {
      if (state.status !== 'disputed')
        return fail('not-disputed', 'the contribution is not disputed');
      if (action.outcome === 'contribution-void')
        return { ok: true, state: { ...state, status: 'void', resolvedBy: action.decision } };
      return { ok: true, state: settle({ ...state, dispute: null, resolvedBy: action.decision }) };
    }
    case 'supersede': {
      if (action.by !== state.author)
        return fail('not-author', `only the author, ${state.author}, can edit this contribution`);
      return {
        ok: true,
        state: { ...state, status: 'superseded', supersededBy: action.newContributionId },
      };
    }
  }
}
