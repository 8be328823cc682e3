import { Command } from 'commander';
import { cancel, isCancel, text } from '@clack/prompts';
import { initLedger, type InitLedgerInput } from '../../app/init-ledger.js';
import { globalOptions, withApp } from '../global-options.js';
import { printResult, UsageError } from '../output.js';

const defaultTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

async function ask(message: string, initialValue: string): Promise<string> {
  const answer = await text({ message, initialValue, output: process.stderr });
  if (isCancel(answer)) {
    cancel('Nothing was created.');
    throw new UsageError('init was cancelled');
  }
  return answer;
}

export function initCommand(): Command {
  return new Command('init')
    .description('start a new DisCO ledger: make the node key and record the genesis event')
    .option('--name <name>', 'the DisCO name')
    .option('--currency <code>', 'ISO 4217 currency that credits and money are counted in')
    .option('--time-zone <zone>', 'IANA time zone for dates of work')
    .action(async (opts: { name?: string; currency?: string; timeZone?: string }, command: Command) => {
      const options = globalOptions(command);
      const interactive = process.stdin.isTTY && !options.json && opts.name === undefined;
      const input: InitLedgerInput = {
        name: opts.name ?? (interactive ? await ask('Name of the DisCO', 'My DisCO') : 'My DisCO'),
        currency: opts.currency ?? (interactive ? await ask('Currency (ISO 4217)', 'EUR') : 'EUR'),
        timeZone: opts.timeZone ?? (interactive ? await ask('Time zone', defaultTimeZone()) : defaultTimeZone()),
      };
      const genesis = await withApp(options, (ctx) => initLedger(ctx, input));
      printResult(options.json, { ledgerId: genesis.hash, ...genesis.payload, dataDir: options.dataDir }, () =>
        [
          `Created ${input.name} (${input.currency}, ${input.timeZone}).`,
          `ledger id: ${genesis.hash}`,
          `node key:  ${String(genesis.payload['nodeKey'])} (private key in ${options.dataDir}, readable by you alone)`,
        ].join('\n'),
      );
    });
}
