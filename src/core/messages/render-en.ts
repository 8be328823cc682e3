import { listing } from '../decisions/options.js';
import { formatMinor } from '../distribution/money.js';
import {
  isMessage,
  isMoneyParam,
  MESSAGE_CODES,
  type Message,
  type MessageParam,
} from './codes.js';

/** What the English renderer needs besides the message: how to show money and members. */
export interface RenderContext {
  /** Digits after the decimal point of the currency (2 for EUR). */
  minorDigits?: number;
  /** A member's name; the renderer never prints an id when this knows the member. */
  nameOf?: (memberId: string) => string | undefined;
}

/**
 * A message in English from its code and parameters: money formatted from minor units, members
 * by name, nested messages rendered in place. `fallback` (the stored English text) is used when
 * the code is not in the registry, so an older or newer record still reads.
 *
 * @example renderEnglish({ code: 'run.limit.cap', params: { capAmount: '150000' } }) // 'limited to the cap 1,500.00'
 */
export function renderEnglish(
  msg: Message,
  context: RenderContext = {},
  fallback?: string,
): string {
  const definition = (MESSAGE_CODES as Record<string, { en: string } | undefined>)[msg.code];
  if (definition === undefined) return fallback ?? msg.code;
  return definition.en.replace(/\{(\w+)\}/g, (_, name: string) =>
    renderParam(name, msg.params[name], context),
  );
}

/** Lines in English, one string per message. */
export const linesInEnglish = (lines: readonly Message[]): string[] =>
  lines.map((l) => renderEnglish(l));

function renderParam(
  name: string,
  value: MessageParam | undefined,
  context: RenderContext,
): string {
  if (value === undefined || value === null) return '';
  if (isMessage(value)) return renderEnglish(value, context);
  if (Array.isArray(value)) {
    const parts = value.map((v) => renderParam(name, v, context));
    if (name === 'paths') return parts.join('; ');
    if (name === 'options' || name.endsWith('Options')) return listing(parts);
    if (name === 'alternatives')
      return new Intl.ListFormat('en', { type: 'disjunction' }).format(parts);
    return parts.join(', ');
  }
  if (isMoneyParam(name) && typeof value === 'string' && /^-?\d+$/.test(value))
    return formatMinor(BigInt(value), context.minorDigits ?? 2);
  if (name === 'memberId' && typeof value === 'string') return context.nameOf?.(value) ?? value;
  return String(value);
}
