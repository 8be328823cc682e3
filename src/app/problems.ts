import type { z } from 'zod';
import { fieldSaid } from '../core/messages/field-said.js';
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

/*
 * zod's own messages ("Invalid input: expected string, received undefined") start like these; a
 * schema's own message (a refinement, a hand-written hint) is coded by its template instead.
 */
const ZOD_WORDING = /^(Invalid|Too (small|big)|Unrecognized)\b/;

/** Every zod issue as a message code, so each face can say it in the member's language. */
function codeOf(issue: z.core.$ZodIssue): Required<Pick<FieldProblem, 'code' | 'params'>> {
  if (!ZOD_WORDING.test(issue.message)) {
    const said = fieldSaid(issue.message);
    if (said) return said;
  }
  const origin = 'origin' in issue ? issue.origin : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.endsWith('received undefined')
        ? { code: 'field.required', params: {} }
        : { code: 'field.invalid-type', params: { expected: String(issue.expected) } };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (origin === 'string')
        return min === 1
          ? { code: 'field.not-empty', params: {} }
          : { code: 'field.at-least-characters', params: { min } };
      if (origin === 'array' || origin === 'set')
        return { code: 'field.too-few-items', params: { min } };
      return { code: 'field.too-small', params: { minimum: min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (origin === 'string') return { code: 'field.at-most-characters', params: { max } };
      if (origin === 'array' || origin === 'set')
        return { code: 'field.too-many-items', params: { max } };
      return { code: 'field.too-big', params: { maximum: max } };
    }
    case 'invalid_format':
      return { code: 'field.invalid-format', params: { format: issue.format } };
    case 'invalid_value':
      return { code: 'field.one-of', params: { options: issue.values.map(String) } };
    default:
      return { code: 'field.invalid', params: {} };
  }
}
