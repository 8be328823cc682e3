import { message } from '../../core/messages/codes.js';
import type {
  MessageQueue,
  MessageQueueEnqueueOptions,
  MessageQueueListenOptions,
} from '@fedify/fedify';
import type { AppContext } from '../context.js';
import type { FederationContext } from './federation-settings.js';
import { enqueueJob, PermanentJobFailure, type Job } from '../jobs/job-queue.js';

export const FEDIFY_MESSAGE_JOB = 'federation.fedify-message';

type Handler = (message: unknown) => Promise<void> | void;

/** The handler Fedify gave `listen`, per queue's node (several nodes may run in one process). */
const listeners = new WeakMap<FederationContext, Handler>();

/**
 * Fedify's message queue on the project's one durable job table (`jobs`): a message is a job of
 * kind `federation.fedify-message`, delayed messages are jobs due later, and the job runner that
 * runs witness submissions, mail and webhooks runs these too, so with several servers on one
 * PostgreSQL database each message is handled once (the runner's claim is FOR UPDATE SKIP LOCKED).
 */
export class JobMessageQueue implements MessageQueue {
  constructor(
    private readonly ctx: AppContext,
    private readonly fed: FederationContext,
  ) {}

  async enqueue(message: unknown, options?: MessageQueueEnqueueOptions): Promise<void> {
    const delay = options?.delay?.total('millisecond');
    await enqueueJob(this.ctx, {
      kind: FEDIFY_MESSAGE_JOB,
      payload: message,
      // Fedify retries a failed delivery itself by enqueueing it again with a delay.
      maxAttempts: 1,
      ...(delay && delay > 0 ? { delayMs: delay } : {}),
    });
  }

  listen(handler: Handler, options: MessageQueueListenOptions = {}): Promise<void> {
    listeners.set(this.fed, handler);
    return new Promise((resolve) => {
      options.signal?.addEventListener('abort', () => {
        listeners.delete(this.fed);
        resolve();
      });
    });
  }
}

/** The job handler: hands the message to the Fedify instance listening on this node's queue. */
export async function runFedifyMessage(ctx: AppContext, job: Job): Promise<void> {
  const { federationOf } = await import('./federation-app.js');
  const handler = ctx.federation && (await federationOf(ctx)) && listeners.get(ctx.federation);
  if (!handler) throw new PermanentJobFailure(message('job.failure.federation-not-configured'));
  await handler(job.payload);
}
