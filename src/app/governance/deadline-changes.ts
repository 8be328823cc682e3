import { RoutedStore } from '../../store/read-routing.js';
import type { Store } from '../../store/store.js';

/*
 * Deadlines change when a proposal opens (or closes or is withdrawn); the scheduler of the same
 * store re-arms its timer when told. Keyed by store so that several nodes in one process (tests)
 * never wake each other.
 */
const listeners = new WeakMap<Store, Set<() => void>>();

/**
 * The HTTP app wraps the store it serves in a RoutedStore of its own, while the scheduler listens
 * on the store it was given: both must name the same database.
 */
const keyOf = (store: Store): Store => (store instanceof RoutedStore ? store.primary : store);

/**
 * Calls `listener` whenever a use case on this store changed which deadline comes next.
 *
 * @example const stop = onDeadlinesChanged(ctx.store, () => scheduler.rearm());
 */
export function onDeadlinesChanged(store: Store, listener: () => void): () => void {
  const key = keyOf(store);
  const set = listeners.get(key) ?? new Set();
  set.add(listener);
  listeners.set(key, set);
  return () => void set.delete(listener);
}

/**
 * Tells the store's scheduler (if one runs) to look again at the next deadline.
 *
 * @example deadlinesChanged(ctx.store);
 */
export function deadlinesChanged(store: Store): void {
  for (const listener of listeners.get(keyOf(store)) ?? []) listener();
}
