import { ApiError } from '../api/client';
import { fieldProblemText, inProblemCurrency } from '../words/problem-words';
import type { RenderContext } from '../words/render';

/**
 * The field errors of a refused request, grouped under the form's own field names, so each is
 * shown beside its field. `places` maps a form field to the server's field names (without the
 * `body.` prefix HTTP adds): an exact name, or a prefix ending in `.` for everything under it.
 * The first place that matches wins; what matches none comes back under `''`, to show above
 * the button with the problem's detail. Coded problems are said in `context`'s language.
 *
 * @example fieldErrors(error, { document: ['change.parameters.'] }) // { document: ['buckets[0].percent: must not exceed 100%…'] }
 */
export function fieldErrors<F extends string>(
  error: unknown,
  places: Record<F, readonly string[]>,
  context: RenderContext = { language: 'en' },
): Partial<Record<F | '', string[]>> {
  if (!(error instanceof ApiError)) return {};
  const out: Partial<Record<F | '', string[]>> = {};
  for (const problem of error.problem.errors ?? []) {
    const field = problem.field.replace(/^body\./, '');
    const entry = (Object.entries(places) as [F, readonly string[]][]).find(([, names]) =>
      names.some((name) => (name.endsWith('.') ? field.startsWith(name) : field === name)),
    );
    const place: F | '' = entry ? entry[0] : '';
    const under = entry?.[1].find((name) => name.endsWith('.') && field.startsWith(name));
    const text = fieldProblemText(problem, inProblemCurrency(error.problem, context));
    (out[place] ??= []).push(
      under ? `${field.slice(under.length)}: ${text}` : place === '' ? `${field}: ${text}` : text,
    );
  }
  return out;
}
