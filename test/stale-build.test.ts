import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// bin/disco.js must never run old code over a newer checkout. This copies the real launcher and
// stamp logic into a scratch checkout whose "build" is one line, so each state (missing, stale,
// fresh) is reached by editing files, as an operator's `git pull` would, without touching dist/.
const ROOT = new URL('..', import.meta.url);
let checkout: string;

function disco(): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(checkout, 'bin', 'disco.js'), '--help'], {
    cwd: checkout,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function build(): Promise<void> {
  mkdirSync(join(checkout, 'dist'), { recursive: true });
  writeFileSync(join(checkout, 'dist', 'disco.js'), "process.stdout.write('the build ran');\n");
  const stamp = (await import(
    `${pathToFileURL(join(checkout, 'scripts', 'stamp.mjs')).href}?${Date.now()}`
  )) as {
    hashPart: (part: string) => string;
    writeStamp: (part: string, hash: string, extra: object) => void;
  };
  stamp.writeStamp('server', stamp.hashPart('server'), { serverFiles: ['src/main.ts'] });
  // As if built a minute ago from sources a minute older still: file times are coarse, and an edit
  // in the same tick as the build would look no newer than the stamp.
  const built = new Date(Date.now() - 60_000);
  const written = new Date(Date.now() - 120_000);
  utimesSync(join(checkout, 'src', 'main.ts'), written, written);
  utimesSync(join(checkout, 'dist', 'stamps.json'), built, built);
}

beforeEach(() => {
  checkout = mkdtempSync(join(tmpdir(), 'disco-stale-'));
  for (const file of ['bin/disco.js', 'scripts/stamp.mjs', 'package.json'])
    cpSync(new URL(file, ROOT), join(checkout, file), { recursive: true });
  mkdirSync(join(checkout, 'src'));
  writeFileSync(join(checkout, 'src', 'main.ts'), 'export const version = 1;\n');
});

afterEach(() => {
  rmSync(checkout, { recursive: true, force: true });
});

describe('bin/disco.js and the build it runs', () => {
  it('refuses a checkout with no build, with the command that makes one', () => {
    const { status, stdout, stderr } = disco();
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no build yet');
    expect(stderr).toContain('npm run build');
  });

  it('runs a fresh build', async () => {
    await build();
    const { status, stdout } = disco();
    expect(status).toBe(0);
    expect(stdout).toBe('the build ran');
  });

  it('refuses a build older than an edited source, and runs again once the edit is undone', async () => {
    await build();
    writeFileSync(join(checkout, 'src', 'main.ts'), 'export const version = 2;\n');
    const stale = disco();
    expect(stale.status).toBe(2);
    expect(stale.stdout).toBe('');
    expect(stale.stderr).toContain('older than the sources');

    // Touched but unchanged (a checkout of the same commit): the hash still matches.
    writeFileSync(join(checkout, 'src', 'main.ts'), 'export const version = 1;\n');
    const same = disco();
    expect(same.status).toBe(0);
    expect(same.stdout).toBe('the build ran');
  });
});
