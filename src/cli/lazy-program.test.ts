import { readdirSync } from 'node:fs';
import type { Command } from 'commander';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { indexCommands, type CommandIndex, type CommandModule } from './command-index.js';
import { commandPosition } from './command-position.js';
import { runIndexed } from './lazy-program.js';
import { buildProgram, run } from './program.js';

// The built CLI loads commands through the index; here the same index is made from the sources,
// so the lazy program is held to the full one's help, errors and exit codes.
let modules: CommandModule[];
let index: CommandIndex;
const load = async (entry: { module: string; factory: string }): Promise<Command> =>
  (modules.find((m) => m.module === entry.module)!.exports[entry.factory] as () => Command)();

beforeAll(async () => {
  const dir = new URL('./commands/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  modules = await Promise.all(
    files.map(async (file) => ({
      module: file.replace(/\.ts$/, '.js'),
      exports: (await import(new URL(file, dir).href)) as Record<string, unknown>,
    })),
  );
  index = indexCommands(buildProgram(), modules);
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function printed(
  runner: () => Promise<number>,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  const code = await runner();
  vi.restoreAllMocks();
  return { code, out, err };
}

describe('the lazily loaded program', () => {
  it('indexes every command of program.ts with the module that makes it', () => {
    expect(index.commands.map((c) => c.name)).toEqual(buildProgram().commands.map((c) => c.name()));
    expect(index.commands.find((c) => c.name === 'balance')).toMatchObject({
      module: 'balance.js',
      factory: 'balanceCommand',
      term: 'balance [options] [member]',
    });
    expect(index.valueOptions).toEqual(['--data-dir', '--database-url', '--server', '--as']);
  });

  it.each([
    [['--help']],
    [[]],
    [['balance', '--help']],
    [['help', 'balance']],
    [['--data-dir', '/nowhere', 'ledger', 'verify', '--help']],
    [['balanse']],
    [['balance', '--no-such-flag']],
  ])('answers %j exactly as the full program does', async (argv) => {
    const full = await printed(() => run(argv));
    const lazy = await printed(() => runIndexed(argv, index, load));
    expect(lazy).toEqual(full);
    expect(full.out + full.err).not.toBe('');
  });

  it('loads only the module of the command it runs', async () => {
    const loaded: string[] = [];
    await printed(() =>
      runIndexed(['--json', '--as', 'someone', 'rate', '--help'], index, (entry) => {
        loaded.push(entry.module);
        return load(entry);
      }),
    );
    expect(loaded).toEqual(['rate.js']);
  });

  it('finds the command after the options of the program and their values', () => {
    const values = index.valueOptions;
    expect(commandPosition(['--data-dir', 'serve', 'balance'], values)).toBe(2);
    expect(commandPosition(['--json', 'balance'], values)).toBe(1);
    expect(commandPosition(['--data-dir=/x', 'balance'], values)).toBe(1);
    expect(commandPosition(['--', 'balance'], values)).toBe(-1);
    expect(commandPosition(['--help'], values)).toBe(-1);
  });
});
