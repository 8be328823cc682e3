import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { MESSAGE_CODES } from '../core/messages/codes.js';
import { problem } from '../http/problem.js';
import { problemsOf } from './problems.js';

describe('problems as message codes', () => {
  const schema = z.strictObject({
    name: z.string().min(2),
    hours: z.number().max(24),
    email: z.email(),
    note: z.string().refine((s) => s !== 'x', 'say more than "x"'),
  });

  it("gives the common kinds of zod issue a code, and a schema's own words with no template the generic one", () => {
    const error = schema.safeParse({ hours: 30, email: 'nope', note: 'x', extra: 1 }).error!;
    const problems = problemsOf(error);
    expect(problems.map((p) => [p.field, p.code, p.params])).toEqual([
      ['name', 'field.required', {}],
      ['hours', 'field.too-big', { maximum: 24 }],
      ['email', 'field.invalid-format', { format: 'email' }],
      ['note', 'field.invalid', {}],
      ['extra', 'field.unknown', { name: 'extra' }],
    ]);
    for (const p of problems) if (p.code) expect(MESSAGE_CODES).toHaveProperty([p.code]);
    expect(problems[3]!.message).toBe('say more than "x"');
  });

  it('gives problem details the code of their kind beside the English detail', () => {
    expect(problem(409, 'conflict', 'The ledger changed.')).toMatchObject({
      detail: 'The ledger changed.',
      code: 'problem.conflict',
      params: {},
    });
    expect(problem(409, 'no-ledger', 'No ledger yet.')).not.toHaveProperty('code');
  });
});
