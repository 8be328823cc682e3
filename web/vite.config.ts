import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress';
import { pwa } from './scripts/pwa';

// The Deck is served by the node itself (src/http/serve-deck.ts); `npm run dev:web` proxies the
// API to a node on :3000 so the session cookie stays same-origin while developing.
const require = createRequire(import.meta.url);

export default defineConfig(({ mode }) => ({
  // pwa(): the installable app's icons and service worker, made at build time; precompress():
  // gzip and Brotli copies of the text files, which the node serves to browsers that take them.
  plugins: [react(), pwa(), precompress()],
  // The manifest tells web/scripts/bundle-size.ts which chunks load first and which lazily.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Everything the entry imports statically, in one chunk: left to itself the bundler
              // splits out each module a lazy page shares with the entry, and a first visit waited
              // on a dozen small scripts. main.tsx (with index.html) stays the entry's own chunk:
              // taking it too leaves the build without an entry chunk in its manifest, which
              // bundle-size.ts and the service worker's shell are read from.
              name: 'deck',
              tags: ['$initial'],
              test: (id) => !/[\\/](index\.html|main\.tsx)$/.test(id),
            },
          ],
        },
      },
    },
  },
  // react-router's package exports name only its development build (dev warnings on, checked at
  // run time on every render); its production build, beside it, is the same code with them off,
  // which the minifier then drops. Only for `vite build`: `vite web` keeps the warnings.
  resolve:
    mode === 'production'
      ? {
          alias: [
            {
              find: /^react-router$/,
              replacement: join(
                dirname(require.resolve('react-router/package.json')),
                'dist/production/index.mjs',
              ),
            },
          ],
        }
      : {},
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
}));
