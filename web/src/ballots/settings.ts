import type { Method } from './types.js';

/*
 * A method's settings read from the proposal JSON. The server parsed them with the method's schema
 * and filled in defaults; the same defaults are applied here so older proposals read the same.
 */

export const SENSE_CHECK_RESPONSES = ['agree', 'unsure', 'disagree'];

export interface BallotSettings {
  /** Options, time slots or sense-check responses, in the proposal's order. */
  options: string[];
  /** Lazy consensus: whether an objection must say why. */
  objectionNeedsReason: boolean;
  /** Approval: most options one ballot may approve. */
  maxApprovals: number | null;
  /** Score bounds and whether every option must be scored. */
  min: number;
  max: number;
  requireAll: boolean;
  /** Dot vote: dots per voter, most on one option, whether all must be given. */
  dots: number;
  maxPerOption: number | null;
  mustUseAll: boolean;
}

function integer(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) ? value : fallback;
}

function positiveOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

/**
 * @example readSettings('score', { options: ['A', 'B'] }) // { options: ['A', 'B'], min: 0, max: 5, ... }
 */
export function readSettings(method: Method, settings: Record<string, unknown>): BallotSettings {
  const given = Array.isArray(settings['options'])
    ? settings['options'].filter((o): o is string => typeof o === 'string' && o.length > 0)
    : [];
  const options =
    method === 'sense-check' && given.length === 0 ? SENSE_CHECK_RESPONSES : [...new Set(given)];
  return {
    options,
    objectionNeedsReason: settings['objectionNeedsReason'] !== false,
    maxApprovals: positiveOrNull(settings['maxApprovals']),
    min: integer(settings['min'], 0),
    max: integer(settings['max'], 5),
    requireAll: settings['requireAll'] === true,
    dots: integer(settings['dots'], 0),
    maxPerOption: positiveOrNull(settings['maxPerOption']),
    mustUseAll: settings['mustUseAll'] === true,
  };
}
