import { Command } from 'commander';
import type { RunView } from '../../app/distribution/run-view.js';
import { repairRunState } from '../../app/distribution/repair-run-state.js';
import { verifyRunFromExport } from '../../app/distribution/verify-run.js';
import type { WhatIfPeriod } from '../../app/distribution/what-if.js';
import { withClient, type ApiClient } from '../api-client.js';
import { globalOptions, withApp } from '../global-options.js';
import { CommandFailed, printResult, UsageError } from '../output.js';
import { RemoteProblem } from '../remote-problem.js';
import { formatMinor } from './contribution.js';
import { renderEnglish } from '../../core/messages/render-en.js';
import { readJsonFile } from './finance.js';

const runPath = (run: string): string => `/distribution/runs/${encodeURIComponent(run)}`;

function runText(run: RunView): string {
  const t = run.totals;
  return [
    `${run.id ? `Run ${run.id}` : 'Preview (nothing recorded)'} of ${run.period}${run.closed ? ' (closed)' : ''}: ${run.algorithm}, parameters version ${run.parametersVersion ?? 'given'}, ledger read to #${run.ledgerSeq}.`,
    `Income ${formatMinor(t.income)} ${run.currency}: ${t.buckets.map((b) => `${b.name} ${formatMinor(b.amount)}`).join(', ') || 'no buckets'}; paid ${formatMinor(t.paid)}; retained ${formatMinor(t.retained)}.`,
    ...run.members.map(
      (m) =>
        `  ${m.name.padEnd(24)} ${formatMinor(m.amount).padStart(12)}  (livelihood ${formatMinor(m.byStream.livelihood)}, love ${formatMinor(m.byStream.love)}, care ${formatMinor(m.byStream.care)}; still owed ${formatMinor(m.outstanding)})`,
    ),
  ].join('\n');
}

/**
 * A member named by id or display name, looked up among all members, so that a name the run does
 * not show is told apart from nobody at all.
 */
