import type { Hook } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError, type FieldProblem } from '../app/errors.js';
import { problemsOf } from '../app/problems.js';
import { OPENAPI_PATH } from './openapi.js';
import { codedProblem, sendProblem } from './problem.js';
import { message } from '../core/messages/codes.js';

/** Where a value came from, named as the OpenAPI document names it (`path`, not Hono's `param`). */
export type InputLocation = 'path' | 'query' | 'body' | 'header' | 'cookie';

const LOCATIONS: Record<string, InputLocation> = {
  param: 'path',
  query: 'query',
  json: 'body',
  form: 'body',
  header: 'header',
  cookie: 'cookie',
};

function fieldProblems(location: InputLocation, error: z.ZodError): FieldProblem[] {
  return problemsOf(error).map((p) => ({
    ...p,
    field: p.field === '(body)' ? location : `${location}.${p.field}`,
  }));
}

/**
 * The `defaultHook` of the app: a request that fails its zod schema gets a 400 problem with one
 * entry per bad field, named by where it was (`query.limit`, `path.seq`).
 *
 * @example new OpenAPIHono({ defaultHook: validationHook })
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the hook serves every route, whatever its input types
export const validationHook: Hook<any, any, any, Response | undefined> = (result, c: Context) => {
  if (result.success) return undefined;
  const location = LOCATIONS[result.target] ?? 'body';
  return sendProblem(
    c,
    codedProblem(400, 'invalid-input', message('refusal.request-part-invalid', { location }), {
      errors: fieldProblems(location, result.error),
      hint: message('hint.see-what-each-parameter-accepts', { document: OPENAPI_PATH }),
    }),
  );
};

/**
 * Runs a use case whose inputs came from the request, so the fields its problems name
 * (`from`, `treeSize`) say where they were in this request (`query.from`), like the hook's do.
 *
 * @example await locatingFields({ from: 'query', to: 'query' }, () => getConsistencyProof(store, from, to))
 */
export async function locatingFields<T>(
  locations: Record<string, InputLocation>,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof AppError) || error.problems.length === 0) throw error;
    const problems = error.problems.map((p) => {
      // `constituencyIds.0` was in the body when `constituencyIds` was.
      const location = locations[p.field] ?? locations[p.field.split('.')[0]!];
      return location ? { ...p, field: `${location}.${p.field}` } : p;
    });
    throw new AppError(error.status, error.code, error.said, error.hintSaid, problems);
  }
}
