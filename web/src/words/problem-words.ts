import { knowsCode, renderMessage, type RenderContext } from './render';

/** The parts of a problem (RFC 9457, with codes) that a member reads. */
export interface CodedProblem {
  detail?: string | undefined;
  title?: string | undefined;
  hint?: string | undefined;
  code?: string | undefined;
  params?: Record<string, unknown> | undefined;
  hintCode?: string | undefined;
  hintParams?: Record<string, unknown> | undefined;
  /** The DisCO's currency, which the server adds when a parameter holds money. */
  currency?: string | undefined;
}

export interface CodedFieldProblem {
  message: string;
  code?: string | undefined;
  params?: Record<string, unknown> | undefined;
}

/**
 * The context with the problem's own currency: the server names it beside any amount, so the Deck
 * never guesses it from what some page happened to read.
 *
 * @example inProblemCurrency({ currency: 'EUR' }, { language: 'es' }) // { language: 'es', currency: 'EUR' }
 */
export function inProblemCurrency(
  problem: Pick<CodedProblem, 'currency'>,
  context: RenderContext,
): RenderContext {
  return problem.currency ? { ...context, currency: problem.currency } : context;
}

/*
 * A generic kind (`problem.invalid-input`) says less than the server's English detail, so English
 * readers get the detail; a specific refusal's code says the same thing in every language.
 */
const generic = (code: string) => code.startsWith('problem.');

/**
 * What went wrong, in the reader's language when the Deck knows the code; the server's English
 * otherwise.
 *
 * @example problemDetail({ detail: 'There is no event 9.', code: 'refusal.no-such-event', params: { seq: 9 } }, { language: 'es' }) // 'No existe el evento 9.'
 */
export function problemDetail(problem: CodedProblem, context: RenderContext): string {
  const english = problem.detail || problem.title || '';
  if (problem.code === undefined || !knowsCode(problem.code, context.language)) return english;
  if (generic(problem.code) && context.language.startsWith('en')) return english;
  return renderMessage(
    { code: problem.code, params: problem.params ?? {} },
    inProblemCurrency(problem, context),
    english,
  );
}

/** What to do next, in the reader's language when the Deck knows its code. */
export function problemHint(problem: CodedProblem, context: RenderContext): string | undefined {
  if (problem.hintCode === undefined) return problem.hint;
  return renderMessage(
    { code: problem.hintCode, params: problem.hintParams ?? {} },
    inProblemCurrency(problem, context),
    problem.hint,
  );
}

/** One field's problem in the reader's language when coded. */
export function fieldProblemText(problem: CodedFieldProblem, context: RenderContext): string {
  if (problem.code === undefined) return problem.message;
  return renderMessage(
    { code: problem.code, params: problem.params ?? {} },
    context,
    problem.message,
  );
}
