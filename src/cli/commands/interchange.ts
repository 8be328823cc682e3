import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult, UsageError } from '../output.js';
import { startProgress } from '../progress.js';

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

/**
 * `disco import <file>`: all or nothing; every bad row is listed with its line, field and why.
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
      let content: string;
      try {
        content = readFileSync(path, 'utf8');
      } catch (error) {
        throw new UsageError(
          `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}.`,
        );
      }
      // Checking the whole file first, then appending it in one batch: the bar shows the two steps.
      const progress = startProgress(`Importing ${path}`, options);
      const result = await withClient(options, async (api) => {
        progress.update(0, 2);
        const checked = await api.call<{ imported: number }>('POST', '/interchange/contributions', {
          format,
          content,
          dryRun: true,
        });
        progress.update(1, 2);
        if (opts.dryRun) return { ...checked, contributionIds: [], recorded: [] };
        const done = await api.call<{
          imported: number;
          contributionIds: string[];
          recorded: { seq: number; type: string }[];
        }>('POST', '/interchange/contributions', { format, content });
        progress.update(2, 2);
        return done;
      }).finally(() => progress.stop());
      printResult(options.json, result, () =>
        opts.dryRun
          ? `${result.imported} contributions would be imported; nothing was recorded.`
          : `Imported ${result.imported} contributions.`,
      );
    });
}