async function findMember(
  api: ApiClient,
  who: string,
): Promise<{ memberId: string; displayName: string }> {
  let cursor: string | null = null;
  do {
    const page: {
      items: { memberId: string; displayName: string }[];
      nextCursor: string | null;
    } = await api.call(
      'GET',
      `/members?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    const found = page.items.find((m) => m.memberId === who || m.displayName === who);
    if (found) return found;
    cursor = page.nextCursor;
  } while (cursor !== null);
  throw new RemoteProblem(
    404,
    'not-found',
    `There is no member ${who}.`,
    'Name the member by id or by name as `disco member list` shows them.',
  );
}

/**
 * Explanations in English from their codes (members by name, no claim ids); lines of runs recorded
 * before codes print their recorded text. Lines that move no money ('info') print no amount.
 */
function explanationText(
  run: RunView,
  members: RunView['members'],
  unpaid: RunView['unpaid'],
  nobody?: string,
): string {
  const names = new Map([...run.members, ...unpaid].map((m) => [m.memberId, m.name]));
  const context = { nameOf: (id: string) => names.get(id) };
  const said = (l: RunView['members'][number]['explanation'][number]) =>
    l.code === undefined
      ? l.text
      : renderEnglish({ code: l.code, params: l.params ?? {} }, context, l.text);
  const paid = members.map((m) =>
    [
      `${m.name}: ${formatMinor(m.amount)} ${run.currency}`,
      ...m.explanation.map(
        (l) => `  ${(l.kind === 'info' ? '' : formatMinor(l.amount)).padStart(12)}  ${said(l)}`,
      ),
    ].join('\n'),
  );
  const nothing = unpaid.map((u) => `${u.name}: ${renderEnglish(u, context)}`);
  if (nobody !== undefined && nothing.length === 0)
    return `${nobody} was paid nothing by the run of ${run.period}.`;
  return [...paid, ...(nothing.length > 0 ? [nothing.join('\n')] : [])].join('\n\n');
}

/**
 * `disco distribute <month> --preview|--commit`: runs the value equation for a month.
 *
 * @example disco distribute 2026-03 --commit
 */
export function distributeCommand(): Command {
  return new Command('distribute')
    .description(
      'run the value equation for a month: --preview records nothing, --commit records the run and closes the month',
    )
    .argument('<month>', 'YYYY-MM')
    .option('--preview', 'compute without recording (the default)')
    .option('--commit', 'record the run and close the month')
    .option(
      '--parameters <file>',
      'with --preview: try this parameter document instead of the one in force',
    )
    .action(
      async (
        period: string,
        o: { preview?: boolean; commit?: boolean; parameters?: string },
        command: Command,
      ) => {
        const options = globalOptions(command);
        if (o.preview && o.commit) throw new UsageError('Choose --preview or --commit, not both.');
        if (o.commit && o.parameters)
          throw new UsageError(
            '--parameters is only for --preview: a committed run uses the parameters in force.',
          );
        const parameters = o.parameters === undefined ? undefined : readJsonFile(o.parameters);
        const result = await withClient(options, (api) =>
          o.commit
            ? api.call<RunView>('POST', '/distribution/runs', { period })
            : api.call<RunView>('POST', '/distribution/preview', {
                period,
                ...(parameters ? { parameters } : {}),
              }),
        );
        printResult(options.json, result, () => runText(result));
      },
    );
}

/**
 * `disco distribution show|explain|verify`.
 *
 * @example disco distribution verify 2026-03 --from ledger.ndjson
 */
export function distributionCommand(): Command {
  const distribution = new Command('distribution').description(
    'committed distribution runs: list, show, explain, verify, repair-state',
  );
  distribution
    .command('show')
    .description('list the runs, or show one (by id or month)')
    .argument('[run]', 'run id or month YYYY-MM')
    .action(async (run: string | undefined, _o: unknown, command: Command) => {
      const options = globalOptions(command);
      if (run === undefined) {
        const result = await withClient(options, (api) =>
          api.call<{
            items: {
              id: string;
              period: string;
              income: string;
              paid: string;
              retained: string;
              currency: string;
            }[];
          }>('GET', '/distribution/runs'),
        );
        printResult(options.json, result, () =>
          result.items.length === 0
            ? 'No runs committed yet.'
            : result.items
                .map(
                  (r) =>
                    `${r.period}  ${r.id}  income ${formatMinor(r.income)}  paid ${formatMinor(r.paid)}  retained ${formatMinor(r.retained)} ${r.currency}`,
                )
                .join('\n'),
        );
        return;
      }
      const result = await withClient(options, (api) => api.call<RunView>('GET', runPath(run)));
      printResult(options.json, result, () => runText(result));
    });
  distribution
    .command('explain')
    .description(
      'each member’s payout in plain language, line by line (the lines add up to the payout)',
    )
    .argument('<run>', 'run id or month YYYY-MM')
    .option('--member <member>', 'only this member (id or name)')
    .action(async (run: string, o: { member?: string }, command: Command) => {
      const options = globalOptions(command);
      const { result, members, unpaid, nobody } = await withClient(options, async (api) => {
        const result = await api.call<RunView>('GET', runPath(run));
        const chosen = (m: { memberId: string; name: string }) =>
          o.member === undefined || m.memberId === o.member || m.name === o.member;
        const members = result.members.filter(chosen);
        // Runs recorded before reasons were given (schema 1) have no `unpaid`.
        const unpaid = (result.unpaid ?? []).filter(chosen);
        // A member the run paid nothing is an answer, in text as in JSON; only nobody is an error.
        const nobody =
          o.member !== undefined && members.length === 0 && unpaid.length === 0
            ? (await findMember(api, o.member)).displayName
            : undefined;
        return { result, members, unpaid, nobody };
      });
      printResult(
        options.json,
        {
          runId: result.id,
          period: result.period,
          currency: result.currency,
          members: members.map((m) => ({
            memberId: m.memberId,
            name: m.name,
            amount: m.amount,
            explanation: m.explanation,
          })),
          unpaid,
        },
        () => explanationText(result, members, unpaid, nobody),
      );
    });
  distribution
    .command('verify')
    .description(
      'recompute a run from an exported ledger alone (no node, no database) and confirm or refute it',
    )
    .argument('<run>', 'run id or month YYYY-MM')
    .requiredOption('--from <file>', 'a ledger export (disco ledger export FILE)')
    .option(
      '--from-state',
      'start from the state the previous run recorded (in the export, checked against its hash) instead of event 1',
    )
    .action(async (run: string, o: { from: string; fromState?: boolean }, command: Command) => {
      const options = globalOptions(command);
      const verdict = await verifyRunFromExport(o.from, run, { fromState: o.fromState === true });
      const text = verdict.confirmed
        ? `Confirmed: the run of ${verdict.period} (${verdict.runId}) is exactly what the ledger up to #${verdict.ledgerSeq} gives${o.fromState ? ', starting from the previous run’s recorded state' : ''}.`
        : [
            `Refuted: the run of ${verdict.period} (${verdict.runId}) is not what the ledger up to #${verdict.ledgerSeq} gives:`,
            ...verdict.differences.map((d) => `  ${d}`),
          ].join('\n');
      if (!verdict.confirmed) throw new CommandFailed(text, verdict);
      printResult(options.json, verdict, () => text);
    });
  distribution
    .command('repair-state')
    .description(
      'recompute a run’s recorded state from event 1 and store it if it matches the hash its event recorded (node-local)',
    )
    .argument('<run>', 'run id or month YYYY-MM')
    .action(async (run: string, _o: unknown, command: Command) => {
      const options = globalOptions(command);
      const result = await withApp(options, (ctx) => repairRunState(ctx, run));
      printResult(
        options.json,
        result,
        () =>
          `Repaired: the state of run ${result.runId} (${result.period}) was recomputed from event 1 and matches its hash ${result.hash}; the next run starts from it.`,
      );
    });
  return distribution;
}

