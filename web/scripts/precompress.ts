/**
 * Gzip and Brotli copies of the Deck's text files, made once at build time so the node serves
 * them as they are (`serveStatic`'s `precompressed`) instead of compressing on every request or
 * sending about three times the bytes: a first visit's JavaScript is some 200 KB gzipped against
 * 650 KB plain.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Smaller files gain little and would cost a file each. */
const AT_LEAST = 1024;
const TEXT = /\.(?:js|css|svg|webmanifest|json)$/;

/** A file's compressed copies, each with the extension the node's static server looks for. */
export function compressedCopies(source: Uint8Array): Array<[extension: string, bytes: Buffer]> {
  return [
    ['.gz', gzipSync(source, { level: 9 })],
    [
      '.br',
      brotliCompressSync(source, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
        },
      }),
    ],
  ];
}

/** The Vite plugin: a `.gz` and a `.br` beside each text file of the build worth compressing. */
export function precompress(): Plugin {
  return {
    name: 'disco-deck-precompress',
    apply: 'build',
    // Once written: the files as served, after every plugin (the service worker's too) is done.
    writeBundle(options, bundle) {
      const dir = options.dir!;
      for (const fileName of Object.keys(bundle)) {
        if (!TEXT.test(fileName) || fileName.startsWith('.vite/')) continue;
        const source = readFileSync(join(dir, fileName));
        if (source.length < AT_LEAST) continue;
        for (const [extension, bytes] of compressedCopies(source))
          writeFileSync(join(dir, fileName + extension), bytes);
      }
    },
  };
}
