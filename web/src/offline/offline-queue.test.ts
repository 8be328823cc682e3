// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { OfflineQueue, type QueuedBody, type QueuedWork, type SendOutcome } from './offline-queue';

const DAY = 24 * 60 * 60 * 1000;
const work = (quantity: string): QueuedBody => ({
  stream: 'care',
  taskKind: 'cooking',
  unit: 'hour',
  quantity,
  date: '2026-03-01',
  description: '',
});

describe('the offline queue', () => {
  let now: Date;
  const queueOf = (memberId = 'm-ana') => new OfflineQueue(localStorage, memberId, () => now);
  beforeEach(() => {
    localStorage.clear();
    now = new Date('2026-03-01T09:00:00Z');
  });

  it('keeps queued work across page loads, per member, each with its own key', () => {
    const first = queueOf().add(work('1'));
    queueOf().add(work('2'));
    queueOf('m-bea').add(work('3'));
    const again = queueOf().list();
    expect(again.map((i) => [i.body.quantity, i.state])).toEqual([
      ['1', 'waiting'],
      ['2', 'waiting'],
    ]);
    expect(again[0]!.key).toBe(first.key);
    expect(new Set(again.map((i) => i.key)).size).toBe(2);
    expect(
      queueOf('m-bea')
        .list()
        .map((i) => i.body.quantity),
    ).toEqual(['3']);
  });

  it('sends each waiting item once, oldest first, with the key it was queued under', async () => {
    const queue = queueOf();
    const keys = [queue.add(work('1')).key, queue.add(work('2')).key];
    const sent: QueuedWork[] = [];
    const send = async (item: QueuedWork): Promise<SendOutcome> => {
      sent.push(item);
      return { kind: 'sent', contributionId: `c-${item.body.quantity}` };
    };
    // The connection came back twice in a row: the second flush waits for the first.
    await Promise.all([queue.flush(send), queue.flush(send)]);
    await queue.flush(send);
    expect(sent.map((i) => i.key)).toEqual(keys);
    expect(queue.list().map((i) => [i.state, i.contributionId])).toEqual([
      ['sent', 'c-1'],
      ['sent', 'c-2'],
    ]);
  });

  it('stops at the first unreachable answer and keeps the rest waiting under the same keys', async () => {
    const queue = queueOf();
    const first = queue.add(work('1'));
    queue.add(work('2'));
    const tried: string[] = [];
    await queue.flush(async (item) => {
      tried.push(item.key);
      return { kind: 'unreachable' };
    });
    expect(tried).toEqual([first.key]);
    expect(queue.list().map((i) => [i.state, i.attempts])).toEqual([
      ['waiting', 1],
      ['waiting', 0],
    ]);
    expect(queue.list()[0]!.firstTriedAt).toBe(now.toISOString());
    await queue.flush(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(queue.list().map((i) => i.state)).toEqual(['waiting', 'waiting']);
    expect(queue.list()[0]!.key).toBe(first.key);
  });

  it('marks a refused item with its problem and goes on with the next', async () => {
    const queue = queueOf();
    queue.add(work('99'));
    queue.add(work('1'));
    const problem = { type: 'about:blank', title: 'Bad', status: 400, detail: 'Too many hours.' };
    await queue.flush(async (item) =>
      item.body.quantity === '99'
        ? { kind: 'refused', problem }
        : { kind: 'sent', contributionId: 'c-1' },
    );
    expect(queue.list().map((i) => [i.state, i.problem?.detail])).toEqual([
      ['refused', 'Too many hours.'],
      ['sent', undefined],
    ]);
    queue.discard(queue.list()[0]!.key);
    expect(queue.list().map((i) => i.body.quantity)).toEqual(['1']);
  });

  it('retries an item a closed page left sending, under the same key', async () => {
    const queue = queueOf();
    const item = queue.add(work('1'));
    let release: (outcome: SendOutcome) => void = () => {};
    void queue.flush(() => new Promise((resolve) => (release = resolve)));
    expect(queue.list()[0]!.state).toBe('sending');
    // The page closed mid-flight: a new page reads the stored list.
    const reopened = queueOf();
    const keys: string[] = [];
    await reopened.flush(async (i) => {
      keys.push(i.key);
      return { kind: 'sent', contributionId: 'c-1' };
    });
    expect(keys).toEqual([item.key]);
    release({ kind: 'unreachable' });
  });

  it('does not resend by itself an item first tried longer ago than the node keeps keys', async () => {
    const queue = queueOf();
    const item = queue.add(work('1'), 'k-lost', now);
    now = new Date(now.getTime() + 179 * DAY);
    let sends = 0;
    const send = async (): Promise<SendOutcome> => {
      sends++;
      return { kind: 'sent', contributionId: 'c-1' };
    };
    await queue.flush(send);
    expect(sends).toBe(0);
    expect(queue.list()[0]!.state).toBe('unsure');
    // The member checked their recent work, did not find it, and sends it.
    queue.sendAnyway(item.key);
    await queue.flush(send);
    expect(sends).toBe(1);
    expect(queue.list()[0]!.state).toBe('sent');
  });

  it('drops sent items after a week and tells subscribers of every change', async () => {
    const queue = queueOf();
    let changes = 0;
    const stop = queue.subscribe(() => changes++);
    queue.add(work('1'));
    await queue.flush(async () => ({ kind: 'sent', contributionId: 'c-1' }));
    const before = changes;
    expect(before).toBeGreaterThan(1);
    expect(queue.list()).toBe(queue.list());
    now = new Date(now.getTime() + 8 * DAY);
    await queue.flush(async () => ({ kind: 'sent', contributionId: 'never' }));
    expect(queue.list()).toEqual([]);
    expect(localStorage.getItem('disco.offlineWork.m-ana')).toBeNull();
    stop();
    queue.add(work('2'));
    expect(changes).toBe(before + 1);
  });
});
