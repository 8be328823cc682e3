import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest runs one file at a time on 2 cores (cores − 1). Most files wait far more than they
    // compute: on Chromium, on the nodes they start, on PostgreSQL, on a child's import. Three
    // files at a time keep both cores busy while one waits (docs/benchmarks.md, suite time).
    maxWorkers: 3,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          // src/core is pure (no I/O, no clock, no globals; eslint enforces it), so its files can
          // share workers without a fresh module graph each: most of their time was isolation.
          name: 'core',
          include: ['src/core/**/*.test.ts'],
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'bench/**/*.test.ts',
            'test/**/*.test.ts',
            'web/src/**/*.test.ts',
            'web/src/**/*.test.tsx',
          ],
          exclude: [...configDefaults.exclude, 'src/core/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['web/e2e/**/*.test.ts'],
          // One build check, one Chromium and one seeded node for the whole run (see the file).
          globalSetup: ['web/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
