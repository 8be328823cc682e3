/**
 * Work logged without a connection, kept on the device (localStorage, one list per member so a
 * shared phone never sends one member's work as another's) and sent when the connection is back.
 *
 * Each item carries the Idempotency-Key it was given when it was queued, and every attempt sends
 * that same key with `Idempotency-Keep-Days`: an attempt whose answer was lost (the connection
 * dropped on the way back) is replayed by the server on the next attempt, weeks later if need be,
 * instead of being recorded twice. An item first tried longer ago than the server keeps keys is
 * not resent by itself: the member looks at their recent work and decides.
 */

import type { Problem } from '../api/client';

/** What `POST /api/contributions` takes from the log-work form. */
export interface QueuedBody {
  stream: string;
  taskKind: string;
  unit: string;
  quantity: string;
  date: string;
  description: string;
  circle?: string;
}

export type QueuedState = 'waiting' | 'sending' | 'sent' | 'refused' | 'unsure';

export interface QueuedWork {
  key: string;
  body: QueuedBody;
  queuedAt: string;
  state: QueuedState;
  attempts: number;
  /** When an attempt first left the device: from then on the server may hold the key. */
  firstTriedAt: string | null;
  contributionId?: string;
  /** The server's problem when it refused the item, shown in the member's language. */
  problem?: Problem;
}

/** How an attempt ended, as the sender saw it. */
export type SendOutcome =
  | { kind: 'sent'; contributionId: string }
  | { kind: 'refused'; problem: Problem }
  | { kind: 'unreachable' };

/** Days the server is asked to keep each queued item's key (its maximum). */
export const KEEP_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A margin under KEEP_DAYS: a key about to be forgotten is not relied on. */
const TRUST_KEY_MS = (KEEP_DAYS - 2) * DAY_MS;
/** Sent items stay listed this long, so the member sees that they went. */
const SHOW_SENT_MS = 7 * DAY_MS;

const STORAGE_PREFIX = 'disco.offlineWork.';

/** A fresh Idempotency-Key (crypto.randomUUID exists only in secure contexts; a LAN node may not be one). */
export function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/**
 * One member's queue on this device.
 *
 * @example const queue = new OfflineQueue(localStorage, me.memberId); queue.add(body); await queue.flush(send);
 */
export class OfflineQueue {
  private readonly listeners = new Set<() => void>();
  private flushing: Promise<void> | null = null;
  private snapshot: QueuedWork[] | null = null;

  constructor(
    private readonly storage: Storage,
    readonly memberId: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private get storageKey(): string {
    return STORAGE_PREFIX + this.memberId;
  }

  private read(): QueuedWork[] {
    try {
      const parsed = JSON.parse(this.storage.getItem(this.storageKey) ?? '[]') as unknown;
      return Array.isArray(parsed) ? (parsed as QueuedWork[]) : [];
    } catch {
      return []; // unreadable storage holds nothing we could send safely
    }
  }

  private write(items: QueuedWork[]): void {
    if (items.length === 0) this.storage.removeItem(this.storageKey);
    else this.storage.setItem(this.storageKey, JSON.stringify(items));
    this.changed();
  }

  private update(key: string, change: (item: QueuedWork) => QueuedWork): void {
    this.write(this.read().map((item) => (item.key === key ? change(item) : item)));
  }

  /** Tells the subscribers; also called when another tab changed the list. */
  changed(): void {
    this.snapshot = null;
    for (const listener of this.listeners) listener();
  }

  /** The items, oldest first; the same array until something changes (for useSyncExternalStore). */
  list(): QueuedWork[] {
    this.snapshot ??= this.read();
    return this.snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues work to send later, under `key` when an attempt with it may already have left. */
  add(body: QueuedBody, key = randomKey(), triedAt: Date | null = null): QueuedWork {
    const item: QueuedWork = {
      key,
      body,
      queuedAt: this.clock().toISOString(),
      state: 'waiting',
      attempts: triedAt ? 1 : 0,
      firstTriedAt: triedAt?.toISOString() ?? null,
    };
    this.write([...this.read(), item]);
    return item;
  }

  /** Drops an item the member chose not to send (refused, or unsure whether it went). */
  discard(key: string): void {
    this.write(this.read().filter((item) => item.key !== key));
  }

  /** The member checked their recent work and wants an unsure item sent after all. */
  sendAnyway(key: string): void {
    this.update(key, (item) => ({ ...item, state: 'waiting', firstTriedAt: null }));
  }

  /**
   * Sends every waiting item, one at a time, oldest first; a second call while one runs waits for
   * it rather than sending anything twice. Stops at the first unreachable answer: the connection
   * is gone again, and the rest waits with it.
   */
  flush(send: (item: QueuedWork) => Promise<SendOutcome>): Promise<void> {
    this.flushing ??= this.sendAll(send).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async sendAll(send: (item: QueuedWork) => Promise<SendOutcome>): Promise<void> {
    this.tidy();
    for (const item of this.read()) {
      if (item.state !== 'waiting') continue;
      const now = this.clock();
      this.update(item.key, (i) => ({
        ...i,
        state: 'sending',
        attempts: i.attempts + 1,
        firstTriedAt: i.firstTriedAt ?? now.toISOString(),
      }));
      let outcome: SendOutcome;
      try {
        outcome = await send({ ...item, attempts: item.attempts + 1 });
      } catch {
        outcome = { kind: 'unreachable' };
      }
      this.update(item.key, (i) =>
        outcome.kind === 'sent'
          ? { ...i, state: 'sent', contributionId: outcome.contributionId }
          : outcome.kind === 'refused'
            ? { ...i, state: 'refused', problem: outcome.problem }
            : { ...i, state: 'waiting' },
      );
      if (outcome.kind === 'unreachable') return;
    }
  }

  /**
   * Before sending: an item left `sending` by a closed page waits again (its key makes the retry
   * safe); one first tried longer ago than the server keeps keys becomes unsure; sent items are
   * dropped after a week.
   */
  private tidy(): void {
    const now = this.clock().getTime();
    const items = this.read()
      .filter((i) => i.state !== 'sent' || now - Date.parse(i.queuedAt) < SHOW_SENT_MS)
      .map((i): QueuedWork => (i.state === 'sending' ? { ...i, state: 'waiting' } : i))
      .map((i): QueuedWork =>
        i.state === 'waiting' &&
        i.firstTriedAt !== null &&
        now - Date.parse(i.firstTriedAt) > TRUST_KEY_MS
          ? { ...i, state: 'unsure' }
          : i,
      );
    this.write(items);
  }
}

const queues = new Map<string, OfflineQueue>();

/** The one queue of `memberId` in this page, so every component sees the same list. */
export function offlineQueueOf(memberId: string): OfflineQueue {
  let queue = queues.get(memberId);
  if (!queue) {
    queue = new OfflineQueue(globalThis.localStorage, memberId);
    queues.set(memberId, queue);
  }
  return queue;
}

/** Whether the browser believes it has a connection; a failed request is the other sign. */
export function isOnline(): boolean {
  return globalThis.navigator?.onLine !== false;
}
