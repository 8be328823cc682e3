import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'test-results/', 'web/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The core is pure: no I/O, no clock, no randomness, nothing from the outer layers.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../../app/*',
                '../../store/*',
                '../../http/*',
                '../../cli/*',
                '**/app/**',
                '**/store/**',
                '**/http/**',
                '**/cli/**',
              ],
              message: 'src/core must not import the outer layers.',
            },
            {
              group: [
                'node:fs',
                'node:fs/*',
                'node:net',
                'node:http',
                'node:child_process',
                'node:worker_threads',
                'fs',
                'pg',
                'better-sqlite3',
                'kysely',
              ],
              message: 'src/core does no I/O.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Inject the clock.' },
        { object: 'Math', property: 'random', message: 'Inject randomness.' },
        { object: 'process', property: 'env', message: 'Read settings in src/config.' },
      ],
    },
  },
  {
    // Settings come from one place: src/config reads the environment, everything else gets a typed config.
    files: ['src/**/*.ts'],
    // src/core has its own list below (a second list here would replace it, not add to it).
    ignores: ['src/config/**', 'src/core/**', 'src/**/*.test.ts', 'src/**/test-*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings in src/config.' },
      ],
    },
  },
  {
    // The Deck runs in browsers; its hooks follow React's rules.
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
