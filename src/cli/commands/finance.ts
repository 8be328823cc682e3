import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { refusal } from '../../app/errors.js';
import { parseJsonFile, unreadableFile } from '../../app/file-reason.js';
import { withClient } from '../api-client.js';
import { accountName, memberNames } from '../member-names.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';
import { formatMinor } from './contribution.js';

type Recorded = { id: string; recorded: { seq: number; type: string }[] };
const recordedLine = (r: Recorded): string =>
  `Recorded ${r.recorded.map((e) => `#${e.seq} ${e.type}`).join(', ')} (id ${r.id}).`;
const today = (): string => new Date().toISOString().slice(0, 10);
const periodQuery = (period?: string): string =>
  period ? `?period=${encodeURIComponent(period)}` : '';

/**
 * Reads a JSON object from a file (a CAT parameter document).
 *
 * @example readJsonFile('params.json')
 */
export function readJsonFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw unreadableFile(path, error);
  }
  return parseJsonFile(path, text, refusal('hint.see-distribution-doc-parameters')) as Record<
    string,
    unknown
  >;
}

interface IncomeItem {
  id: string;
  source: string;
  amount: string;
  fee: string;
  currency: string;
  date: string;
  description: string;
}

/**
 * `disco income add|list`: money received (amounts in minor units).
 *
 * @example disco income add 150000 --source client --project P --description "Website" --fee 250
 */
export function incomeCommand(): Command {
  const income = new Command('income').description(
    'money received: client payments, grants, donations (amounts in minor units)',
  );
  income
    .command('add')
    .description('record income; money in another currency needs --rate')
    .argument('<amount>', 'minor units, e.g. 150000 for 1,500.00')
    .requiredOption('--source <source>', 'client, grant or donation')
    .requiredOption('--description <text>', 'what the money is for')
    .option('--currency <code>', 'ISO 4217 code (the DisCO’s currency by default)')
    .option('--rate <rate>', 'exchange rate to the DisCO’s currency (base per unit), e.g. 1.0825')
    .option('--date <date>', 'YYYY-MM-DD (today by default)')
    .option('--project <id>', 'the livelihood project a client paid for')
    .option('--payer <name>', 'who paid')
    .option('--fee <amount>', 'fee kept by a bank or platform, minor units')
    .action(
      async (
        amount: string,
        o: {
          source: string;
          description: string;
          currency?: string;
          rate?: string;
          date?: string;
          project?: string;
          payer?: string;
          fee?: string;
        },
        command: Command,
      ) => {
        const options = globalOptions(command);
        const result = await withClient(options, async (api) => {
          const currency =
            o.currency ?? (await api.call<{ currency: string }>('GET', '/books')).currency;
          return api.call<Recorded & { amount: string; currency: string }>('POST', '/income', {
            source: o.source,
            amount,
            currency,
            date: o.date ?? today(),
            description: o.description,
            ...(o.project ? { projectId: o.project } : {}),
            ...(o.payer ? { payer: o.payer } : {}),
            ...(o.fee ? { fee: o.fee } : {}),
            ...(o.rate ? { exchangeRate: o.rate } : {}),
          });
        });
        printResult(
          options.json,
          result,
          () => `${recordedLine(result)} ${formatMinor(result.amount)} ${result.currency}.`,
        );
      },
    );
  income
    .command('list')
    .description('income of a month (or all)')
    .option('--period <month>', 'YYYY-MM')
    .action(async (o: { period?: string }, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        api.call<{ items: IncomeItem[] }>('GET', `/income${periodQuery(o.period)}`),
      );
      printResult(options.json, result, () =>
        result.items.length === 0
          ? 'No income recorded.'
          : result.items
              .map(
                (i) =>
                  `${i.date}  ${i.source.padEnd(8)} ${formatMinor(i.amount).padStart(12)} ${i.currency}${i.fee !== '0' ? ` (fee ${formatMinor(i.fee)})` : ''}  ${i.description}`,
              )
              .join('\n'),
      );
    });
  return income;
}

/**
 * `disco expense add|list`: money spent (amounts in minor units).
 *
 * @example disco expense add 4500 --payee "Hosting Coop" --reason "Servers"
 */
