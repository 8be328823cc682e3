import { Command, Option } from 'commander';
import { cancel, isCancel, text } from '@clack/prompts';
import { withAuth } from '../../app/auth/auth-context.js';
import { createFounderInvitation } from '../../app/auth/create-founder-invitation.js';
import { initLedger, type InitLedgerInput } from '../../app/ledger/init-ledger.js';
import { globalOptions, withApp } from '../global-options.js';
import { printResult, UsageError } from '../output.js';
import { demoSignInText, startDemo } from '../start-demo.js';

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
    .option('--founder-name <name>', 'your name as the founding member')
    .addOption(
      new Option(
        '--demo',
        'create the demo cooperative (people, a quarter of work, decisions) to try disco-cat out',
      ).conflicts(['name', 'currency', 'timeZone', 'founderName']),
    )
    .action(
      async (
        opts: {
          name?: string;
          currency?: string;
          timeZone?: string;
          founderName?: string;
          demo?: boolean;
        },
        command: Command,
      ) => {
        const options = globalOptions(command);
        if (opts.demo) {
          const demo = await withApp(options, startDemo);
          const { founder, ...shown } = demo;
          printResult(
            options.json,
            { ...shown, founderId: founder.memberId, dataDir: options.dataDir },
            () => demoSignInText(demo, options.dataDir).trimEnd(),
          );
          return;
        }
        const interactive = process.stdin.isTTY && !options.json && opts.name === undefined;
        const input: InitLedgerInput = {
          name:
            opts.name ?? (interactive ? await ask('Name of the DisCO', 'My DisCO') : 'My DisCO'),
          currency:
            opts.currency ?? (interactive ? await ask('Currency (ISO 4217)', 'EUR') : 'EUR'),
          timeZone:
            opts.timeZone ??
            (interactive ? await ask('Time zone', defaultTimeZone()) : defaultTimeZone()),
          founderName:
            opts.founderName ??
            (interactive ? await ask('Your name (the founding member)', 'Founder') : 'Founder'),
        };
        const { genesis, founderId, invitation } = await withApp(options, async (ctx) => {
          const founded = await initLedger(ctx, input);
          return {
            ...founded,
            invitation: await createFounderInvitation(withAuth(ctx), founded.founderId),
          };
        });
        printResult(
          options.json,
          {
            ledgerId: genesis.hash,
            ...genesis.payload,
            founderId,
            founderInvitation: invitation,
            dataDir: options.dataDir,
          },
          () =>
            [
              `Created ${input.name} (${input.currency}, ${input.timeZone}) with ${input.founderName} as founding member ${founderId}.`,
              `ledger id: ${genesis.hash}`,
              `node key:  ${String(genesis.payload['nodeKey'])} (private key in ${options.dataDir}, readable by you alone)`,
              '',
              `To sign in to the server, first choose your email and password with this one-time invitation (valid until ${invitation.expiresAt}):`,
              `  disco accept ${invitation.token} --email you@example.org`,
            ].join('\n'),
        );
      },
    );
}