/**
 * `disco whatif <params.json> [--period M]...`: what a candidate parameter document would pay.
 *
 * @example disco whatif proposal.json --period 2026-01 --period 2026-02
 */
export function whatIfCommand(): Command {
  return new Command('whatif')
    .description(
      'compare a candidate parameter document with what is in force (or was recorded), per member; records nothing',
    )
    .argument('<params>', 'a value-equation@1 parameter document (JSON file)')
    .option(
      '--period <month>',
      'a month YYYY-MM (repeatable; the current month by default)',
      (value: string, all: string[] = []) => [...all, value],
    )
    .action(async (file: string, o: { period?: string[] }, command: Command) => {
      const options = globalOptions(command);
      const parameters = readJsonFile(file);
      const result = await withClient(options, (api) =>
        api.call<{ periods: WhatIfPeriod[] }>('POST', '/distribution/whatif', {
          parameters,
          ...(o.period ? { periods: o.period } : {}),
        }),
      );
      printResult(options.json, result, () =>
        result.periods
          .map((p) =>
            [
              `${p.period}: paid ${formatMinor(p.totals.current)} now, ${formatMinor(p.totals.candidate)} with the candidate`,
              ...p.members.map(
                (m) =>
                  `  ${m.name.padEnd(24)} ${formatMinor(m.current).padStart(12)} -> ${formatMinor(m.candidate).padStart(12)}  (${m.delta.startsWith('-') ? '' : '+'}${formatMinor(m.delta)})`,
              ),
            ].join('\n'),
          )
          .join('\n\n'),
      );
    });
}

/**
 * `disco payout <run> [member amount --reference R]`: records a payout, or prints the payout list (CSV).
 *
 * @example disco payout 2026-03 0193... 120000 --reference "SEPA 123"
 */
export function payoutCommand(): Command {
  return new Command('payout')
    .description(
      'with a member and amount: record that they were paid (with --reference); alone: print the run’s payout list as CSV',
    )
    .argument('<run>', 'run id or month YYYY-MM')
    .argument('[member]', 'member id or name')
    .argument('[amount]', 'minor units')
    .option('--reference <text>', 'the payment reference, e.g. the bank transfer id')
    .option('--date <date>', 'the day the money left (today by default)')
    .action(
      async (
        run: string,
        member: string | undefined,
        amount: string | undefined,
        o: { reference?: string; date?: string },
        command: Command,
      ) => {
        const options = globalOptions(command);
        if (member === undefined) {
          const file = await withClient(options, (api) =>
            api.call<{ format: 'csv'; content: string }>(
              'GET',
              `/payouts.csv?runId=${encodeURIComponent(run)}`,
            ),
          );
          printResult(options.json, file, () => file.content.trimEnd());
          return;
        }
        if (amount === undefined || o.reference === undefined)
          throw new UsageError(
            'A payout needs the member, the amount and --reference.',
            'disco payout <run> <member> <amount> --reference "SEPA 123"',
          );
        const result = await withClient(options, async (api) => {
          const view = await api.call<RunView>('GET', runPath(run));
          const memberId =
            view.members.find((m) => m.memberId === member || m.name === member)?.memberId ??
            (await findMember(api, member)).memberId;
          return api.call<{ id: string; recorded: { seq: number; type: string }[] }>(
            'POST',
            '/payouts',
            {
              runId: view.id!,
              memberId,
              amount,
              reference: o.reference,
              ...(o.date ? { date: o.date } : {}),
            },
          );
        });
        printResult(
          options.json,
          result,
          () => `Recorded payout ${result.id} (#${result.recorded[0]?.seq}).`,
        );
      },
    );
}
