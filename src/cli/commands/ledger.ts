import { Command } from 'commander';
import { createWriteStream, readFileSync, renameSync, rmSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Fault, VerifyReport } from '../../core/ledger/verify.js';
import { exportLedger } from '../../app/ledger/export-ledger.js';
import { importLedger } from '../../app/ledger/import-ledger.js';
import { headerPromise, openLedgerFile, type LedgerFile } from '../../app/ledger/ledger-file.js';
import { getEventWithProof } from '../../app/ledger/ledger-proofs.js';
import { makeCheckpoint } from '../../app/ledger/make-checkpoint.js';
import { verifyLedger } from '../../app/ledger/verify-ledger.js';
import { verifyStoredLedger } from '../../app/ledger/verify-stored-ledger.js';
import { eventCatalog } from '../../app/event-catalog.js';
import { parseJsonFile, unreadableFile } from '../../app/file-reason.js';
import { invalid, refusal } from '../../app/errors.js';
import { checkEvidence } from '../../core/ledger/monitor.js';
import { clientFor } from '../api-client.js';
import { apiSource, forgetPin, pinOf, runMonitor, sourceName } from '../monitor.js';
import { globalOptions, withApp } from '../global-options.js';
import {
  checkFileCosignatures,
  checkWitnesses,
  type WitnessCheck,
} from '../../app/witnessing/check-witnesses.js';
import { withWitnessingApp } from './witness.js';
import { CommandFailed, printResult, UsageError } from '../output.js';
import { startProgress } from '../progress.js';

function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`${name} must be a whole number of at least 1, not "${value}"`);
  return n;
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

function describeReport(report: VerifyReport): string {
  if (report.ok) {
    return [
      `The ledger verifies: ${plural(report.size, 'event')}, ${plural(report.checkpointsChecked, 'signed checkpoint')}.`,
      `root ${report.root}`,
      `ledger id ${report.ledgerId ?? '(empty)'}, node key ${report.nodeKey ?? '(none)'}`,
    ].join('\n');
  }
  const f = report.fault!;
  return `The ledger does NOT verify. First bad: ${faultPosition(f)}: ${f.kind}: ${f.message}`;
}

/** Where a fault is, in the words of docs/ledger.md's positions. */
function faultPosition(fault: Fault): string {
  switch (fault.kind) {
    case 'checkpoint-mismatch':
    case 'bad-checkpoint-signature':
      return `the checkpoint at size ${fault.seq}`;
    case 'merkle-node-mismatch':
      return `the Merkle node completed by event ${fault.seq}`;
    default:
      return `event ${fault.seq}`;
  }
}

interface VerifyFlags {
  file?: string;
  nodeKey?: string;
  witness: string[];
  minWitnesses?: string;
}

function describeWitnessCheck(check: WitnessCheck): string {
  const head = check.ok
    ? `Witnessed: the latest checkpoint (${check.treeSize} events) has ${check.cosignedBy.length} of the ${check.required} cosignatures required.`
    : `NOT witnessed as required: the latest checkpoint (${check.treeSize ?? 'none'}) has ${check.cosignedBy.length} of the ${check.required} cosignatures required.`;
  return [
    head,
    ...check.cosignedBy.map(
      (w) => `  cosigned by ${w.name} at ${new Date(w.timestamp * 1000).toISOString()}`,
    ),
    ...check.problems.map((p) => `  ${p}`),
  ].join('\n');
}

