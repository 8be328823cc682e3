import type { BallotState } from './ballot-state.js';
import type { BallotSettings } from './settings.js';
import type { BallotBody } from './types.js';

/** Why the form cannot be sent yet: `key` is a message of the `ballots` namespace, `field` what to highlight. */
export interface FormProblem {
  field: string;
  key: string;
  values?: Record<string, string | number>;
}

export type BuiltChoice = { ok: true; body: BallotBody } | { ok: false; problems: FormProblem[] };

/** A whole number of zero or more as typed in a number field (blank is zero), or null. */
export function wholeNumber(typed: string): number | null {
  const text = typed.trim() === '' ? '0' : typed;
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

function done(ballot: Record<string, unknown>): BuiltChoice {
  return { ok: true, body: { ballot } };
}

function refuse(problems: FormProblem[]): BuiltChoice {
  return { ok: false, problems };
}

function withReason(
  response: string,
  reason: string,
  required: boolean,
  optional: boolean,
): BuiltChoice {
  const trimmed = reason.trim();
  if (required && trimmed === '')
    return refuse([
      {
        field: 'reason',
        key: response === 'block' ? 'problem.blockReason' : 'problem.objectionReason',
      },
    ]);
  return done(
    (required || optional) && trimmed !== '' ? { response, reason: trimmed } : { response },
  );
}

/** Every option's value by name, built on a null prototype so any option name is just a key. */
function byOption<T>(options: readonly string[], values: readonly (T | null)[]): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  options.forEach((o, i) => {
    const v = values[i];
    if (v !== null && v !== undefined) out[o] = v;
  });
  return { ...out };
}

/**
 * Turns what the member filled in into the body of `POST /api/proposals/{id}/ballot`, or says
 * what is missing or wrong, in the same terms the server would, before anything is sent.
 *
 * @example buildChoice({ method: 'majority', choice: 'yes' }, settings) // { ok: true, body: { ballot: { choice: 'yes' } } }
 */
export function buildChoice(state: BallotState, s: BallotSettings): BuiltChoice {
  switch (state.method) {
    case 'sense-check':
      if (state.response === null || !s.options.includes(state.response))
        return refuse([{ field: 'response', key: 'problem.chooseOne' }]);
      return done(
        state.comment.trim()
          ? { response: state.response, comment: state.comment.trim() }
          : { response: state.response },
      );
    case 'lazy-consensus':
      if (state.response === null) return refuse([{ field: 'response', key: 'problem.chooseOne' }]);
      return withReason(
        state.response,
        state.reason,
        state.response === 'object' && s.objectionNeedsReason,
        state.response === 'object',
      );
    case 'consent':
      if (state.response === null) return refuse([{ field: 'response', key: 'problem.chooseOne' }]);
      return withReason(state.response, state.reason, state.response === 'object', false);
    case 'consensus':
      if (state.response === null) return refuse([{ field: 'response', key: 'problem.chooseOne' }]);
      return withReason(
        state.response,
        state.reason,
        state.response === 'block',
        state.response === 'stand-aside',
      );
    case 'majority':
    case 'supermajority':
      if (state.choice === null) return refuse([{ field: 'choice', key: 'problem.chooseOne' }]);
      return done({ choice: state.choice });
    case 'approval': {
      const approvals = s.options.filter((_, i) => state.approved[i] === true);
      if (approvals.length === 0)
        return refuse([{ field: 'approvals', key: 'problem.approveOne' }]);
      if (s.maxApprovals !== null && approvals.length > s.maxApprovals) {
        return refuse([
          {
            field: 'approvals',
            key: 'problem.tooManyApprovals',
            values: { max: s.maxApprovals, given: approvals.length },
          },
        ]);
      }
      return done({ approvals });
    }
    case 'score': {
      const problems: FormProblem[] = [];
      s.options.forEach((option, i) => {
        const n = state.scores[i] ?? null;
        if (n === null) {
          if (s.requireAll)
            problems.push({
              field: `scores.${option}`,
              key: 'problem.scoreEvery',
              values: { option },
            });
        } else if (!Number.isInteger(n) || n < s.min || n > s.max) {
          problems.push({
            field: `scores.${option}`,
            key: 'problem.scoreRange',
            values: { option, min: s.min, max: s.max },
          });
        }
      });
      if (problems.length > 0) return refuse(problems);
      const scores = byOption(s.options, state.scores);
      if (Object.keys(scores).length === 0)
        return refuse([{ field: 'scores', key: 'problem.scoreOne' }]);
      return done({ scores });
    }
    case 'dot-vote': {
      const problems: FormProblem[] = [];
      const counts = s.options.map((option, i) => {
        const n = wholeNumber(state.dots[i] ?? '');
        if (n === null) {
          problems.push({ field: `dots.${option}`, key: 'problem.dotsWhole', values: { option } });
          return null;
        }
        if (s.maxPerOption !== null && n > s.maxPerOption)
          problems.push({
            field: `dots.${option}`,
            key: 'problem.dotsPerOption',
            values: { option, max: s.maxPerOption },
          });
        return n;
      });
      if (problems.length > 0) return refuse(problems);
      const total = counts.reduce<number>((sum, n) => sum + (n ?? 0), 0);
      if (total > s.dots)
        return refuse([
          { field: 'dots', key: 'problem.dotsTooMany', values: { given: total, dots: s.dots } },
        ]);
      if (s.mustUseAll && total < s.dots)
        return refuse([
          { field: 'dots', key: 'problem.dotsUseAll', values: { given: total, dots: s.dots } },
        ]);
      if (total === 0) return refuse([{ field: 'dots', key: 'problem.dotsOne' }]);
      return done({
        dots: byOption(
          s.options,
          counts.map((n) => (n === 0 ? null : n)),
        ),
      });
    }
    case 'irv':
    case 'schulze': {
      const ranking = state.ranking.filter(
        (o, i) => s.options.includes(o) && state.ranking.indexOf(o) === i,
      );
      if (ranking.length === 0) return refuse([{ field: 'ranking', key: 'problem.rankOne' }]);
      return done({ ranking });
    }
    case 'meeting-poll': {
      const marks = byOption(s.options, state.marks);
      if (Object.keys(marks).length === 0)
        return refuse([{ field: 'marks', key: 'problem.markOne' }]);
      return done({ marks });
    }
  }
}
