import { Command } from 'commander';
import { backUpNode } from '../../app/ledger/back-up-node.js';
import { restoreNode } from '../../app/ledger/restore-node.js';
import { systemClock } from '../../app/clock.js';
import { globalOptions, type GlobalOptions } from '../global-options.js';
import { printResult, UsageError } from '../output.js';
import { startProgress } from '../progress.js';

function localOnly(options: GlobalOptions, what: string): void {
  if (options.server) {
    throw new UsageError(
      `disco ${what} works on the node's own data directory, not through --server.`,
      `Run it on the node's machine with --data-dir.`,
    );
  }
}

export function backupCommand(): Command {
  return new Command('backup')
    .description('copy the node (database and node key) into FILE while its server runs')
    .argument('<file>', 'the backup file to write; it must not exist yet')
    .action(async (file: string, _opts: unknown, command: Command) => {
      const options = globalOptions(command);
      localOnly(options, 'backup');
      const summary = await backUpNode({
        dataDir: options.dataDir,
        ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
        file,
        clock: systemClock,
      });
      printResult(options.json, summary, () =>
        [
          `Backed up ${summary.events.toLocaleString('en')} events to ${summary.file} (${summary.bytes.toLocaleString('en')} bytes).`,
          summary.withNodeKey
            ? 'It holds the node key and members’ personal data: keep it as safe as the node itself.'
            : 'This data directory has no node key; the backup holds the database alone.',
        ].join('\n'),
      );
    });
}

export function restoreCommand(): Command {
  return new Command('restore')
    .description('verify the ledger in a backup, then put the backup in place of the data')
    .argument('<file>', 'a file written by disco backup')
    .option('--replace', 'restore over a data directory that holds a ledger (kept aside)')
    .action(async (file: string, opts: { replace?: boolean }, command: Command) => {
      const options = globalOptions(command);
      localOnly(options, 'restore');
      const bar = startProgress('Verifying the backup', options);
      const summary = await restoreNode({
        dataDir: options.dataDir,
        ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
        file,
        replace: opts.replace ?? false,
        clock: systemClock,
        onProgress: (done, total) => bar.update(done, total),
      });
      bar.stop('Verified');
      printResult(options.json, summary, () =>
        [
          `Restored ${summary.events.toLocaleString('en')} verified events into ${summary.dataDir}.`,
          `root ${summary.root}`,
          ...(summary.setAside
            ? [`The ledger that was there is kept in ${summary.setAside}.`]
            : []),
        ].join('\n'),
      );
    });
}
