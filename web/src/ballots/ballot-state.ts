import type { BallotSettings } from './settings.js';
import type { Method } from './types.js';

export const YES_NO_ABSTAIN = ['yes', 'no', 'abstain'] as const;
export const CONSENT_RESPONSES = ['consent', 'object'] as const;
export const LAZY_RESPONSES = ['support', 'object'] as const;
export const CONSENSUS_RESPONSES = ['agree', 'stand-aside', 'block'] as const;
export const MARKS = ['yes', 'if-need-be', 'no'] as const;

export type Mark = (typeof MARKS)[number];

/**
 * What the ballot form holds while a member fills it in. Per-option values are arrays in the
 * proposal's option order, so an option named like an object property is just another string.
 * Dots are kept as typed, since a number field can hold anything.
 */
export type BallotState =
  | { method: 'sense-check'; response: string | null; comment: string }
  | { method: 'lazy-consensus'; response: (typeof LAZY_RESPONSES)[number] | null; reason: string }
  | { method: 'consent'; response: (typeof CONSENT_RESPONSES)[number] | null; reason: string }
  | { method: 'consensus'; response: (typeof CONSENSUS_RESPONSES)[number] | null; reason: string }
  | { method: 'majority' | 'supermajority'; choice: (typeof YES_NO_ABSTAIN)[number] | null }
  | { method: 'approval'; approved: boolean[] }
  | { method: 'score'; scores: Array<number | null> }
  | { method: 'dot-vote'; dots: string[] }
  | { method: 'irv' | 'schulze'; ranking: string[] }
  | { method: 'meeting-poll'; marks: Array<Mark | null> };

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function entry(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null && Object.hasOwn(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;
}

/**
 * The form's starting state: empty, or the member's current ballot when they are changing it
 * (anything in it that no longer fits the settings is dropped).
 *
 * @example initialState('approval', readSettings('approval', { options: ['A', 'B'] })) // { method: 'approval', approved: [false, false] }
 */
export function initialState(
  method: Method,
  s: BallotSettings,
  current: Record<string, unknown> | null = null,
): BallotState {
  const c = current ?? {};
  switch (method) {
    case 'sense-check':
      return { method, response: oneOf(s.options, c['response']), comment: text(c['comment']) };
    case 'lazy-consensus':
      return { method, response: oneOf(LAZY_RESPONSES, c['response']), reason: text(c['reason']) };
    case 'consent':
      return {
        method,
        response: oneOf(CONSENT_RESPONSES, c['response']),
        reason: text(c['reason']),
      };
    case 'consensus':
      return {
        method,
        response: oneOf(CONSENSUS_RESPONSES, c['response']),
        reason: text(c['reason']),
      };
    case 'majority':
    case 'supermajority':
      return { method, choice: oneOf(YES_NO_ABSTAIN, c['choice']) };
    case 'approval': {
      const approvals = Array.isArray(c['approvals']) ? (c['approvals'] as unknown[]) : [];
      return { method, approved: s.options.map((o) => approvals.includes(o)) };
    }
    case 'score':
      return {
        method,
        scores: s.options.map((o) => {
          const n = entry(c['scores'], o);
          if (typeof n === 'number' && Number.isInteger(n) && n >= s.min && n <= s.max) return n;
          return s.requireAll ? s.min : null;
        }),
      };
    case 'dot-vote':
      return {
        method,
        dots: s.options.map((o) => {
          const n = entry(c['dots'], o);
          return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? String(n) : '0';
        }),
      };
    case 'irv':
    case 'schulze': {
      const given = Array.isArray(c['ranking']) ? (c['ranking'] as unknown[]) : [];
      return {
        method,
        ranking: [
          ...new Set(
            given.filter((o): o is string => typeof o === 'string' && s.options.includes(o)),
          ),
        ],
      };
    }
    case 'meeting-poll':
      return { method, marks: s.options.map((o) => oneOf(MARKS, entry(c['marks'], o))) };
  }
}
