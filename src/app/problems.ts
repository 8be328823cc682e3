import type { z } from 'zod';
import type { FieldProblem } from './errors.js';

/**
 * zod's issues as field problems, with dotted paths such as `payload.name`. Unknown fields of a
 * strict object are named one by one (`settings.quorum`), each where it was, not as one problem
 * about the object that held them.
 */
export function problemsOf(error: z.ZodError): FieldProblem[] {
  const at = (path: readonly PropertyKey[]) =>
    path.length > 0 ? path.map(String).join('.') : '(body)';
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          field: at([...issue.path, key]),
          message: `unknown field ${JSON.stringify(key)}; remove it`,
          code: 'field.unknown',
          params: { name: key },
        }))
      : [{ field: at(issue.path), message: issue.message, ...codeOf(issue) }],
  );
}

/**
 * The common kinds of zod issue as message codes, so the Deck can say them in Spanish; a schema's
 * own message (a refinement, a hand-written hint) has no code and is shown in English as written.
 */
function codeOf(issue: z.core.$ZodIssue): Pick<FieldProblem, 'code' | 'params'> {
  const fromZod = issue.message.startsWith('Invalid input') || issue.message.startsWith('Too ');
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.endsWith('received undefined')
        ? { code: 'field.required', params: {} }
        : fromZod
          ? { code: 'field.invalid-type', params: { expected: String(issue.expected) } }
          : {};
    case 'too_small':
      return fromZod ? { code: 'field.too-small', params: { minimum: Number(issue.minimum) } } : {};
    case 'too_big':
      return fromZod ? { code: 'field.too-big', params: { maximum: Number(issue.maximum) } } : {};
    case 'invalid_format':
      return issue.message.startsWith('Invalid ')
        ? { code: 'field.invalid-format', params: { format: issue.format } }
        : {};
    default:
      return {};
  }
}
