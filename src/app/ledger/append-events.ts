import type { Kysely } from 'kysely';
import type { EventDraft, LedgerEvent } from '../../core/ledger/event.js';
import type { Database } from '../../store/schema.js';
import {
  findNonCanonicalText,
  MAX_JSON_DEPTH,
  NonCanonicalJsonError,
} from '../../core/ledger/canonical.js';
import { verifyMemberSignature } from '../../core/ledger/event.js';
import { MEMBER_KEY_REGISTERED, MEMBER_KEY_REVOKED } from '../../core/members/member-events.js';
import { signIntents } from './sign-intents.js';
import type { AppContext } from '../context.js';
import { isoNow } from '../clock.js';
import { AppError, invalid, refusal } from '../errors.js';
import { readLedgerInfo } from './ledger-info.js';

/**
 * The one door into the ledger: checks every draft against the catalog and its member signature,
 * then appends the whole batch in one transaction with its projections. A refused batch records nothing.
 * `guard` runs inside that transaction, serialized with every other append, to re-check state that
 * a concurrent writer could have changed since the use case read it.
 *
 * @example await appendEvents(ctx, drafts, { guard: async (db) => ensureStillOpen(db, proposalId) });
 */
export async function appendEvents(
  ctx: AppContext,
  drafts: EventDraft[],
  options: {
    guard?: (db: Kysely<Database>) => Promise<void>;
    /**
     * The node records this batch in its own name even though a member asked for it (a bulk
     * import): no member signature is asked for or required (see docs/ledger.md).
     */
    nodeRecorded?: boolean;
  } = {},
): Promise<LedgerEvent[]> {
  try {
    return await appendChecked(ctx, drafts, options);
  } catch (error) {
    // Whatever else in a draft has no canonical bytes is the caller's input, not a server fault.
    if (error instanceof NonCanonicalJsonError) throw notCanonical(error.path, error.message);
    throw error;
  }
}

/**
 * A bulk write the node records in its own name (an import): page after page checked against the
 * catalog and appended in one transaction, so memory holds one page and a refusal anywhere
 * records nothing. The pages must be computed without reading the store. `onSealed` sees each
 * page's events once written; answers how many were appended.
 *
 * @example await appendEventPages(ctx, pagesOf(drafts), { onSealed: (page) => count += page.length });
 */
export async function appendEventPages(
  ctx: AppContext,
  pages: AsyncIterable<EventDraft[]>,
  options: {
    guard?: (db: Kysely<Database>) => Promise<void>;
    onSealed?: (events: readonly LedgerEvent[]) => void;
    /**
     * The caller built every draft itself, through core, from values it had checked (an import's
     * priced rows): the catalog's schema check would only say yes again, at a twentieth of the
     * import's time. The check never changes a draft, so the ledger's bytes are the same either
     * way; the import's tests hold what it records to the catalog, and sealing still refuses a
     * payload with no canonical text.
     */
    builtFromChecked?: boolean;
  } = {},
): Promise<number> {
  const node = await writableNode(ctx);
  const checked = async function* () {
    for await (const page of pages) {
      checkDrafts(ctx, page);
      yield page;
    }
  };
  try {
    const count = await ctx.store.appendPages(
      options.builtFromChecked ? pages : checked(),
      {
        node,
        now: isoNow(ctx.clock),
        checkpointEvery: ctx.checkpointEvery,
        ...(ctx.witnessing ? { checkpointAfterMs: ctx.witnessing.checkpointIntervalMs } : {}),
        ...(options.guard ? { guard: options.guard } : {}),
      },
      options.onSealed,
    );
    if (count === 0) throw invalid(refusal('refusal.batch-empty'));
    return count;
  } catch (error) {
    if (error instanceof NonCanonicalJsonError) throw notCanonical(error.path, error.message);
    throw error;
  }
}

const NOT_CANONICAL_HINT = refusal('hint.not-canonical', { depth: MAX_JSON_DEPTH });

function notCanonical(path: (string | number)[], message: string): AppError {
  return invalid(
    refusal('refusal.event-not-canonical-json'),
    [{ field: path.length ? path.join('.') : 'event', message }],
    NOT_CANONICAL_HINT,
  );
}

async function appendChecked(
  ctx: AppContext,
  drafts: EventDraft[],
  options: { guard?: (db: Kysely<Database>) => Promise<void>; nodeRecorded?: boolean },
): Promise<LedgerEvent[]> {
  if (drafts.length === 0) throw invalid(refusal('refusal.batch-empty'));
  checkDrafts(ctx, drafts);
  const node = await writableNode(ctx);
  const signed = await signIntents(ctx, drafts, options.nodeRecorded ?? false);
  await checkMemberKeys(ctx, signed.drafts);
  const guards = [options.guard, signed.guard].filter((g) => g !== undefined);
  return ctx.store.append(signed.drafts, {
    node,
    now: isoNow(ctx.clock),
    checkpointEvery: ctx.checkpointEvery,
    ...(ctx.witnessing ? { checkpointAfterMs: ctx.witnessing.checkpointIntervalMs } : {}),
    ...(guards.length > 0
      ? {
          guard: async (db: Kysely<Database>) => {
            for (const guard of guards) await guard(db);
          },
        }
      : {}),
  });
}

