import { Command, Option } from 'commander';
import type { InitLedgerInput } from '../../app/ledger/init-ledger.js';
import { askFounding, canAsk, foundDisco, localTimeZone } from '../founding.js';
import { globalOptions, withApp } from '../global-options.js';
import { printResult } from '../output.js';
import { demoSignInText, startDemo } from '../start-demo.js';

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
        const defaults: InitLedgerInput = {
          name: 'My DisCO',
          currency: 'EUR',
          timeZone: localTimeZone(),
          founderName: 'Founder',
        };
        const input =
          canAsk(options.json) && opts.name === undefined
            ? await askFounding(opts, defaults)
            : {
                name: opts.name ?? defaults.name,
                currency: opts.currency ?? defaults.currency,
                timeZone: opts.timeZone ?? defaults.timeZone,
                founderName: opts.founderName ?? defaults.founderName,
              };
        const { genesis, founderId, invitation } = await withApp(options, (ctx) =>
          foundDisco(ctx, input),
        );
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
