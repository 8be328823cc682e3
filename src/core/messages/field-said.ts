import { FIELD_CODES } from './field-codes.js';
import type { MessageParams } from './codes.js';

/** A field problem as the faces send it: the English, and the code that says it in any language. */
export interface SaidFieldProblem {
  field: string;
  message: string;
  code?: string;
  params?: MessageParams;
}

interface Reading {
  code: string;
  names: string[];
  pattern: RegExp;
  /** Characters the template fixes: the more, the more specific the reading. */
  literal: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const READINGS: Reading[] = Object.entries(FIELD_CODES)
  .map(([code, definition]) => {
    const names: string[] = [];
    const pieces = definition.en.split(/\{(\w+)\}/);
    const source = pieces
      .map((piece, i) => {
        if (i % 2 === 0) return escape(piece);
        names.push(piece);
        // A quoted value may be empty: `unknown stream ""` is what a blank cell says.
        const quoted = pieces[i - 1]!.endsWith('"') && pieces[i + 1]!.startsWith('"');
        return quoted ? '(.*?)' : '(.+?)';
      })
      .join('');
    const literal = pieces.filter((_, i) => i % 2 === 0).join('').length;
    return { code, names, pattern: new RegExp(`^${source}$`, 's'), literal };
  })
  .sort((a, b) => b.literal - a.literal);

/**
 * The code of a field problem's English, read back through the registered templates; null when no
 * template says it. Values that are whole numbers come back as numbers, so each face formats them.
 *
 * @example fieldSaid('must be at most 100 characters') // { code: 'field.at-most-characters', params: { max: 100 } }
 */
export function fieldSaid(english: string): { code: string; params: MessageParams } | null {
  for (const reading of READINGS) {
    const match = reading.pattern.exec(english);
    if (!match) continue;
    const params: MessageParams = {};
    reading.names.forEach((name, i) => {
      const value = match[i + 1]!;
      params[name] = /^(0|[1-9]\d{0,14})$/.test(value) ? Number(value) : value;
    });
    return { code: reading.code, params };
  }
  return null;
}

/**
 * The field problem with its code, when it came without one and a template says its English.
 *
 * @example codedFieldProblem({ field: 'slug', message: 'another circle has this slug' }).code // 'field.circle-slug-taken'
 */
export function codedFieldProblem<P extends SaidFieldProblem>(problem: P): P {
  if (problem.code !== undefined) return problem;
  const said = fieldSaid(problem.message);
  return said ? { ...problem, ...said } : problem;
}
