import { describe, expect, it } from 'vitest';
import { english } from './english';
import { NAMESPACES } from './namespaces';
import { spanish } from './spanish';

/** Every key of a namespace, nested keys joined with dots. */
function keysOf(strings: object, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('the Deck words, loaded per language', () => {
  it('name the namespaces of the one list in both languages', () => {
    expect(Object.keys(english).sort()).toEqual([...NAMESPACES].sort());
    expect(Object.keys(spanish).sort()).toEqual([...NAMESPACES].sort());
  });

  it.each([...NAMESPACES])('have the same keys in %s', (name) => {
    const en = english[name];
    const es = spanish[name];
    expect(keysOf(es).sort()).toEqual(keysOf(en).sort());
    expect(keysOf(en).length).toBeGreaterThan(0);
  });
});