function verify(): Command {
  return new Command('verify')
    .description('recompute every hash, link, signature and checkpoint; names the first bad event')
    .option('--file <export>', "verify a ledger export file instead of this node's database")
    .option(
      '--node-key <key>',
      "the node key you expect (base64url); otherwise the genesis event's key is trusted",
    )
    .option(
      '--witness <vkey>',
      'a witness key (cosignature/v1 vkey) whose cosignature counts; repeat for several',
      (value: string, all: string[]) => [...all, value],
      [] as string[],
    )
    .option(
      '--min-witnesses <m>',
      'fail unless the latest checkpoint has this many valid cosignatures by the --witness keys',
    )
    .action(async (opts: VerifyFlags, command: Command) => {
      const options = globalOptions(command);
      const minWitnesses =
        opts.minWitnesses === undefined ? opts.witness.length : Number(opts.minWitnesses);
      if (!Number.isSafeInteger(minWitnesses) || minWitnesses < 0)
        throw new UsageError(`--min-witnesses must be a whole number, not "${opts.minWitnesses}"`);
      const bar = startProgress('Verifying', options);
      const onProgress = (done: number, total: number): void => bar.update(done, total);
      const nodeKey = opts.nodeKey ? { nodeKey: opts.nodeKey } : {};
      let report: VerifyReport;
      let file: LedgerFile | null = null;
      if (opts.file) {
        file = await openLedgerFile(opts.file);
        report = await verifyLedger(
          {
            events: file.events(),
            checkpoints: file.checkpoints,
            total: file.header.size,
            promised: headerPromise(file.header),
          },
          { ...nodeKey, catalog: eventCatalog, onProgress },
        );
      } else {
        report = await withApp(options, (ctx) =>
          verifyStoredLedger(ctx, { ...nodeKey, onProgress }),
        );
      }
      bar.stop(report.ok ? 'Verified' : 'Fault found');
      if (!report.ok) throw new CommandFailed(describeReport(report), report);
      if (opts.witness.length > 0) {
        const witnessOptions = { witnessKeys: opts.witness, minWitnesses };
        // A file is checked offline against the cosignatures it carries; a node also asks its witnesses.
        const witnesses = file
          ? checkFileCosignatures(file, witnessOptions)
          : await withWitnessingApp(options, (ctx) => checkWitnesses(ctx, witnessOptions));
        const text = `${describeReport(report)}\n${describeWitnessCheck(witnesses)}`;
        if (!witnesses.ok) throw new CommandFailed(text, { ...report, witnesses });
        printResult(options.json, { ...report, witnesses }, () => text);
        return;
      }
      printResult(options.json, report, () => describeReport(report));
    });
}

function show(): Command {
  return new Command('show')
    .description('print one event, or a page of events')
    .argument('[seq]', 'sequence number of one event')
    .option('--after <seq>', 'list events after this sequence number', '0')
    .option('--limit <n>', 'how many events to list', '20')
    .action(
      async (
        seqText: string | undefined,
        opts: { after: string; limit: string },
        command: Command,
      ) => {
        const options = globalOptions(command);
        const seq = positiveInteger('seq', seqText);
        const after = opts.after === '0' ? 0 : positiveInteger('--after', opts.after)!;
        const limit = Math.min(positiveInteger('--limit', opts.limit)!, 1000);
        await withApp(options, async (ctx) => {
          if (seq !== undefined) {
            const event = await ctx.store.event(seq);
            if (!event)
              throw new CommandFailed(
                `There is no event ${seq}; the ledger has ${(await ctx.store.head()).size}.`,
              );
            printResult(options.json, event, () => JSON.stringify(event, null, 2));
            return;
          }
          const events = await ctx.store.events(after, limit);
          printResult(options.json, events, () =>
            events.length === 0
              ? 'No events.'
              : events
                  .map(
                    (e) =>
                      `${String(e.seq).padStart(7)}  ${e.time}  ${e.type.padEnd(24)} ${e.actor ?? '(node)'}  ${e.hash.slice(0, 16)}…`,
                  )
                  .join('\n'),
          );
        });
      },
    );
}

function proof(): Command {
  return new Command('proof')
    .description(
      "print an event's inclusion proof (against the latest signed checkpoint that covers it)",
    )
    .argument('<seq>', 'sequence number')
    .option('--tree-size <n>', 'prove against the tree of this size instead')
    .action(async (seqText: string, opts: { treeSize?: string }, command: Command) => {
      const options = globalOptions(command);
      const seq = positiveInteger('seq', seqText)!;
      const treeSize = positiveInteger('--tree-size', opts.treeSize);
      const result = await withApp(options, (ctx) => getEventWithProof(ctx.store, seq, treeSize));
      printResult(options.json, result, () =>
        [
          `event ${seq} hash ${result.event.hash}`,
          `leaf ${result.proof.leafIndex} of a tree of ${result.proof.treeSize}: leaf hash ${result.proof.leafHash}`,
          `root ${result.proof.root}${result.proof.checkpoint ? ` (signed checkpoint of ${result.proof.checkpoint.time})` : ' (no signed checkpoint at this size)'}`,
          'path:',
          ...result.proof.path.map((h, i) => `  ${i}: ${h}`),
        ].join('\n'),
      );
    });
}

function checkpoint(): Command {
  return new Command('checkpoint')
    .description('sign the current tree head now')
    .action(async (_opts: unknown, command: Command) => {
      const options = globalOptions(command);
      const cp = await withApp(options, (ctx) => makeCheckpoint(ctx));
      printResult(
        options.json,
        cp,
        () => `Signed checkpoint: ${cp.treeSize} events, root ${cp.root}, at ${cp.time}.`,
      );
    });
}