/** The node's signing key, once it is sure this node may write to this ledger. */
async function writableNode(ctx: AppContext): Promise<NonNullable<AppContext['node']>> {
  const node = ctx.node;
  if (!node)
    throw new AppError(
      409,
      'no-node-key',
      refusal('refusal.node-has-no-signing-key'),
      refusal('hint.run-disco-init-first'),
    );
  const info = await readLedgerInfo(ctx);
  if (!info)
    throw new AppError(
      409,
      'no-ledger',
      refusal('refusal.no-such-ledger'),
      refusal('hint.run-disco-init-first'),
    );
  if (info.nodeKey !== node.publicKey) {
    throw new AppError(
      409,
      'foreign-ledger',
      refusal('refusal.ledger-belongs-to-another-node'),
      refusal('hint.write-node-holds-key-start-new'),
    );
  }
  return node;
}

/** Every draft against the catalog and its member signature, if it carries one. */
function checkDrafts(ctx: AppContext, drafts: EventDraft[]): void {
  drafts.forEach((draft, i) => {
    const where = drafts.length > 1 ? `events[${i}].` : '';
    // Before the catalog's zod schemas, which recurse and would overflow on a deep payload.
    const found = findNonCanonicalText(draft.payload);
    if (found) {
      const field = [`${where}payload`, ...found.path].join('.');
      throw invalid(
        refusal('refusal.event-not-valid', { type: draft.type }),
        [{ field, message: found.message }],
        NOT_CANONICAL_HINT,
      );
    }
    const problems = ctx.catalog.check(draft);
    if (problems.length > 0) {
      throw invalid(
        refusal('refusal.event-not-valid', { type: draft.type }),
        problems.map((p) => ({ field: where + p.path, message: p.message })),
      );
    }
    if (!verifyMemberSignature(draft)) {
      throw invalid(refusal('refusal.member-signature-does-not-match-event'), [
        { field: `${where}memberSig`, message: 'does not verify' },
      ]);
    }
  });
}

/**
 * A member signature proves intent only under a key the ledger has registered to that member and
 * not revoked; any other key, however valid its signature, speaks for nobody. The batch's own key
 * events count from their place in it, exactly as the verifier reads them back (a revocation
 * binds from its own event on). One query per batch.
 */
async function checkMemberKeys(ctx: AppContext, drafts: EventDraft[]): Promise<void> {
  const signed = drafts.filter((draft) => draft.memberSig);
  if (signed.length === 0) return;
  const keys = await ctx.store.db
    .selectFrom('member_keys')
    .select(['public_key', 'member_id'])
    .where(
      'public_key',
      'in',
      signed.map((draft) => draft.memberSig!.publicKey),
    )
    .where('revoked_at', 'is', null)
    .execute();
  const holder = new Map(keys.map((k) => [k.public_key, k.member_id]));
  drafts.forEach((draft, i) => {
    const key = keyEventOf(draft);
    if (key?.type === MEMBER_KEY_REVOKED && holder.get(key.publicKey) === key.memberId)
      holder.delete(key.publicKey);
    if (draft.memberSig) {
      const signer = holder.get(draft.memberSig.publicKey);
      if (draft.actor === null || signer !== draft.actor) {
        const where = drafts.length > 1 ? `events[${i}].` : '';
        throw new AppError(
          403,
          'unknown-member-key',
          refusal('refusal.event-signed-by-unknown-key'),
          refusal(
            key?.type === MEMBER_KEY_REVOKED && key.publicKey === draft.memberSig.publicKey
              ? 'hint.key-cannot-sign-own-revocation'
              : 'hint.register-key-first',
          ),
          [{ field: `${where}memberSig.publicKey`, message: 'not a registered key of the actor' }],
        );
      }
    }
    if (key?.type === MEMBER_KEY_REGISTERED && !holder.has(key.publicKey))
      holder.set(key.publicKey, key.memberId);
  });
}

function keyEventOf(
  draft: EventDraft,
): { type: string; memberId: string; publicKey: string } | null {
  if (draft.type !== MEMBER_KEY_REGISTERED && draft.type !== MEMBER_KEY_REVOKED) return null;
  const { memberId, publicKey } = draft.payload;
  if (typeof memberId !== 'string' || typeof publicKey !== 'string') return null;
  return { type: draft.type, memberId, publicKey };
}
