import { Command } from 'commander';
import { replayProjections } from '../../app/ledger/replay-projections.js';
import { globalOptions, withApp } from '../global-options.js';
import { printResult } from '../output.js';
import { startProgress } from '../progress.js';

export function replayCommand(): Command {
  return new Command('replay')
    .description('rebuild every read model from the ledger alone')
    .action(async (_opts: unknown, command: Command) => {
      const options = globalOptions(command);
      const bar = startProgress('Replaying', options);
      const result = await withApp(options, (ctx) =>
        replayProjections(ctx, (done, total) => bar.update(done, total)),
      );
      bar.stop('Replayed');
      printResult(
        options.json,
        result,
        () => `Rebuilt the read models from ${result.events} events.`,
      );
    });
}
