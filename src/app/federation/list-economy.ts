import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { ensureAllowed } from '../use-case-steps.js';
import { creditLineOf } from './economy-facts.js';
import { peerNames } from './economy-federation.js';

export interface TransferView {
  kind: 'solidarity' | 'credit';
  transferId: string;
  peer: string;
  peerName: string | null;
  /** 'out': this DisCO gives; 'in': it receives. */
  direction: 'out' | 'in';
  amount: string;
  currency: string;
  /** The payment reference of a solidarity transfer, the memo of a credit transfer. */
  note: string;
  proposalId: string | null;
  status: 'offered' | 'accepted' | 'cancelled' | 'refunded' | 'settled' | 'refused';
  refusalCode: string | null;
  offeredAt: string;
  endedAt: string | null;
}

export interface CreditLineView {
  peer: string;
  peerName: string | null;
  limit: string;
  currency: string;
  /** What this DisCO is owed (positive) or owes (negative) on the line. */
  balance: string;
  /** Sent and not yet answered. */
  pending: string;
  proposalId: string;
}

/**
 * Solidarity and mutual-credit transfers with federated DisCOs, newest first, and each credit
 * line with its limit and balance.
 *
 * @example const { transfers, lines } = await listEconomy(ctx, ana);
 */
export async function listEconomy(
  ctx: AppContext,
  actor: Actor | null,
): Promise<{ transfers: TransferView[]; lines: CreditLineView[] }> {
  ensureAllowed('economy.read', actor);
  const db = ctx.store.db;
  const [solidarity, credit, lineRows, names] = await Promise.all([
    db.selectFrom('solidarity_transfers').selectAll().execute(),
    db.selectFrom('credit_transfers').selectAll().execute(),
    db.selectFrom('credit_lines').selectAll().orderBy('set_at').execute(),
    peerNames(ctx),
  ]);
  const transfers: Array<TransferView & { seq: number }> = [
    ...solidarity.map((r) => ({
      kind: 'solidarity' as const,
      transferId: r.id,
      peer: r.peer,
      peerName: names.get(r.peer) ?? null,
      direction: r.direction,
      amount: r.amount,
      currency: r.currency,
      note: r.reference,
      proposalId: r.proposal_id,
      status: r.status,
      refusalCode: null,
      offeredAt: r.offered_at,
      endedAt: r.ended_at,
      seq: Number(r.seq),
    })),
    ...credit.map((r) => ({
      kind: 'credit' as const,
      transferId: r.id,
      peer: r.peer,
      peerName: names.get(r.peer) ?? null,
      direction: r.direction,
      amount: r.amount,
      currency: r.currency,
      note: r.memo,
      proposalId: null,
      status: r.status,
      refusalCode: r.refusal_code,
      offeredAt: r.offered_at,
      endedAt: r.ended_at,
      seq: Number(r.seq),
    })),
  ];
  const lines = await Promise.all(
    lineRows.map(async (r) => {
      const state = (await creditLineOf(db, r.peer))!;
      return {
        peer: r.peer,
        peerName: names.get(r.peer) ?? null,
        limit: r.credit_limit,
        currency: r.currency,
        balance: state.balance.toString(),
        pending: state.pendingOut.toString(),
        proposalId: r.proposal_id,
      };
    }),
  );
  return {
    transfers: transfers.sort((a, b) => b.seq - a.seq).map(({ seq: _seq, ...view }) => view),
    lines,
  };
}
