import { testNode } from '../../../test/support/ledger.js';
import { dialects, testStore, type DialectUnderTest } from '../../../test/support/stores.js';
import { withAuth, type AuthContext } from '../auth/auth-context.js';
import { TEST_PASSWORD_COST } from '../auth/passwords.js';
import { eventCatalog } from '../event-catalog.js';
import { seedDemo, type DemoCooperative } from './seed-demo.js';

/** The instant the test demos are made at: a Friday afternoon in Madrid. */
export const DEMO_TEST_NOW = Date.UTC(2026, 2, 20, 15, 30);

/**
 * The demo cooperative on a fresh real database (SQLite unless told otherwise), made at
 * DEMO_TEST_NOW with argon2 at its lowest cost, and a context whose clock stands at that instant.
 *
 * @example const { ctx, demo } = await openTestDemo(); await dashboard(ctx, demo.founder);
 */
export async function openTestDemo(
  d: DialectUnderTest = dialects[0]!,
): Promise<{ ctx: AuthContext; demo: DemoCooperative }> {
  const store = await testStore(d);
  const ctx = withAuth(
    {
      store,
      node: testNode().signer,
      clock: () => new Date(DEMO_TEST_NOW),
      catalog: eventCatalog,
      checkpointEvery: 1000,
      dataDir: '',
    },
    { passwordCost: TEST_PASSWORD_COST },
  );
  return { ctx, demo: await seedDemo(ctx) };
}
