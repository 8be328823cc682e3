import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { openApp, type AppContext } from '../../app/context.js';
import type { InitLedgerInput } from '../../app/ledger/init-ledger.js';
import { readLedgerInfo } from '../../app/ledger/ledger-info.js';
import {
  processEnvironment,
  serveConfig,
  type ConfigFlags,
  type ServeConfig,
} from '../../config/config.js';
import { createLogger } from '../../config/logger.js';
import { serveHttp } from '../../http/serve.js';
import { SQLITE_FILE } from '../../store/open-store.js';
import {
  askFounding,
  canAsk,
  checkFounding,
  FOUNDING_EXAMPLE,
  foundDisco,
  localTimeZone,
  missingFounding,
  type FoundingFlags,
} from '../founding.js';
import { appOptions, globalOptions, type GlobalOptions } from '../global-options.js';
import { notifyContextOf } from '../../app/notify/notify-context.js';
import { readWitnessingSettings } from '../../app/witnessing/witnessing-settings.js';
import { federationContext } from '../../app/federation/federation-settings.js';
import { UsageError } from '../output.js';
import { driveClockFrom, movableClock, type MovableClock } from '../test-clock.js';
import type { Clock } from '../../app/clock.js';
import { demoSignInText, startDemo } from '../start-demo.js';

type ServeFlags = FoundingFlags & { demo?: boolean; testClock?: boolean };

/**
 * How to found the DisCO on an empty database: from the flags when they say it all, else by
 * asking a person at a terminal; a script that said nothing is refused, so no DisCO is ever
 * founded with a name, currency or time zone nobody chose.
 */
async function foundingInput(
  flags: FoundingFlags,
  options: GlobalOptions,
  where: string,
): Promise<InitLedgerInput> {
  const missing = missingFounding(flags);
  const given = {
    name: flags.name ?? 'My DisCO',
    currency: flags.currency ?? 'EUR',
    timeZone: flags.timeZone ?? localTimeZone(),
    founderName: flags.founderName ?? 'Founder',
  };
  if (missing.length === 0) return checkFounding(given);
  if (canAsk(options.json)) {
    process.stderr.write(`There is no DisCO in ${where} yet: founding one.\n`);
    return askFounding(flags, given);
  }
  const noneGiven = missing.length === 3;
  throw new UsageError(
    noneGiven
      ? `There is no DisCO here yet: ${where} holds no ledger.`
      : `There is no DisCO here yet, and founding one needs ${missing.join(', ')} too.`,
    `run ${FOUNDING_EXAMPLE} (your own name, currency and time zone: they are recorded for good), or pass those flags to disco serve; disco serve --demo starts the demo cooperative instead.`,
  );
}

function isFounding(flags: FoundingFlags): boolean {
  return [flags.name, flags.currency, flags.timeZone, flags.founderName].some(
    (value) => value !== undefined,
  );
}

/** Founding flags given to a node that already has its DisCO must agree with its genesis. */
async function checkSameDisco(ctx: AppContext, flags: FoundingFlags): Promise<void> {
  const info = await readLedgerInfo(ctx);
  if (!info) return;
  const differs = [
    flags.currency !== undefined && flags.currency !== info.currency
      ? `--currency ${flags.currency} (it counts in ${info.currency})`
      : null,
    flags.timeZone !== undefined && flags.timeZone !== info.timeZone
      ? `--time-zone ${flags.timeZone} (its time zone is ${info.timeZone})`
      : null,
  ].filter((text): text is string => text !== null);
  if (differs.length > 0)
    throw new UsageError(
      `This node already holds the DisCO "${info.name}", founded with other settings: ${differs.join(', ')}.`,
      'The genesis can never change: drop the founding flags, or found a new DisCO with another --data-dir or DATABASE_URL.',
    );
}

/**
 * Opens the store, founding the DisCO (or the demo) when it is empty. Returns the founder's
 * invitation token when it founded one.
 */
