import { describe, expect, it } from 'vitest';
import { uuidv7 } from './ids.js';

describe('uuidv7', () => {
  it('writes version 7 and the RFC 9562 variant', () => {
    const id = uuidv7(() => new Date('2026-01-01T00:00:00Z'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(
      Date.parse('2026-01-01T00:00:00Z'),
    );
  });

  it('sorts by the clock', () => {
    const times = [0, 1, 2, 1000, 86_400_000].map((ms) =>
      uuidv7(() => new Date(Date.UTC(2026, 0, 1) + ms)),
    );
    expect([...times].sort()).toEqual(times);
  });
});
