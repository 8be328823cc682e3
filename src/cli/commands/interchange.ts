import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Command } from 'commander';
import { readableFileSize, unreadableFile } from '../../app/file-reason.js';
import { findFounder } from '../../app/members/find-founder.js';
import { loadActor } from '../../app/members/load-actor.js';
import {
  importContributionsFile,
  type FileImportResult,
  type ImportProgress,
  type ImportResult,
} from '../../app/value/import-contributions.js';
import { withClient } from '../api-client.js';
import { globalOptions, withApp, type GlobalOptions } from '../global-options.js';
import { printResult, UsageError } from '../output.js';
import { startProgress, type Progress } from '../progress.js';

type Format = 'csv' | 'jsonld';

function formatOf(given: string | undefined, file: string | undefined): Format {
  const format = given ?? (file && ['.json', '.jsonld'].includes(extname(file)) ? 'jsonld' : 'csv');
  if (format !== 'csv' && format !== 'jsonld')
    throw new UsageError(`--format must be csv or jsonld; got ${format}.`);
  return format;
}

/**
 * `disco export`: contributions as CSV or Valueflows JSON-LD, to stdout or --output.
 *
 * @example disco export --format jsonld --output contributions.jsonld
 */
export function exportCommand(): Command {
  return new Command('export')
    .description('export contributions as CSV or Valueflows JSON-LD (to stdout, or --output)')
    .option('--format <format>', 'csv or jsonld (by default from --output’s extension, else csv)')
    .option('--member <id>', 'only this member’s contributions')
    .option('--output <file>', 'write the file here')
    .action(
      async (opts: { format?: string; member?: string; output?: string }, command: Command) => {
        const options = globalOptions(command);
        const format = formatOf(opts.format, opts.output);
        const query = new URLSearchParams({
          format,
          ...(opts.member ? { member: opts.member } : {}),
        }).toString();
        const file = await withClient(options, (api) =>
          api.call<{ format: Format; content: string }>(
            'GET',
            `/interchange/contributions?${query}`,
          ),
        );
        if (opts.output) {
          writeFileSync(opts.output, file.content);
          printResult(
            options.json,
            { format, output: opts.output, bytes: Buffer.byteLength(file.content) },
            () => `Wrote ${opts.output} (${format}).`,
          );
        } else {
          printResult(options.json, file, () => file.content.trimEnd());
        }
      },
    );
}

/** What the in-process routes take as this node's address (Hono's default origin): the same base. */
const LOCAL_BASE = 'http://localhost/';

/**
 * `disco import <file>`: all or nothing; every bad row is listed with its line, field and why. On
 * a local data directory the file is read as a stream (twice: checked, then recorded) and the bar
 * counts its rows; with --server it is sent whole to the server, which does the same.
 *
 * @example disco import timesheet.csv --dry-run
 */
export function importCommand(): Command {
  return new Command('import')
    .description(
      'import contributions from a CSV or Valueflows JSON-LD file, all or nothing (founders)',
    )
    .argument('<file>', 'the file (.csv, or .json/.jsonld)')
    .option('--format <format>', 'csv or jsonld (by default from the extension)')
    .option('--dry-run', 'check every row and report, recording nothing')
    .action(async (path: string, opts: { format?: string; dryRun?: boolean }, command: Command) => {
      const options = globalOptions(command);
      const format = formatOf(opts.format, path);
      readableFileSize(path);
      const dryRun = opts.dryRun ?? false;
      const result = options.server
        ? await remoteImport(options, path, format, dryRun)
        : await localImport(options, path, format, dryRun);
      printResult(options.json, result, () =>
        dryRun
          ? `${result.imported} contributions would be imported; nothing was recorded.`
          : `Imported ${result.imported} contributions.`,
      );
    });
}

type Imported = FileImportResult;

/** The file streamed through the import use case in this process, the bar following its rows. */
async function localImport(
  options: GlobalOptions,
  path: string,
  format: Format,
  dryRun: boolean,
): Promise<Imported> {
  // One bar over the file's bytes: the file is read once, each row checked and recorded as read
  // (a dry run only checks).
  const verb = dryRun ? 'Checking' : 'Importing';
  const bar: Progress | null = startProgress(`${verb} ${path}`, options);
  const rows = (n: number) => `${n.toLocaleString('en')} row${n === 1 ? '' : 's'}`;
  let read = 0;
  let recorded = 0;
  const onProgress = (p: ImportProgress): void => {
    read = p.rows;
    if (p.phase === 'recording') recorded = p.recorded;
    bar?.update(
      p.bytes,
      p.totalBytes,
      p.phase === 'recording'
        ? `${verb} ${path}: ${rows(p.rows)} checked, ${rows(p.recorded)} recorded`
        : `${verb} ${path}: ${rows(p.rows)}`,
    );
  };
  try {
    return await withApp(options, async (ctx) => {
      const operator = options.as ?? (await findFounder(ctx))?.memberId;
      const actor = operator ? await loadActor(ctx, operator) : null;
      return importContributionsFile(
        ctx,
        actor,
        { format, base: LOCAL_BASE, path, dryRun },
        { onProgress },
      );
    });
  } finally {
    bar?.stop(dryRun ? `Checked ${rows(read)}` : `Read ${rows(read)}, recorded ${rows(recorded)}`);
  }
}

/** The file sent whole to the server, which checks and records it as a local import does. */
async function remoteImport(
  options: GlobalOptions,
  path: string,
  format: Format,
  dryRun: boolean,
): Promise<Imported> {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    throw unreadableFile(path, error);
  }
  const progress = startProgress(`Importing ${path} on the server`, options);
  progress.update(0, 1);
  try {
    const done = await withClient(options, (api) =>
      api.call<ImportResult>('POST', '/interchange/contributions', {
        format,
        content,
        ...(dryRun ? { dryRun } : {}),
      }),
    );
    progress.update(1, 1);
    // Said as a local import says it: the events' seqs, not a line per row.
    const first = done.recorded[0];
    const last = done.recorded.at(-1);
    return first && last
      ? { imported: done.imported, seqs: { from: first.seq, to: last.seq } }
      : { imported: done.imported };
  } finally {
    progress.stop();
  }
}
