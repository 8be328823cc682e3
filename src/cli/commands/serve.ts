import { Command } from 'commander';
import { openApp } from '../../app/context.js';
import { withAuth } from '../../app/auth/auth-context.js';
import { createFounderInvitation } from '../../app/auth/create-founder-invitation.js';
import { initLedger } from '../../app/ledger/init-ledger.js';
import { readLedgerInfo } from '../../app/ledger/ledger-info.js';
import { serveHttp } from '../../http/serve.js';
import { readWitnessingSettings } from '../../app/witnessing/witnessing-settings.js';
import { globalOptions } from '../global-options.js';
import { UsageError } from '../output.js';
import { demoSignInText, startDemo } from '../start-demo.js';

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'run the HTTP API (and the Deck) on this node; a fresh data directory gets a new ledger',
    )
    .option('--port <port>', 'TCP port', process.env['PORT'] ?? '3000')
    .option('--host <host>', 'address to listen on', process.env['HOST'] ?? '127.0.0.1')
    .option(
      '--trust-proxy',
      'believe X-Forwarded-For/-Proto (only behind a reverse proxy that sets them)',
    )
    .option(
      '--demo',
      'a fresh data directory gets the demo cooperative (people, a quarter of work, decisions) instead of an empty DisCO',
    )
    .action(
      async (
        opts: { port: string; host: string; trustProxy?: boolean; demo?: boolean },
        command: Command,
      ) => {
        const options = globalOptions(command);
        const port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new UsageError(
            `--port ${opts.port} is not a TCP port`,
            'Use a number from 0 to 65535.',
          );
        const ctx = await openApp({
          dataDir: options.dataDir,
          ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
          witnessing: readWitnessingSettings(options.dataDir),
        });
        const where = options.databaseUrl ? 'PostgreSQL' : options.dataDir;
        const fresh = !(await readLedgerInfo(ctx));
        let founderToken: string | null = null;
        if (fresh && opts.demo) {
          process.stderr.write(`Creating the demo cooperative in ${where}...\n`);
          process.stderr.write(demoSignInText(await startDemo(ctx), where));
        } else if (fresh) {
          const { genesis, founderId } = await initLedger(ctx, {
            name: 'My DisCO',
            currency: 'EUR',
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
            founderName: 'Founder',
          });
          const invitation = await createFounderInvitation(withAuth(ctx), founderId);
          founderToken = invitation.token;
          process.stderr.write(
            [
              `Started a new ledger ${genesis.hash} in ${where}.`,
              `The founder's one-time invitation (valid until ${invitation.expiresAt}): ${invitation.token}`,
              `  accept it with: disco accept ${invitation.token} --email you@example.org`,
              '',
            ].join('\n'),
          );
        }
        const server = await serveHttp(ctx, {
          port,
          host: opts.host,
          trustProxy: opts.trustProxy ?? false,
        });
        process.stdout.write(`disco-cat is listening on ${server.url}\n`);
        if (founderToken !== null)
          process.stderr.write(`  or open ${server.url}/join#${founderToken} in a browser\n`);
        const stop = async (): Promise<void> => {
          await server.close();
          await ctx.store.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void stop());
        process.once('SIGTERM', () => void stop());
      },
    );
}