async function openServedApp(
  config: ServeConfig,
  options: GlobalOptions,
  flags: ServeFlags,
  clock: Clock | undefined,
): Promise<{ ctx: AppContext; founderToken: string | null }> {
  const where = config.databaseUrl ? 'PostgreSQL' : config.dataDir;
  // Decided before the SQLite file is made, so a refused start leaves nothing behind.
  const freshSqlite = !config.databaseUrl && !existsSync(join(config.dataDir, SQLITE_FILE));
  const decided =
    freshSqlite && !flags.demo ? await foundingInput(flags, options, where) : undefined;
  const ctx = await openApp({
    ...appOptions(options),
    ...(clock ? { clock } : {}),
    ...(config.readDatabaseUrl ? { readDatabaseUrl: config.readDatabaseUrl } : {}),
    witnessing: readWitnessingSettings(config.dataDir, config.witnessing),
    notify: notifyContextOf(config.notify, config.witnessing.publicUrl),
    ...(config.witnessing.publicUrl
      ? {
          federation: federationContext(config.witnessing.publicUrl, {
            allowPrivateAddresses: config.federation.allowPrivate,
            allowHttp: config.federation.allowHttp,
            receiptCosignatures: config.federation.receiptCosignatures,
            proofMaxAgeMs: config.federation.proofMaxAgeMs,
          }),
        }
      : {}),
  });
  try {
    const fresh = !(await readLedgerInfo(ctx));
    if (!fresh) {
      if (isFounding(flags)) await checkSameDisco(ctx, flags);
      return { ctx, founderToken: null };
    }
    if (flags.demo) {
      process.stderr.write(`Creating the demo cooperative in ${where}...\n`);
      process.stderr.write(demoSignInText(await startDemo(ctx), where));
      return { ctx, founderToken: null };
    }
    const input = decided ?? (await foundingInput(flags, options, where));
    const { genesis, invitation } = await foundDisco(ctx, input);
    process.stderr.write(
      [
        `Founded ${input.name} (${input.currency}, ${input.timeZone}) with ledger ${genesis.hash} in ${where}.`,
        `The founder's one-time invitation (valid until ${invitation.expiresAt}): ${invitation.token}`,
        `  accept it with: disco accept ${invitation.token} --email you@example.org`,
        '',
      ].join('\n'),
    );
    return { ctx, founderToken: invitation.token };
  } catch (error) {
    await ctx.store.close();
    throw error;
  }
}

/**
 * A clock tests move forward, so that they need not wait for deadlines; a node that keeps a real
 * DisCO's ledger must never date its events by it, hence the variable no deployment sets.
 */
