/**
 * The three value streams of a DisCO (domain.md section 4). Every contribution belongs to exactly
 * one of them, because each stream is paid from a different pot and obeys different duties.
 */
export const STREAMS = ['livelihood', 'love', 'care'] as const;
export type Stream = (typeof STREAMS)[number];

/** What each stream means, in the words members see on the Deck. */
export const STREAM_MEANING: Readonly<Record<Stream, string>> = {
  livelihood: 'Paid work for clients or funded projects: market work that brings money in.',
  love: 'Pro-bono work the collective chooses to do for free, creating commons (e.g. translating and publishing articles under an open licence).',
  care: 'The reproductive work that keeps the collective alive: meetings, mentoring, accounting, onboarding, finding clients, emotional support, keeping documents current.',
};

/**
 * Narrows an unknown value to a stream.
 *
 * @example isStream('love') // true
 * @example isStream('Love') // false: stream names are exact
 */
export function isStream(value: unknown): value is Stream {
  return typeof value === 'string' && (STREAMS as readonly string[]).includes(value);
}

/** The message every refusal of an unknown stream uses, so CSV, JSON-LD and forms read the same. */
export function unknownStreamMessage(value: unknown): string {
  return `unknown stream ${JSON.stringify(value)}; expected one of ${STREAMS.join(', ')}`;
}
