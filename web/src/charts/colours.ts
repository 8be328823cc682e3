import type { Stream } from '../api/types';

/**
 * Each stream's colour, as the CSS variable styles.css sets for the light and the dark scheme
 * (at least 4.5:1 against the card behind it in both, as text and as a line).
 */
export const STREAM_COLOURS: Record<Stream, string> = {
  livelihood: 'var(--stream-livelihood)',
  love: 'var(--stream-love)',
  care: 'var(--stream-care)',
};
