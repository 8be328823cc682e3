import type { z } from 'zod';
import type { FieldProblem } from './errors.js';

/** zod's issues as field problems, with dotted paths such as `payload.name`. */
export function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)',
    message: issue.message,
  }));
}