function exportCmd(): Command {
  return new Command('export')
    .description(
      'write the ledger as a portable file anyone can verify offline (to stdout without a file)',
    )
    .argument('[file]', 'where to write it')
    .action(async (file: string | undefined, _opts: unknown, command: Command) => {
      const options = globalOptions(command);
      await withApp(options, async (ctx) => {
        if (!file) {
          await exportLedger(ctx, process.stdout);
          return;
        }
        const bar = startProgress('Exporting', options);
        // Written beside the target and renamed at the end, so a failed export never leaves half a file.
        const partial = `${file}.partial`;
        const out = createWriteStream(partial, { flags: 'w' });
        try {
          const header = await exportLedger(ctx, out, (done, total) => bar.update(done, total));
          out.end();
          await finished(out);
          renameSync(partial, file);
          bar.stop('Exported');
          printResult(
            options.json,
            { file, ...header },
            () => `Exported ${header.size} events of ledger ${header.ledgerId} to ${file}.`,
          );
        } catch (error) {
          out.destroy();
          rmSync(partial, { force: true });
          throw error;
        }
      });
    });
}

function importCmd(): Command {
  return new Command('import')
    .description('load a ledger export into an empty database, after verifying all of it')
    .argument('<file>', 'a file written by `disco ledger export`')
    .option('--node-key <key>', 'the node key you expect (base64url)')
    .action(async (file: string, opts: { nodeKey?: string }, command: Command) => {
      const options = globalOptions(command);
      const bar = startProgress('Importing', options);
      const report = await withApp(options, (ctx) =>
        importLedger(ctx, file, {
          ...(opts.nodeKey ? { nodeKey: opts.nodeKey } : {}),
          onProgress: (_phase, done, total) => bar.update(done, total),
        }),
      );
      bar.stop('Imported');
      printResult(
        options.json,
        report,
        () => `Imported and verified ${report.size} events of ledger ${report.ledgerId}.`,
      );
    });
}

function monitor(): Command {
  return new Command('monitor')
    .description(
      "check the node's latest checkpoint against the last one you verified (every command does this too)",
    )
    .option(
      '--forget',
      'after investigating an alarm: drop the kept checkpoint and trust the current one',
    )
    .action(async (opts: { forget?: boolean }, command: Command) => {
      const options = globalOptions(command);
      const source = sourceName(options);
      const forgotten = opts.forget ? forgetPin(source) : false;
      const client = await clientFor(options);
      const result = await runMonitor(apiSource(source, client)).finally(() => client.close());
      const pin = pinOf(source);
      printResult(options.json, { ...result, forgotten, pin }, () => {
        const lines = forgotten ? [`Forgot the checkpoint kept for ${source}.`] : [];
        if (result.status === 'no-checkpoint')
          lines.push(`${source} has not signed a checkpoint yet; nothing to monitor.`);
        else {
          const cp = result.checkpoint;
          const verb = {
            pinned: 'Trusted on first use',
            unchanged: 'Unchanged since last check',
            extended: 'Verified as an extension of the last checkpoint',
          }[result.status];
          lines.push(
            `${verb}: ${source}, ledger ${cp.ledgerId}`,
            `size ${cp.treeSize}, root ${cp.root}, signed ${cp.time} by node key ${cp.nodeKey}`,
          );
        }
        return lines.join('\n');
      });
    });
}

function evidence(): Command {
  return new Command('evidence')
    .description(
      'check an evidence file offline: exit 0 when it proves the node signed two contradicting histories, 1 when it proves nothing',
    )
    .argument('<file>', 'an evidence file written by a monitor alarm (disco-cat/evidence@1)')
    .action((file: string, _opts: unknown, command: Command) => {
      const options = globalOptions(command);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw unreadableFile(file, error);
      }
      const value = parseJsonFile(file, text, refusal('hint.give-evidence-file-alarm-printed'), {
        object: false,
      });
      const check = checkEvidence(value);
      if (check.verdict === 'malformed')
        throw invalid(
          refusal('refusal.file-problem', { file, message: check.message }),
          check.errors,
          refusal('hint.give-evidence-file-exactly-monitor-wrote'),
        );
      if (check.verdict === 'unproven') throw new CommandFailed(`${file}: ${check.message}`, check);
      printResult(options.json, check, () => check.message);
    });
}

export function ledgerCommand(): Command {
  return new Command('ledger')
    .description('inspect, prove, verify, export and import the ledger')
    .addCommand(verify())
    .addCommand(show())
    .addCommand(proof())
    .addCommand(checkpoint())
    .addCommand(exportCmd())
    .addCommand(importCmd())
    .addCommand(monitor())
    .addCommand(evidence());
}
