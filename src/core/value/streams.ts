/**
 * The three value streams of a DisCO (domain.md section 4). Every contribution belongs to exactly
 * one of them, because each stream is paid from a different pot and obeys different duties.
 */
export const STREAMS = ['livelihood', 'love', 'care'] as const;
export type Stream = (typeof STREAMS)[number];

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