export function expenseCommand(): Command {
  const expense = new Command('expense').description(
    'money the collective spent (amounts in minor units)',
  );
  expense
    .command('add')
    .description('record an expense')
    .argument('<amount>', 'minor units')
    .requiredOption('--payee <name>', 'who was paid')
    .requiredOption('--reason <text>', 'why')
    .option('--currency <code>', 'ISO 4217 code (the DisCO’s currency by default)')
    .option('--date <date>', 'YYYY-MM-DD (today by default)')
    .action(
      async (
        amount: string,
        o: { payee: string; reason: string; currency?: string; date?: string },
        command: Command,
      ) => {
        const options = globalOptions(command);
        const result = await withClient(options, async (api) => {
          const currency =
            o.currency ?? (await api.call<{ currency: string }>('GET', '/books')).currency;
          return api.call<Recorded>('POST', '/expenses', {
            amount,
            currency,
            date: o.date ?? today(),
            payee: o.payee,
            reason: o.reason,
          });
        });
        printResult(options.json, result, () => recordedLine(result));
      },
    );
  expense
    .command('list')
    .description('expenses of a month (or all)')
    .option('--period <month>', 'YYYY-MM')
    .action(async (o: { period?: string }, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        api.call<{
          items: {
            date: string;
            amount: string;
            currency: string;
            payee: string;
            reason: string;
          }[];
        }>('GET', `/expenses${periodQuery(o.period)}`),
      );
      printResult(options.json, result, () =>
        result.items.length === 0
          ? 'No expenses recorded.'
          : result.items
              .map(
                (e) =>
                  `${e.date}  ${formatMinor(e.amount).padStart(12)} ${e.currency}  ${e.payee}: ${e.reason}`,
              )
              .join('\n'),
      );
    });
  return expense;
}

interface Books {
  period: string | null;
  currency: string;
  accounts: { account: string; debit: string; credit: string; balance: string }[];
  trialBalance: string;
  closed: boolean;
}

/**
 * `disco books [--period]`: the double-entry books and their trial balance.
 *
 * @example disco books --period 2026-03
 */
export function booksCommand(): Command {
  return new Command('books')
    .description(
      'double-entry books of a month (or all): accounts, debits, credits, balance, trial balance',
    )
    .option('--period <month>', 'YYYY-MM')
    .action(async (o: { period?: string }, command: Command) => {
      const options = globalOptions(command);
      const { result, nameOf } = await withClient(options, async (api) => ({
        result: await api.call<Books>('GET', `/books${periodQuery(o.period)}`),
        nameOf: options.json ? (id: string) => id : await memberNames(api),
      }));
      printResult(options.json, result, () =>
        [
          `Books of ${result.period ?? 'all time'} in ${result.currency}${result.closed ? ' (closed)' : ''}:`,
          `${'account'.padEnd(40)} ${'debit'.padStart(14)} ${'credit'.padStart(14)} ${'balance'.padStart(14)}`,
          ...result.accounts.map(
            (a) =>
              `${accountName(a.account, nameOf).padEnd(40)} ${formatMinor(a.debit).padStart(14)} ${formatMinor(a.credit).padStart(14)} ${formatMinor(a.balance).padStart(14)}`,
          ),
          `Trial balance: ${formatMinor(result.trialBalance)}`,
        ].join('\n'),
      );
    });
}

interface ParamVersion {
  version: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  decidedBy: { kind: string; proposalId?: string };
  document: Record<string, unknown>;
}

/**
 * `disco cat params [--set FILE]`: the CAT parameter versions; a founder sets the first with --set.
 *
 * @example disco cat params --json
 */
export function catCommand(): Command {
  const cat = new Command('cat').description('the Community Algorithmic Trust');
  cat
    .command('params')
    .description(
      'show the CAT parameter versions; --set FILE records the first document (founder bootstrap)',
    )
    .option(
      '--set <file>',
      'a value-equation@1 parameter document (JSON); later changes need a passed cat-parameter-change proposal',
    )
    .action(async (o: { set?: string }, command: Command) => {
      const options = globalOptions(command);
      const document = o.set === undefined ? undefined : readJsonFile(o.set);
      const result = await withClient(options, async (api) => {
        if (document)
          return api.call<{ version: number; recorded: { seq: number; type: string }[] }>(
            'POST',
            '/cat/parameters',
            document,
          );
        return api.call<{ current: ParamVersion | null; history: ParamVersion[] }>(
          'GET',
          '/cat/parameters',
        );
      });
      printResult(options.json, result, () => {
        if ('version' in result) return `Recorded CAT parameters version ${result.version}.`;
        if (result.history.length === 0)
          return 'No CAT parameters yet: a founder sets the first with `disco cat params --set FILE`.';
        return result.history
          .map(
            (v) =>
              `${v === result.current ? '*' : ' '} version ${v.version}  ${v.effectiveFrom} to ${v.effectiveTo ?? 'open end'}  decided by ${v.decidedBy.kind === 'proposal' ? `proposal ${v.decidedBy.proposalId}` : 'the founder'}`,
          )
          .join('\n');
      });
    });
  return cat;
}
