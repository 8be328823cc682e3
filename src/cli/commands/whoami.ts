import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';

interface Session {
  member: { memberId: string; displayName: string; founder: boolean } | null;
  via: string | null;
}

export function whoamiCommand(): Command {
  return new Command('whoami')
    .description('who the CLI acts as: the signed-in member on a server, or the local operator')
    .action(async (_opts: unknown, command: Command) => {
      const options = globalOptions(command);
      const { session, mode } = await withClient(options, async (api) => ({
        session: await api.call<Session>('GET', '/auth/session'),
        mode: api.mode,
      }));
      const where =
        mode === 'remote'
          ? `on ${options.server}`
          : `locally on ${options.databaseUrl ? 'PostgreSQL' : options.dataDir}`;
      const me = session.member;
      printResult(options.json, { member: me, via: session.via, mode }, () =>
        me
          ? `${me.displayName} (${me.memberId})${me.founder ? ', founder' : ''}, ${where}.`
          : `Nobody ${where}: run \`disco login --server URL\`.`,
      );
    });
}
