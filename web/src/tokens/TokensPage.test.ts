import { describe, expect, it } from 'vitest';
import { parseDays } from './TokensPage';

describe('parseDays', () => {
  it('reads an empty field as no expiry', () => {
    expect(parseDays('  ')).toEqual({ ok: true });
  });
  it('accepts whole days the node accepts', () => {
    expect(parseDays('30')).toEqual({ ok: true, days: 30 });
    expect(parseDays('3650')).toEqual({ ok: true, days: 3650 });
  });
  it('refuses what the node would refuse', () => {
    for (const text of ['0', '3651', '1.5', '-2', 'ten'])
      expect(parseDays(text)).toEqual({ ok: false });
  });
});
