import type { Stream } from '../api/types';

/** Each stream's colour: every one has at least 4.5:1 contrast on white, as text and as a line. */
export const STREAM_COLOURS: Record<Stream, string> = {
  livelihood: '#1f5f8b',
  love: '#a3214f',
  care: '#2e6b30',
};

export const NODE_COLOURS = {
  source: '#5b4a9e',
  bucket: '#7a5c00',
  stream: '#1f5f8b',
  member: '#2e6b30',
  retained: '#6b6b6b',
} as const;
