import type { Message } from '../core/messages/codes.js';
import { renderEnglish } from '../core/messages/render-en.js';

/**
 * The store refuses a write because of the state it is in (not empty on import, a checkpoint
 * already recorded, a batch that does not continue the chain); the app maps it to 409 Conflict.
 * It carries the refusal as a coded message (`store.*`), so the Deck says it in the member's
 * language; `message` is its English.
 */
export class StoreConflictError extends Error {
  override readonly name = 'StoreConflictError';

  constructor(readonly said: Message) {
    super(renderEnglish(said));
  }
}
