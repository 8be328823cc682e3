import type { Signer } from '../../core/ledger/keys.js';
import type { Store } from '../../store/store.js';
import type { AppContext } from '../context.js';
import { eventCatalog } from '../event-catalog.js';
import { publicHostOf } from '../witnessing/witnessing-settings.js';
import { federationContext } from './federation-settings.js';

/**
 * The context of a test DisCO at `url` on loopback, federating over plain http to loopback only
 * through the explicit test settings. Free of the test runner, so a child process (a node to be
 * killed mid-delivery) builds the same one.
 *
 * @example const ctx = testNodeContext({ store, dataDir, url, clock, witness, node: null });
 */
export function testNodeContext(options: {
  store: Store;
  dataDir: string;
  url: string;
  clock: () => Date;
  checkpointIntervalMs: number;
  witness: Signer;
  node: Signer | null;
}): AppContext {
  const { url } = options;
  return {
    store: options.store,
    node: options.node,
    clock: options.clock,
    catalog: eventCatalog,
    checkpointEvery: 1000,
    dataDir: options.dataDir,
    witnessing: {
      publicHost: publicHostOf(url),
      checkpointIntervalMs: options.checkpointIntervalMs,
      witness: { signer: options.witness, keyName: `${publicHostOf(url)}/witness` },
      fetch: globalThis.fetch,
    },
    federation: federationContext(url, {
      allowHttp: true,
      allowPrivateAddresses: true,
      // Generous: the first request loads Fedify, and the test machine is shared.
      timeoutMs: 8000,
    }),
  };
}