function testClockOrRefuse(): MovableClock {
  if (processEnvironment()['DISCO_TEST'] !== '1')
    throw new UsageError(
      '--test-clock is for tests only: it would date events at a time that is not now.',
      'set DISCO_TEST=1 in a test, or drop --test-clock.',
    );
  return movableClock();
}

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'run the HTTP API (and the Deck) on this node; an empty one is founded only when told how (flags, a terminal prompt, or --demo)',
    )
    .option('--port <port>', 'TCP port (or PORT; default 3000)')
    .option('--host <host>', 'address to listen on (or HOST; default 127.0.0.1)')
    .option(
      '--trust-proxy',
      'believe X-Forwarded-For/-Proto (only behind a reverse proxy that sets them; or DISCO_TRUST_PROXY)',
    )
    .option(
      '--log-level <level>',
      'fatal, error, warn, info, debug, trace or silent (or LOG_LEVEL)',
    )
    .option(
      '--public-url <url>',
      'the address members use; starts the checkpoint origin (or DISCO_PUBLIC_URL)',
    )
    .option(
      '--checkpoint-interval <seconds>',
      'seconds between checkpoints while writes happen (or DISCO_CHECKPOINT_INTERVAL; default 3)',
    )
    .option(
      '--read-database-url <url>',
      'a PostgreSQL streaming replica for read-only routes (or DISCO_READ_DATABASE_URL)',
    )
    .option('--witness-name <name>', "this node's witness key name (or DISCO_WITNESS_NAME)")
    .option('--smtp-url <url>', 'send mail through this SMTP server (or DISCO_SMTP_URL)')
    .option('--mail-from <address>', 'the From address of mail (or DISCO_MAIL_FROM)')
    .option('--dkim-domain <domain>', 'sign mail with DKIM for this domain (or DISCO_DKIM_DOMAIN)')
    .option('--dkim-selector <selector>', 'the DKIM selector (or DISCO_DKIM_SELECTOR)')
    .option('--webhook-timeout <seconds>', 'webhook timeout (or DISCO_WEBHOOK_TIMEOUT; default 10)')
    .option(
      '--delivery-attempts <n>',
      'tries of a mail or webhook before giving up (or DISCO_DELIVERY_ATTEMPTS; default 8)',
    )
    .option(
      '--notify-interval <seconds>',
      'seconds between notification sweeps (or DISCO_NOTIFY_INTERVAL; default 30)',
    )
    .option('--body-limit <size>', 'largest request body, e.g. 1MiB (or DISCO_BODY_LIMIT)')
    .option(
      '--import-body-limit <size>',
      'largest body on import routes, e.g. 64MiB (or DISCO_IMPORT_BODY_LIMIT)',
    )
    .option(
      '--server-to-server-body-limit <size>',
      'largest body on routes other servers call, e.g. 64KiB (or DISCO_SERVER_TO_SERVER_BODY_LIMIT)',
    )
    .option(
      '--federation-receipt-cosignatures <n>',
      "how many trusted witnesses must cosign a peer's receipt checkpoint, default 1 (or DISCO_FEDERATION_RECEIPT_COSIGNATURES)",
    )
    .option(
      '--federation-proof-max-age <seconds>',
      "the oldest an inbound activity's proof may be, default 3600 (or DISCO_FEDERATION_PROOF_MAX_AGE)",
    )
    .option(
      '--federation-allow-private',
      'TEST ONLY: federation may reach loopback/private addresses (or DISCO_FEDERATION_ALLOW_PRIVATE)',
    )
    .option(
      '--federation-allow-http',
      'TEST ONLY: federation may use plain http (or DISCO_FEDERATION_ALLOW_HTTP)',
    )
    .option(
      '--test-clock',
      'TEST ONLY (needs DISCO_TEST=1): a line "+<seconds>" on stdin moves the clock forward and does what became due',
    )
    .option('--name <name>', 'an empty node: found the DisCO with this name')
    .option('--currency <code>', 'an empty node: ISO 4217 currency of credits and money')
    .option('--time-zone <zone>', 'an empty node: IANA time zone that dates work and closes months')
    .option('--founder-name <name>', 'an empty node: your name as the founding member')
    .addOption(
      new Option(
        '--demo',
        'an empty node gets the demo cooperative (people, a quarter of work, decisions)',
      ).conflicts(['name', 'currency', 'timeZone', 'founderName']),
    )
    .action(async (flags: ServeFlags, command: Command) => {
      // Every setting is checked before anything is opened: a bad one must not found a DisCO.
      const config = serveConfig(command.optsWithGlobals<ConfigFlags>(), processEnvironment());
      const movable = flags.testClock ? testClockOrRefuse() : undefined;
      const options = globalOptions(command);
      const logger = createLogger(config);
      const { ctx, founderToken } = await openServedApp(config, options, flags, movable?.clock);
      const server = await serveHttp(ctx, {
        port: config.port,
        host: config.host,
        trustProxy: config.trustProxy,
        bodyLimits: config.bodyLimits,
        logger,
      }).catch(async (error: unknown) => {
        await ctx.store.close();
        throw error;
      });
      process.stdout.write(`disco-cat is listening on ${server.url}\n`);
      if (movable)
        driveClockFrom(process.stdin, process.stdout, process.stderr, movable, server.recheck);
      if (founderToken !== null)
        process.stderr.write(`  or open ${server.url}/join#${founderToken} in a browser\n`);
      const stop = async (): Promise<void> => {
        await server.close();
        await ctx.store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
