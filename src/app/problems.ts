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
        }))
      : [{ field: at(issue.path), message: issue.message }],
  );
}
