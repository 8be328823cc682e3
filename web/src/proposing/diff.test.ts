import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines } from './diff';

describe('diffLines', () => {
  it('marks a changed paragraph as removed then added', () => {
    expect(diffLines('Keep\nOld\nEnd', 'Keep\nNew\nEnd')).toEqual([
      { kind: 'same', text: 'Keep' },
      { kind: 'removed', text: 'Old' },
      { kind: 'added', text: 'New' },
      { kind: 'same', text: 'End' },
    ]);
  });

  it('gives back both texts: the old from same and removed, the new from same and added', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', 'c', ''), { maxLength: 8 })
      .map((l) => l.join('\n'));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const d = diffLines(before, after);
        const pick = (k: string) =>
          d
            .filter((l) => l.kind !== k)
            .map((l) => l.text)
            .join('\n');
        expect(pick('added')).toBe(before);
        expect(pick('removed')).toBe(after);
      }),
    );
  });
});
