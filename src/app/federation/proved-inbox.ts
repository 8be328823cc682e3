import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.js';
import { federationOf } from './federation-app.js';
import { JobMessageQueue } from './job-message-queue.js';
import { requireFederation } from './resolve-peer.js';

/**
 * The message Fedify 1.5's inbox queues for its listeners (`InboxMessage` in its
 * `types/federation/queue.d.ts`, not exported). Pinned by proved-inbox.test.ts against the
 * installed package's declaration and code, so an upgrade that changes it fails there first.
 */
export interface ProvedInboxMessage {
  type: 'inbox';
  id: string;
  baseUrl: string;
  activity: unknown;
  started: string;
  attempt: number;
  identifier: string | null;
  traceContext: Record<string, string>;
}

/** The Fedify release whose inbox message `ProvedInboxMessage` copies. */
export const FEDIFY_INBOX_MESSAGE_OF = '1.5';

/**
 * Queues an inbound activity whose object proof this node has just verified (object-proofs.ts),
 * for Fedify's inbox listeners, without handing the request to Fedify's inbox: that would verify
 * the same proof again (it cannot be told it was). The message is the one Fedify 1.5's inbox
 * queues itself (`InboxMessage`, which it does not export), so its queue listener dispatches it
 * as if its own inbox had: to receive-activity.ts, where the id is recorded once. The actor needs
 * no HTTP signature here, as in Fedify, which skips it too when an object proof holds.
 *
 * @example await queueProvedActivity(ctx, json, null); // the shared inbox
 */
export async function queueProvedActivity(
  ctx: AppContext,
  activity: unknown,
  recipient: string | null,
): Promise<void> {
  const fed = requireFederation(ctx);
  // The listeners are registered when the federation is built; the job runner needs them.
  await federationOf(ctx);
  const message: ProvedInboxMessage = {
    type: 'inbox',
    id: randomUUID(),
    baseUrl: new URL(fed.publicUrl!).origin,
    activity,
    started: ctx.clock().toISOString(),
    attempt: 0,
    identifier: recipient,
    traceContext: {},
  };
  await new JobMessageQueue(ctx, fed).enqueue(message);
}
