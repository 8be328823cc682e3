import { Command } from 'commander';
import { openApp, type AppContext } from '../../app/context.js';
import {
  formatVerifierKey,
  makeVerifierKey,
  SIGNATURE_TYPE_COSIGNATURE_V1,
} from '../../core/ledger/signed-note.js';
import type { GovernanceParameters, WitnessEntry } from '../../core/governance/vocabulary.js';
import { listWitnessedLogs, trustLog, untrustLog } from '../../app/witnessing/witness-logs.js';
import type { WitnessingStatus } from '../../app/witnessing/witness-status.js';
import { readWitnessingSettings } from '../../app/witnessing/witnessing-settings.js';
import { processEnvironment, witnessingConfig, type ConfigFlags } from '../../config/config.js';
import { serveWitness } from '../../http/serve-witness.js';
import { withClient } from '../api-client.js';
import { appOptions, globalOptions, type GlobalOptions } from '../global-options.js';
import { printResult, UsageError } from '../output.js';
import { RemoteProblem } from '../remote-problem.js';

/** Opens the data directory with the witnessing settings (the witness key among them). */
export async function withWitnessingApp<T>(
  options: GlobalOptions,
  run: (ctx: AppContext) => Promise<T>,
  flags: ConfigFlags = {},
): Promise<T> {
  const ctx = await openApp({
    ...appOptions(options),
    witnessing: readWitnessingSettings(
      options.dataDir,
      witnessingConfig(flags, processEnvironment()),
    ),
  });
  try {
    return await run(ctx);
  } finally {
    await ctx.store.close();
  }
}

function witnessVkey(ctx: AppContext): string {
  const witness = ctx.witnessing?.witness;
  if (!witness) {
    throw new UsageError(
      'This node has no witness name.',
      'Set DISCO_PUBLIC_URL (the name is then <host>/witness) or DISCO_WITNESS_NAME.',
    );
  }
  return formatVerifierKey(
    makeVerifierKey(
      witness.keyName,
      SIGNATURE_TYPE_COSIGNATURE_V1,
      Buffer.from(witness.signer.publicKey, 'base64url'),
    ),
  );
}

