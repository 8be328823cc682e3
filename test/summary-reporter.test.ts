import { describe, expect, it } from 'vitest';
import { durationLines, type FileDuration } from './summary-reporter.js';

const files: FileDuration[] = Array.from({ length: 12 }, (_, i) => ({
  file: `f${String(i).padStart(2, '0')}.test.ts`,
  ms: (i + 1) * 1000,
}));

describe('durationLines', () => {
  it('lists the ten slowest files, slowest first', () => {
    const lines = durationLines(files, undefined);
    expect(lines[0]).toBe('Slowest test files (10 of 12):');
    expect(lines.slice(1).map((l) => l.trim())).toEqual(
      files
        .slice(2)
        .reverse()
        .map((f) => `${(f.ms / 1000).toFixed(1)} s  ${f.file}`),
    );
  });

  it('lists every file when asked for all', () => {
    const lines = durationLines(files, 'all');
    expect(lines[0]).toBe('Test files by duration (12):');
    expect(lines).toHaveLength(13);
    expect(lines.at(-1)?.trim()).toBe('1.0 s  f00.test.ts');
  });

  it('orders equal durations by name and prints nothing for no files', () => {
    const tied = durationLines(
      [
        { file: 'b.test.ts', ms: 250 },
        { file: 'a.test.ts', ms: 250 },
      ],
      undefined,
    );
    expect(tied.slice(1).map((l) => l.trim())).toEqual(['0.3 s  a.test.ts', '0.3 s  b.test.ts']);
    expect(durationLines([], 'all')).toEqual([]);
  });
});
