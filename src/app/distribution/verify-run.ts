import { FINANCE_EVENT } from '../../core/finance/events.js';
import { foldFinanceEvents } from '../../core/finance/state.js';
import { verifyRun, type RunVerdict } from '../../core/finance/verify-run.js';
import { notFound } from '../errors.js';
import { openLedgerFile } from '../ledger/ledger-file.js';
import { foldLedgerFacts } from './ledger-facts.js';

/**
 * Recomputes a run from an exported ledger alone (no database, no node): finds the run by id or
 * month in the file, folds value, finance, membership and leave events up to the position the run read,
 * runs the value equation again and compares. Check the file's own integrity with `disco ledger verify`.
 *
 * @example const verdict = await verifyRunFromExport('ledger.ndjson', '2026-03'); // { confirmed: true, differences: [] }
 */
export async function verifyRunFromExport(
  path: string,
  runIdOrPeriod: string,
): Promise<RunVerdict> {
  const file = await openLedgerFile(path);
  let found = null;
  for await (const event of file.events()) {
    if (event.type !== FINANCE_EVENT.runCommitted) continue;
    const run = foldFinanceEvents([event]).runs[0];
    if (run && (run.id === runIdOrPeriod || run.period === runIdOrPeriod)) {
      found = run;
      break;
    }
  }
  if (!found)
    throw notFound(
      `There is no distribution run ${runIdOrPeriod} in ${path}.`,
      'Name a run by its id or its month (YYYY-MM).',
    );
  const facts = await foldLedgerFacts(file.events(), found.ledgerSeq);
  return verifyRun(facts, found);
}