function serve(): Command {
  return new Command('serve')
    .description('run a witness alone: only POST /witness/add-checkpoint and its read route')
    .option('--port <port>', 'TCP port', '3100')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--public-url <url>', 'the address other nodes use (or DISCO_PUBLIC_URL)')
    .option('--witness-name <name>', "the witness key's name (or DISCO_WITNESS_NAME)")
    .action(async (opts: { port: string; host: string }, command: Command) => {
      const options = globalOptions(command);
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError(
          `--port ${opts.port} is not a TCP port`,
          'Use a number from 0 to 65535.',
        );
      const ctx = await openApp({
        ...appOptions(options),
        witnessing: readWitnessingSettings(
          options.dataDir,
          witnessingConfig(command.optsWithGlobals<ConfigFlags>(), processEnvironment()),
        ),
      });
      const vkey = witnessVkey(ctx);
      const server = await serveWitness(ctx, { port, host: opts.host });
      process.stdout.write(`witness ${vkey}\nlistening on ${server.url}/witness\n`);
      const stop = async (): Promise<void> => {
        await server.close();
        await ctx.store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}

function key(): Command {
  return new Command('key')
    .description("print this node's witness key (vkey) for logs to configure")
    .action(async (_opts: unknown, command: Command) => {
      const options = globalOptions(command);
      const vkey = await withWitnessingApp(options, async (ctx) => witnessVkey(ctx));
      printResult(options.json, { key: vkey }, () => vkey);
    });
}

function trust(): Command {
  return new Command('trust')
    .description(
      'witness a log: cosign checkpoints signed by this log key (its vkey, from GET /api/ledger/checkpoint X-Log-Key)',
    )
    .argument('<log-key>', 'the log verifier key: origin+keyid+base64')
    .action(async (logKey: string, _opts: unknown, command: Command) => {
      const options = globalOptions(command);
      const log = await withWitnessingApp(options, (ctx) => trustLog(ctx, logKey));
      printResult(
        options.json,
        log,
        () => `Witnessing ${log.origin} (cosigned up to ${log.size}).`,
      );
    });
}

function untrust(): Command {
  return new Command('untrust')
    .description('stop witnessing a log and forget what was cosigned for it')
    .argument('<origin>', 'the log origin')
    .action(async (origin: string, _opts: unknown, command: Command) => {
      const options = globalOptions(command);
      await withWitnessingApp(options, (ctx) => untrustLog(ctx, origin));
      printResult(options.json, { origin }, () => `No longer witnessing ${origin}.`);
    });
}

function logs(): Command {
  return new Command('logs')
    .description('the logs this witness cosigns, and the size it last cosigned for each')
    .action(async (_opts: unknown, command: Command) => {
      const options = globalOptions(command);
      const list = await withWitnessingApp(options, (ctx) => listWitnessedLogs(ctx));
      printResult(options.json, list, () =>
        list.length === 0
          ? 'This witness follows no log.'
          : list.map((l) => `${l.origin}  cosigned ${l.size}  (${l.updatedAt})`).join('\n'),
      );
    });
}

async function changeWitnesses(
  options: GlobalOptions,
  change: (current: WitnessEntry[]) => WitnessEntry[],
  title: string,
  deadline: string | undefined,
): Promise<string> {
  return withClient(options, async (api) => {
    const current = await api.call<GovernanceParameters>('GET', '/governance/parameters');
    const next = { ...current, witnesses: change(current.witnesses ?? []) };
    try {
      await api.call('PUT', '/governance/parameters', next);
      return 'The governance parameters are set with the new witnesses.';
    } catch (error) {
      if (!(error instanceof RemoteProblem && error.status === 409)) throw error;
    }
    if (!deadline) {
      throw new UsageError(
        'The governance parameters are set: the witnesses change only through a passed proposal.',
        'Give --deadline <instant> to open a policy-amendment proposal with the new witnesses.',
      );
    }
    const opened = await api.call<{ proposalId: string }>('POST', '/proposals', {
      title,
      body: `${title}. Witnesses cosign our checkpoints so that the recent past cannot be rewritten unseen (docs/ledger.md).`,
      deadline,
      method: 'consent',
      settings: {},
      change: { kind: 'policy-amendment', governanceParameters: next },
    });
    return `Opened proposal ${opened.proposalId}: the witnesses change once it passes.`;
  });
}

function add(): Command {
  return new Command('add')
    .description("send this DisCO's checkpoints to a witness (a governed parameter)")
    .argument('<url>', 'the witness prefix, e.g. https://witness.example/witness')
    .argument('<key>', 'its cosignature/v1 verifier key (`disco witness key` on the witness)')
    .option('--deadline <instant>', 'once parameters are set: the deadline of the proposal to open')
    .action(
      async (url: string, witnessKey: string, opts: { deadline?: string }, command: Command) => {
        const options = globalOptions(command);
        const message = await changeWitnesses(
          options,
          (list) => [...list.filter((w) => w.key !== witnessKey), { url, key: witnessKey }],
          `Add the witness ${witnessKey.split('+')[0]}`,
          opts.deadline,
        );
        printResult(options.json, { message }, () => message);
      },
    );
}

function remove(): Command {
  return new Command('remove')
    .description('stop sending checkpoints to a witness (a governed parameter)')
    .argument('<key>', 'its verifier key')
    .option('--deadline <instant>', 'once parameters are set: the deadline of the proposal to open')
    .action(async (witnessKey: string, opts: { deadline?: string }, command: Command) => {
      const options = globalOptions(command);
      const message = await changeWitnesses(
        options,
        (list) => {
          if (!list.some((w) => w.key === witnessKey))
            throw new UsageError(
              'No configured witness has that key.',
              'See `disco witness list`.',
            );
          return list.filter((w) => w.key !== witnessKey);
        },
        `Remove the witness ${witnessKey.split('+')[0]}`,
        opts.deadline,
      );
      printResult(options.json, { message }, () => message);
    });
}

function describeStatus(status: WitnessingStatus): string {
  if (status.witnesses.length === 0)
    return 'No witness is configured: add one with `disco witness add URL KEY`.';
  return [
    `Latest checkpoint: ${status.latestCheckpoint ?? 'none'}.`,
    ...status.witnesses.map((w) => {
      const lines = [
        `${w.name}  ${w.url}`,
        `  cosigned up to ${w.cosignedSize}${w.cosignedAt ? ` (${w.cosignedAt})` : ''}`,
      ];
      if (w.refusal) lines.push(`  REFUSED at ${w.refusedAt}: ${w.refusal}`);
      if (w.submission?.state === 'pending' && w.submission.lastError)
        lines.push(`  retrying (${w.submission.attempts} tries): ${w.submission.lastError}`);
      if (w.submission?.state === 'failed' && !w.refusal)
        lines.push(`  GAVE UP after ${w.submission.attempts} tries: ${w.submission.lastError}`);
      return lines.join('\n');
    }),
  ].join('\n');
}

function status(name: string, description: string): Command {
  return new Command(name)
    .description(description)
    .action(async (_opts: unknown, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        api.call<WitnessingStatus>('GET', '/ledger/witnesses'),
      );
      printResult(options.json, result, () => describeStatus(result));
    });
}

export function witnessCommand(): Command {
  return new Command('witness')
    .description("C2SP witnesses: run one, choose this DisCO's, see what they cosigned or refused")
    .addCommand(serve())
    .addCommand(key())
    .addCommand(trust())
    .addCommand(untrust())
    .addCommand(logs())
    .addCommand(add())
    .addCommand(remove())
    .addCommand(status('list', "this DisCO's witnesses"))
    .addCommand(status('status', "this DisCO's witnesses, what each cosigned and any refusal"));
}
