import type { Actor } from '../../core/access/actor.js';
import { testNode } from '../../../test/support/ledger.js';
import { dialects, testStore, type DialectUnderTest } from '../../../test/support/stores.js';
import type { AppContext } from '../context.js';
import { eventCatalog } from '../event-catalog.js';
import { initLedger } from '../ledger/init-ledger.js';
import { addMember, type AddMemberInput } from './add-member.js';
import { loadActor } from './load-actor.js';

export interface TestDisco {
  ctx: AppContext;
  founder: Actor;
  /** The member as the policy sees them now. */
  actor(memberId: string): Promise<Actor>;
  /** Adds a member as the founder and returns them as an actor. */
  add(input: AddMemberInput): Promise<Actor>;
}

/**
 * A freshly founded DisCO on a real database (SQLite unless told otherwise), with a clock that
 * starts on 2026-01-05 and moves a second each time it is read. Closed when the test finishes.
 *
 * @example const disco = await openTestDisco(); await addMember(disco.ctx, disco.founder, { ... });
 */
export async function openTestDisco(d: DialectUnderTest = dialects[0]!): Promise<TestDisco> {
  const store = await testStore(d);
  let tick = 0;
  const clock = (): Date => new Date(Date.UTC(2026, 0, 5, 9) + 1000 * tick++);
  const ctx: AppContext = {
    store,
    node: testNode().signer,
    clock,
    catalog: eventCatalog,
    checkpointEvery: 1000,
    dataDir: '',
  };
  const { founderId } = await initLedger(ctx, {
    name: 'Test DisCO',
    currency: 'EUR',
    timeZone: 'Europe/Madrid',
    founderName: 'Founder',
  });
  const actor = async (memberId: string): Promise<Actor> => {
    const found = await loadActor(ctx, memberId);
    if (!found) throw new Error(`no member ${memberId}`);
    return found;
  };
  const founder = await actor(founderId);
  return {
    ctx,
    founder,
    actor,
    add: async (input) => actor((await addMember(ctx, founder, input)).memberId),
  };
}
