import { lazy, type ComponentType } from 'react';

type Module = Record<string, unknown>;

/**
 * A page in its own chunk, loaded the first time it is shown (the Shell shows "Loading…" until
 * then): a first visit to the dashboard downloads none of the other pages' code.
 *
 * @example const Ledger = page(() => import('./pages/Ledger'), 'Ledger');
 */
export function page<M extends Module, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): ComponentType {
  return lazy(() => load().then((m) => ({ default: m[name] as ComponentType })));
}

/** Two pages of one module, in the one chunk. */
export function pages<M extends Module, A extends keyof M & string, B extends keyof M & string>(
  load: () => Promise<M>,
  a: A,
  b: B,
): Record<A | B, ComponentType> {
  return { [a]: page(load, a), [b]: page(load, b) } as Record<A | B, ComponentType>;
}
