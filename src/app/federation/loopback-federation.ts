import type { DialectUnderTest } from '../../../test/support/stores.js';
import type { Actor } from '../../core/access/actor.js';
import { castBallot } from '../governance/cast-ballot.js';
import { closeDueProposals } from '../governance/close-due-proposals.js';
import { DAY, openTestGovernance, type TestGovernance } from '../governance/test-governance.js';
import { attachFederation } from './economy-federation.js';
import type { ActivityJson, FederationOutbox } from './federation-port.js';
import { INBOUND_HANDLERS } from './inbound-handlers.js';
import { recordFederationRelation } from './test-relation.js';

/** The WebFinger handle a loopback node's peers know it by, and show as its name. */
export const loopbackHandle = (name: string): string => `disco@${name.toLowerCase()}.disco.test`;

export interface LoopbackNode extends TestGovernance {
  name: string;
  actorId: string;
  /** A committed worker-member who proposes, votes and moves money. */
  ana: Actor;
  /** Opens a proposal, has Ana vote for it and closes it passed; returns its id. */
  decide(title: string): Promise<string>;
}

export interface Delivery {
  from: string;
  to: string;
  activity: ActivityJson;
  outcome: 'handled' | 'ignored';
}

export interface Loopback {
  nodes: LoopbackNode[];
  /** Activities queued and not yet delivered. */
  queue: Array<{ from: string; to: string; activity: ActivityJson }>;
  /** Every delivery made, in order. */
  delivered: Delivery[];
  /** Hands every queued activity (and those their handling queues) to its node's handlers. */
  flush(): Promise<void>;
  /** Hands one activity to a node's handlers as if `from` had sent it. */
  deliver(from: string, to: string, activity: ActivityJson): Promise<'handled' | 'ignored'>;
}

/**
 * Two or more DisCOs, each with its own real store (SQLite unless told otherwise), federated with
 * one another in process (each ledger records the relation as production does): what one queues for a peer or its followers is handed, on `flush`, to
 * the other's inbound handlers, with the sender as the verified actor. Real ledgers, real
 * signatures and proofs; no HTTP.
 *
 * @example const { nodes: [a, b], flush } = await openLoopback(['A', 'B']);
 */
export async function openLoopback(
  names: readonly string[],
  dialectOf: (name: string) => DialectUnderTest | undefined = () => undefined,
): Promise<Loopback> {
  const queue: Loopback['queue'] = [];
  const delivered: Delivery[] = [];
  const nodes: LoopbackNode[] = [];
  for (const name of names) {
    const g = await openTestGovernance(dialectOf(name));
    const actorId = `https://${name.toLowerCase()}.disco.test/actor`;
    const outbox: FederationOutbox = {
      toPeer: async (_ctx, peer, activity) =>
        void queue.push({ from: actorId, to: peer, activity }),
      toFollowers: async (_ctx, activity) => {
        for (const other of names)
          if (other !== name)
            queue.push({
              from: actorId,
              to: `https://${other.toLowerCase()}.disco.test/actor`,
              activity,
            });
      },
    };
    attachFederation(g.ctx.store, { actorId, outbox });
    const ana = await g.worker('Ana');
    nodes.push({
      ...g,
      name,
      actorId,
      ana,
      decide: async (title) => {
        const proposalId = await g.propose({ title }, ana);
        await castBallot(g.gov, ana, { proposalId, ballot: { choice: 'yes' } });
        g.advance(DAY);
        await closeDueProposals(g.gov);
        return proposalId;
      },
    });
  }
  for (const node of nodes)
    for (const other of nodes)
      if (other !== node)
        await recordFederationRelation(
          node.gov,
          { actorId: other.actorId, handle: loopbackHandle(other.name) },
          other.ctx,
        );
  const deliver = async (from: string, to: string, activity: ActivityJson) => {
    const node = nodes.find((n) => n.actorId === to);
    if (!node) throw new Error(`no node ${to}`);
    let outcome: 'handled' | 'ignored' = 'ignored';
    for (const handle of INBOUND_HANDLERS) {
      outcome = await handle(node.gov, { peerActorId: from, activity });
      if (outcome === 'handled') break;
    }
    delivered.push({ from, to, activity, outcome });
    return outcome;
  };
  return {
    nodes,
    queue,
    delivered,
    deliver,
    flush: async () => {
      while (queue.length > 0) {
        const next = queue.shift()!;
        await deliver(next.from, next.to, next.activity);
      }
    },
  };
}
