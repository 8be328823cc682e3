import { useEffect, useSyncExternalStore } from 'react';
import { formatDate, formatMoney } from '../format';
import type { catalogue as Catalogue, CatalogueLanguage } from './catalogue';

/*
 * The catalogue of server messages in both languages is about 29 KB gzipped, more than any page:
 * it is a chunk of its own, loaded the first time a page has a server message to say (a refusal,
 * an explanation, a tally, the Sankey's node names for a reader not in English). Until it is
 * here, the server's English text is shown, as for a code this Deck does not know.
 */
let catalogue: typeof Catalogue | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Loads the catalogue once; every `useCatalogue` re-renders when it is here. */
export function loadCatalogue(): Promise<void> {
  loading ??= import('./catalogue').then((m) => {
    catalogue = m.catalogue;
    for (const listener of listeners) listener();
  });
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const ready = () => catalogue !== null;

/**
 * Whether the catalogue is here; when `needed`, asks for it, and the component renders again once
 * it has arrived.
 *
 * @example useCatalogue(error !== null);
 */
export function useCatalogue(needed = true): boolean {
  const here = useSyncExternalStore(subscribe, ready, ready);
  useEffect(() => {
    if (needed && !here) void loadCatalogue();
  }, [needed, here]);
  return here;
}

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
  return catalogue !== null && code in catalogue.en;
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
  const templates: Record<string, string> | undefined = catalogue?.[languageOf(context.language)];
  const template = templates?.[message.code];
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
