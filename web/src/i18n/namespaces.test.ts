import { describe, expect, it } from 'vitest';
import { english } from './english';
import { spanish } from './spanish';

/** Every key of a namespace, nested keys joined with dots. */
function keysOf(strings: object, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('the Deck words, bundled in English and loaded apart in Spanish', () => {
  it('name the same namespaces in both languages', () => {
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.keys(english))('have the same keys in %s', (name) => {
    const en = english[name as keyof typeof english];
    const es = spanish[name as keyof typeof spanish];
    expect(keysOf(es).sort()).toEqual(keysOf(en).sort());
    expect(keysOf(en).length).toBeGreaterThan(0);
  });
});
