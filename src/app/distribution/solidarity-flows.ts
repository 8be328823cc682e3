import { ECONOMY_EVENT } from '../../core/federation/economy-events.js';
import type { SolidarityFlows, SolidarityPeer } from '../../core/finance/flows.js';
import type { FinanceState } from '../../core/finance/state.js';
import type { AppContext } from '../context.js';
import { peerNames } from '../federation/economy-federation.js';

const CHUNK = 500;

/**
 * Which of a month's income and expenses are solidarity transfers, and with which DisCO. The
 * acceptance (income) and the receipt (expense) are appended in one batch just before the money
 * they name, so each is read by its seq, never by scanning the ledger; the ids they hold decide,
 * not the payer's or payee's free text.
 *
 * @example await solidarityFlows(ctx, finance, datedInRun(finance, '2026-03'))
 */
export async function solidarityFlows(
  ctx: AppContext,
  finance: FinanceState,
  inRun: (date: string) => boolean,
): Promise<SolidarityFlows> {
  const income = finance.income.filter((i) => i.source === 'solidarity' && inRun(i.date));
  const expenses = finance.expenses.filter((e) => inRun(e.date));
  const seqs = [...income, ...expenses].map((r) => r.seq - 1).filter((seq) => seq > 0);
  if (seqs.length === 0) return { from: new Map(), to: new Map(), expenses };
  const names = await peerNames(ctx);
  const from = new Map<string, SolidarityPeer>();
  const to = new Map<string, SolidarityPeer>();
  for (let k = 0; k < seqs.length; k += CHUNK) {
    const rows = await ctx.store.db
      .selectFrom('events')
      .select(['type', 'payload'])
      .where('seq', 'in', seqs.slice(k, k + CHUNK))
      .where('type', 'in', [ECONOMY_EVENT.transferAccepted, ECONOMY_EVENT.transferReceipted])
      .execute();
    for (const row of rows) {
      const p = JSON.parse(row.payload) as { peer: string; incomeId?: string; expenseId?: string };
      const peer = { peer: p.peer, name: names.get(p.peer) ?? p.peer };
      if (row.type === ECONOMY_EVENT.transferAccepted && p.incomeId) from.set(p.incomeId, peer);
      if (row.type === ECONOMY_EVENT.transferReceipted && p.expenseId) to.set(p.expenseId, peer);
    }
  }
  return { from, to, expenses };
}
