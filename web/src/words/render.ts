import { formatDate, formatMoney } from '../format';
import { catalogue, type CatalogueLanguage } from './catalogue';

/** A server message: a stable code and its parameters (see src/core/messages/codes.ts). */
export interface ServerMessage {
  code: string;
  params: Record<string, unknown>;
}

/** What rendering needs besides the message: the currency and the members' names. */
export interface RenderContext {
  language: string;
  currency?: string;
  nameOf?: (memberId: string) => string | undefined;
}

const isMessage = (value: unknown): value is ServerMessage =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as ServerMessage).code === 'string' &&
  typeof (value as ServerMessage).params === 'object';

const isMoney = (name: string) => name === 'amount' || name.endsWith('Amount');

function languageOf(language: string): CatalogueLanguage {
  return language.startsWith('es') ? 'es' : 'en';
}

/** Whether the Deck can say this code (otherwise show the English text the server sent). */
export function knowsCode(code: string): boolean {
  return code in catalogue.en;
}

/**
 * A server message in the reader's language: money in the currency, members by name, percents and
 * dates in the language's style, nested messages rendered in place. Returns `fallback` (the
 * server's English) when the code is unknown here, so a newer server still reads.
 *
 * @example renderMessage({ code: 'run.limit.cap', params: { capAmount: '150000' } }, { language: 'es', currency: 'EUR' }) // 'limitado al tope 1500,00 €'
 */
export function renderMessage(
  message: ServerMessage,
  context: RenderContext,
  fallback?: string,
): string {
  const templates: Record<string, string> = catalogue[languageOf(context.language)];
  const template = templates[message.code];
  if (template === undefined) return fallback ?? message.code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    renderParam(name, message.params[name], context),
  );
}

function renderParam(name: string, value: unknown, context: RenderContext): string {
  if (value === undefined || value === null) return '';
  if (isMessage(value)) return renderMessage(value, context);
  if (Array.isArray(value)) {
    const parts = value.map((v) => renderParam(name, v, context));
    // Schulze's path comparisons each hold a comma-free "A→B 3 vs B→A 2"; semicolons keep them apart.
    if (name === 'paths') return parts.join('; ');
    if (name === 'alternatives')
      return new Intl.ListFormat(context.language, { type: 'disjunction' }).format(parts);
    return new Intl.ListFormat(context.language, { type: 'conjunction' }).format(parts);
  }
  if (isMoney(name) && typeof value === 'string' && /^-?\d+$/.test(value))
    return context.currency ? formatMoney(value, context.currency, context.language) : value;
  if (name === 'memberId' && typeof value === 'string') return context.nameOf?.(value) ?? value;
  if (name === 'percent' && typeof value === 'number')
    return new Intl.NumberFormat(context.language, {
      style: 'percent',
      maximumFractionDigits: 2,
    }).format(value / 100);
  if (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)
  )
    return formatDate(value, context.language);
  if (typeof value === 'number') return new Intl.NumberFormat(context.language).format(value);
  return String(value);
}
