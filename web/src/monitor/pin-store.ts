import type { CheckpointJson } from '../verify/ledger-types';

/** The last checkpoint this browser verified for a node. */
export interface Pin {
  checkpoint: CheckpointJson;
  pinnedAt: string;
}

export interface PinStore {
  get(source: string): Promise<Pin | null>;
  set(source: string, pin: Pin): Promise<void>;
  delete(source: string): Promise<void>;
}

const DATABASE = 'disco-cat-monitor';
const PINS = 'pins';

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Pins in IndexedDB, which outlives sign-out and reloads (unlike the session) and is the
 * browser's own: the node cannot reach it to rewrite what this member saw.
 */
export function indexedDbPinStore(factory: IDBFactory = indexedDB): PinStore {
  let opened: Promise<IDBDatabase> | null = null;
  const database = (): Promise<IDBDatabase> => {
    if (!opened) {
      const request = factory.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(PINS);
      opened = done(request);
    }
    return opened;
  };
  const pins = async (mode: IDBTransactionMode) =>
    (await database()).transaction(PINS, mode).objectStore(PINS);
  return {
    get: async (source) => ((await done((await pins('readonly')).get(source))) as Pin) ?? null,
    set: async (source, pin) => void (await done((await pins('readwrite')).put(pin, source))),
    delete: async (source) => void (await done((await pins('readwrite')).delete(source))),
  };
}

/** For a browser without IndexedDB (and component tests): pins last as long as the page. */
export function memoryPinStore(): PinStore {
  const pins = new Map<string, Pin>();
  return {
    get: async (source) => pins.get(source) ?? null,
    set: async (source, pin) => void pins.set(source, pin),
    delete: async (source) => void pins.delete(source),
  };
}

export function defaultPinStore(): PinStore {
  return typeof indexedDB === 'undefined' ? memoryPinStore() : indexedDbPinStore();
}
