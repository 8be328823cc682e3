import { randomFillSync } from 'node:crypto';
import type { Clock } from './clock.js';
import type { AppContext } from './context.js';

/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds from the injected clock, then random bits, so
 * ids sort by creation time and keyset pages follow the order in which things were made.
 *
 * @example uuidv7(() => new Date('2026-01-01T00:00:00Z')) // '019b7642-7000-7…'
 */
export function uuidv7(clock: Clock): string {
  const bytes = Buffer.allocUnsafe(16);
  takeRandom(bytes);
  bytes.writeUIntBE(clock().getTime(), 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Random bytes drawn from the CSPRNG a pool at a time: a bulk import asks for one id per row. */
const POOL = Buffer.alloc(4096);
let poolAt = POOL.length;

/** Fills `into` with random bytes no other caller ever sees (each pooled byte is handed out once). */
function takeRandom(into: Buffer): void {
  if (poolAt + into.length > POOL.length) {
    randomFillSync(POOL);
    poolAt = 0;
  }
  POOL.copy(into, 0, poolAt, poolAt + into.length);
  poolAt += into.length;
}

/**
 * A random value that goes into an event, drawn through the context: a member-signed write runs
 * twice (prepare, then commit), and the second run must draw the very values the member signed.
 *
 * @example const salt = drawRandom(ctx, () => randomBytes(24).toString('base64url'));
 */
export function drawRandom(ctx: Pick<AppContext, 'draws'>, make: () => string): string {
  return ctx.draws ? ctx.draws(make) : make();
}

/**
 * A fresh UUIDv7 for something a use case records, drawn through the context (see `drawRandom`).
 *
 * @example const contributionId = newId(ctx);
 */
export function newId(ctx: Pick<AppContext, 'clock' | 'draws'>): string {
  return drawRandom(ctx, () => uuidv7(ctx.clock));
}
