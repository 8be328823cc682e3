/**
 * The store refuses a write because of the state it is in (not empty on import, a checkpoint
 * already recorded, a batch that does not continue the chain); the app maps it to 409 Conflict.
 */
export class StoreConflictError extends Error {
  override readonly name = 'StoreConflictError';
}
