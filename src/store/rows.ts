import type { Selectable } from 'kysely';
import { canonicalString, type JsonObject } from '../core/ledger/canonical.js';
import { CHECKPOINT_FORMAT, type Checkpoint } from '../core/ledger/checkpoint.js';
import { EVENT_FORMAT, type LedgerEvent } from '../core/ledger/event.js';
import type { CheckpointsTable, EventsTable } from './schema.js';

/**
 * Row mappings between core's ledger types and the tables. The `format` fields are not stored:
 * every row holds the one format this code writes, and a new format will come with a migration.
 */

/** `payloadText`, when the caller has it, is `canonicalString(event.payload)` already computed. */
export function eventToRow(event: LedgerEvent, payloadText?: string): EventsTable {
  return {
    seq: event.seq,
    type: event.type,
    schema: event.schema,
    actor: event.actor,
    time: event.time,
    prev: event.prev,
    hash: event.hash,
    node_sig: event.nodeSig,
    member_key: event.memberSig?.publicKey ?? null,
    member_sig: event.memberSig?.sig ?? null,
    payload: payloadText ?? canonicalString(event.payload),
  };
}

export function rowToEvent(row: Selectable<EventsTable>): LedgerEvent {
  return {
    format: EVENT_FORMAT,
    seq: row.seq,
    prev: row.prev,
    type: row.type,
    schema: row.schema,
    payload: JSON.parse(row.payload) as JsonObject,
    actor: row.actor,
    time: row.time,
    ...(row.member_key !== null && row.member_sig !== null
      ? { memberSig: { publicKey: row.member_key, sig: row.member_sig } }
      : {}),
    hash: row.hash,
    nodeSig: row.node_sig,
  };
}

export function checkpointToRow(checkpoint: Checkpoint): CheckpointsTable {
  return {
    tree_size: checkpoint.treeSize,
    ledger_id: checkpoint.ledgerId,
    root: checkpoint.root,
    time: checkpoint.time,
    node_key: checkpoint.nodeKey,
    sig: checkpoint.sig,
  };
}

export function rowToCheckpoint(row: Selectable<CheckpointsTable>): Checkpoint {
  return {
    format: CHECKPOINT_FORMAT,
    ledgerId: row.ledger_id,
    treeSize: row.tree_size,
    root: row.root,
    time: row.time,
    nodeKey: row.node_key,
    sig: row.sig,
  };
}
