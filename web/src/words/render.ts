import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../format';
import {
  CATALOGUE_IMPORTS,
  CATALOGUE_LANGUAGES,
  CATALOGUE_PARTS,
  partOf,
  type CatalogueLanguage,
  type CataloguePart,
  type Templates,
} from './catalogue';

/*
 * The server messages' words are chunks per language and part (catalogue.ts), each loaded the
 * first time a page has such a message to say (a refusal, an explanation, a tally, the Sankey's
 * node names for a reader not in English). Until it is here, the server's English text is shown,
 * as for a code this Deck does not know.
 */
const loaded: Record<CatalogueLanguage, Partial<Record<CataloguePart, Templates>>> = {
  en: {},
  es: {},
};
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

function loadPart(language: CatalogueLanguage, part: CataloguePart): Promise<void> {
  const key = `${language}:${part}`;
  let promise = loading.get(key);
  if (!promise) {
    promise = CATALOGUE_IMPORTS[language][part]().then(
      (templates) => {
        loaded[language][part] = templates;
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        // A failed chunk (offline) is asked for again next time rather than never.
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, promise);
  }
  return promise;
}

/**
 * Loads the parts of the catalogue in a language once; every `useCatalogue` re-renders when they
 * are here.
 *
 * @example await loadCatalogue('es', ['outcomes']);
 */
export async function loadCatalogue(
  language: string,
  parts: readonly CataloguePart[] = CATALOGUE_PARTS,
): Promise<void> {
  await Promise.all(parts.map((part) => loadPart(languageOf(language), part)));
}

/** Every part in every language: for tests, which say messages in both at once. */
export async function loadEveryCatalogue(): Promise<void> {
  await Promise.all(CATALOGUE_LANGUAGES.map((language) => loadCatalogue(language)));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Whether the parts of the catalogue in the reader's language are here; when `needed`, asks for
 * them, and the component renders again once they have arrived. A page that says only what
 * happened (runs, tallies, flows, the feed) names `['outcomes']`; refusals want every part.
 *
 * @example useCatalogue(error !== null);
 */
export function useCatalogue(
  needed = true,
  parts: readonly CataloguePart[] = CATALOGUE_PARTS,
): boolean {
  const language = languageOf(useTranslation().i18n.language ?? 'en');
  const isHere = () => parts.every((part) => loaded[language][part] !== undefined);
  const here = useSyncExternalStore(subscribe, isHere, isHere);
  useEffect(() => {
    if (needed && !here) void loadCatalogue(language, parts).catch(() => {});
    // `parts` is a literal at every call: its contents, not its identity, matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needed, here, language, parts.join()]);
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

function templateOf(code: string, language: string): string | undefined {
  return loaded[languageOf(language)][partOf(code)]?.[code];
}

/** Whether the Deck can say this code in this language now (otherwise show the server's English). */
export function knowsCode(code: string, language: string): boolean {
  return templateOf(code, language) !== undefined;
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
  const template = templateOf(message.code, context.language);
  if (template === undefined) return fallback ?? message.code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    renderParam(name, message.params[name], context),
  );
}

function renderParam(name: string, value: unknown, context: RenderContext): string {
  if (value === undefined || value === null) return '';
  if (isMessage(value)) {
    // A message of another part inside this one: that part is fetched for the next render.
    if (!knowsCode(value.code, context.language))
      void loadPart(languageOf(context.language), partOf(value.code)).catch(() => {});
    return renderMessage(value, context);
  }
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
