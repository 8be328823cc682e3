import type { Store } from '../../store/store.js';

/*
 * Deadlines change when a proposal opens (or closes or is withdrawn); the scheduler of the same
 * store re-arms its timer when told. Keyed by store so that several nodes in one process (tests)
 * never wake each other.
 */
const listeners = new WeakMap<Store, Set<() => void>>();

/**
 * Calls `listener` whenever a use case on this store changed which deadline comes next.
 *
 * @example const stop = onDeadlinesChanged(ctx.store, () => scheduler.rearm());
 */
export function onDeadlinesChanged(store: Store, listener: () => void): () => void {
  const set = listeners.get(store) ?? new Set();
  set.add(listener);
  listeners.set(store, set);
  return () => void set.delete(listener);
}

/**
 * Tells the store's scheduler (if one runs) to look again at the next deadline.
 *
 * @example deadlinesChanged(ctx.store);
 */
export function deadlinesChanged(store: Store): void {
  for (const listener of listeners.get(store) ?? []) listener();
}
