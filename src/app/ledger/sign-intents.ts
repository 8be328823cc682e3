import type { Kysely } from 'kysely';
import { intentBytes, verifyMemberSignature, type EventDraft } from '../../core/ledger/event.js';
import { intentChanges, intentDigest } from '../../core/ledger/intent-draft.js';
import { isSignable } from '../../core/ledger/signable-events.js';
import type { Database } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { AppError, invalid, refusal } from '../errors.js';
import { readGovernanceParameters } from '../governance/governance-parameters.js';
import { currentIntentScope, IntentPrepared } from './intent-scope.js';

/** How long a committed draft is remembered: longer than any draft stays fresh, so none is committed twice. */
const REMEMBER_COMMITTED_MS = 10 * 60 * 1000;

export const MEMBER_SIG_HEADER = 'Disco-Member-Sig';

/**
 * The member's part of an append, by the request's intent scope: the events whose actor is the
 * requesting member and whose type is signable are theirs to sign. Prepare stops here with their
 * intents; commit checks that the run produced the very intents prepared and that each signature
 * verifies, and attaches them; a direct write is refused if the DisCO requires a signature it
 * lacks. Batches the node records in its own name (consequences, imports) pass untouched, as do
 * appends outside any request (the scheduler, seeding) and the operator's local CLI.
 *
 * @example const { drafts: signed, guard } = await signIntents(ctx, drafts, false);
 */
export async function signIntents(
  ctx: AppContext,
  drafts: EventDraft[],
  nodeRecorded: boolean,
): Promise<{ drafts: EventDraft[]; guard?: (db: Kysely<Database>) => Promise<void> }> {
  const scope = currentIntentScope();
  if (!scope || scope.local || nodeRecorded || scope.memberId === null) return { drafts };
  const mine = drafts.flatMap((draft, index) =>
    draft.actor === scope.memberId && isSignable(draft.type) && !draft.memberSig
      ? [{ draft, index }]
      : [],
  );
  if (mine.length === 0) return { drafts };
  const where = (k: number) => (mine.length > 1 ? `events[${k}].` : '');

  if (scope.mode === 'prepare') {
    scope.prepared = {
      intents: mine.map(({ draft }) => ({
        digest: intentDigest(draft),
        intent: intentBytes(draft).toString('utf8'),
      })),
    };
    throw new IntentPrepared();
  }

  if (scope.mode === 'direct') {
    const required = new Set<string>(
      (await readGovernanceParameters(ctx.store.db)).requireMemberSignatures,
    );
    const missing = mine.filter(({ draft }) => required.has(draft.type));
    if (missing.length === 0) return { drafts };
    const types = [...new Set(missing.map(({ draft }) => draft.type))].join(', ');
    throw new AppError(
      403,
      'member-signature-required',
      refusal('refusal.member-signature-required', { types }),
      refusal('hint.register-signing-key-your-device-disco'),
      missing.map(({ draft, index }) => ({
        field: `${drafts.length > 1 ? `events[${index}].` : ''}memberSig`,
        message: `required for ${draft.type}`,
      })),
    );
  }

  const commit = scope.commit!;
  if (commit.used) {
    throw new AppError(
      409,
      'draft-changed',
      refusal('refusal.write-now-two-steps'),
      refusal('hint.prepare-again-sign-new-intents-commit'),
    );
  }
  commit.used = true;
  const prepared = commit.token.intents;
  if (prepared.length !== mine.length) {
    throw new AppError(
      409,
      'draft-changed',
      refusal('refusal.write-intent-count-changed', {
        mineCount: mine.length,
        preparedCount: prepared.length,
      }),
      refusal('hint.prepare-again-sign-new-intents-commit'),
      [{ field: 'events', message: `prepared ${prepared.length}, now ${mine.length}` }],
    );
  }
  const changes = mine.flatMap(({ draft }, k) =>
    intentChanges(prepared[k]!, intentDigest(draft), where(k)),
  );
  if (changes.length > 0) {
    throw new AppError(
      409,
      'draft-changed',
      refusal('refusal.write-changed-since-prepared'),
      refusal('hint.prepare-again-read-new-intents-sign'),
      changes,
    );
  }
  if (commit.sigs.length !== mine.length) {
    throw invalid(
      refusal('refusal.member-signature-count-wrong', {
        MEMBER_SIG_HEADER,
        mineCount: mine.length,
        sigsCount: commit.sigs.length,
      }),
      [{ field: `header.${MEMBER_SIG_HEADER}`, message: `expected ${mine.length} signatures` }],
    );
  }
  const signed = [...drafts];
  mine.forEach(({ draft, index }, k) => {
    const withSig = { ...draft, memberSig: { publicKey: commit.publicKey, sig: commit.sigs[k]! } };
    if (!verifyMemberSignature(withSig)) {
      throw invalid(
        refusal('refusal.member-signature-does-not-verify'),
        [
          {
            field: `header.${MEMBER_SIG_HEADER}[${k}]`,
            message: `does not verify for intent ${k} (${draft.type})`,
          },
        ],
        refusal('hint.sign-utf-8-bytes-intents-i'),
      );
    }
    signed[index] = withSig;
  });
  return {
    drafts: signed,
    guard: async (db) => {
      const now = ctx.clock().getTime();
      await db
        .deleteFrom('intent_commits')
        .where('committed_at', '<', new Date(now - REMEMBER_COMMITTED_MS).toISOString())
        .execute();
      const inserted = await db
        .insertInto('intent_commits')
        .values({
          draft_hash: commit.tokenHash,
          member_id: scope.memberId!,
          committed_at: new Date(now).toISOString(),
        })
        .onConflict((oc) => oc.column('draft_hash').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) {
        throw new AppError(
          409,
          'draft-committed',
          refusal('refusal.draft-already-committed'),
          refusal('hint.record-again-prepare-new-draft'),
        );
      }
    },
  };
}
