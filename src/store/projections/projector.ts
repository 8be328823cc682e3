import type { Kysely } from 'kysely';
import type { LedgerEvent } from '../../core/ledger/event.js';
import type { Database, TableName } from '../schema.js';

/**
 * Keeps read tables in step with the ledger. `apply` runs inside the transaction that records the
 * event (and inside `replay`), so it must depend only on the event and its own tables: replaying
 * every event into empty tables has to give exactly the tables that live appends built.
 */
export interface Projector {
  readonly name: string;
  /** Tables this projector owns: `replay` empties them, `dumpProjections` reads them. */
  readonly tables: readonly TableName[];
  apply(db: Kysely<Database>, event: LedgerEvent): Promise<void>;
}
