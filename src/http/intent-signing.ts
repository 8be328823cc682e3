import type { Message } from '../core/messages/codes.js';
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppContext } from '../app/context.js';
import { AppError, invalid, refusal } from '../app/errors.js';
import { runInIntentScope, type IntentScope } from '../app/ledger/intent-scope.js';
import { MEMBER_SIG_HEADER } from '../app/ledger/sign-intents.js';
import { DRAFT_FORMAT, decodeDraftToken, encodeDraftToken } from '../core/ledger/intent-draft.js';
import type { HttpEnv } from './env.js';

export const INTENT_HEADER = 'Disco-Intent';
export const DRAFT_HEADER = 'Disco-Draft';
export const MEMBER_KEY_HEADER = 'Disco-Member-Key';
export { MEMBER_SIG_HEADER };

/**
 * How long a prepared draft may wait for its signature. Long enough for a person to read the
 * intent on a slow phone; short enough that the prices, rates and rules it froze are still those
 * in force when it is recorded (the second run re-checks them all in any case).
 */
export const DRAFT_FRESH_MS = 2 * 60 * 1000;
/** Servers sharing a database may disagree on the time by a little. */
const CLOCK_SKEW_MS = 5 * 1000;

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The answer to `Disco-Intent: prepare` when the write has member events to sign. */
export interface PreparedAnswer {
  draft: string;
  expiresAt: string;
  intents: { type: string; intent: string }[];
}

function headerProblem(header: string, message: string, detail: Message, hint?: Message): AppError {
  return invalid(detail, [{ field: `header.${header}`, message }], hint);
}

/**
 * Member-signed writes on every write route (docs/api.md, "Signed writes"). Each write runs in an
 * intent scope that `appendEvents` reads:
 * - no `Disco-Intent` header: the write is recorded as asked (and refused if the DisCO requires a
 *   signature it lacks);
 * - `Disco-Intent: prepare`: the write runs fully but records nothing it would ask the member to
 *   sign; the answer (202, `Disco-Intent: prepared`) holds the intents to sign and a draft token;
 * - `Disco-Intent: commit` with `Disco-Draft`, `Disco-Member-Key` and `Disco-Member-Sig`: the same
 *   request runs again at the prepared instant with the prepared ids, and is recorded with the
 *   signatures only if it produces the very intents prepared.
 *
 * @example app.use('/api/*', intentSigning(actx, carriesSecret))
 */
export function intentSigning(
  ctx: AppContext,
  nothingToSign: (method: string, path: string) => boolean,
): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    if (!WRITE_METHODS.has(c.req.method)) return next();
    const actor = c.var.actor;
    const local = c.var.credential?.kind === 'local-operator';
    const mode = c.req.header(INTENT_HEADER);
    const scope: IntentScope = {
      mode: 'direct',
      memberId: actor?.memberId ?? null,
      local,
      time: null,
      draws: [],
      drawn: 0,
      request: '',
      commit: null,
      prepared: null,
    };
    if (mode === undefined) return runInIntentScope(scope, next);
    if (mode !== 'prepare' && mode !== 'commit') {
      throw headerProblem(
        INTENT_HEADER,
        'must be prepare or commit',
        refusal('refusal.intent-header', { header: INTENT_HEADER }),
      );
    }
    if (!actor) {
      throw new AppError(
        401,
        'unauthenticated',
        refusal('refusal.only-signed-in-member-signs'),
        refusal('hint.sign-pass-api-token'),
      );
    }
    // Routes that carry secrets record nothing a member signs (and must not run twice): they
    // answer as if asked directly, which a signing client returns as it is.
    if (nothingToSign(c.req.method, c.req.path)) return runInIntentScope(scope, next);
    if (local) {
      throw headerProblem(
        INTENT_HEADER,
        'nothing to sign here',
        refusal('refusal.operator-does-not-prepare'),
        refusal('hint.send-without-header', { header: INTENT_HEADER }),
      );
    }
    const url = new URL(c.req.url);
    scope.request = createHash('sha256')
      .update(`${c.req.method} ${url.pathname}${url.search}\n`)
      .update(await c.req.text())
      .digest('hex');
    const node = ctx.node;
    if (!node)
      throw new AppError(
        409,
        'no-node-key',
        refusal('refusal.node-has-no-signing-key'),
        refusal('hint.run-disco-init-first'),
      );
    const now = ctx.clock();

    if (mode === 'prepare') {
      scope.mode = 'prepare';
      scope.time = now;
      await runInIntentScope(scope, next);
      const prepared = scope.prepared as IntentScope['prepared'];
      if (!prepared) {
        // Nothing of the member's to sign (a consequence, an off-ledger write): the write ran as asked.
        c.res.headers.set(INTENT_HEADER, 'nothing-to-sign');
        return;
      }
      const draft = encodeDraftToken(
        {
          format: DRAFT_FORMAT,
          actor: actor.memberId,
          request: scope.request,
          time: now.toISOString(),
          draws: scope.draws,
          intents: prepared.intents.map((i) => i.digest),
        },
        node,
      );
      const answer: PreparedAnswer = {
        draft,
        expiresAt: new Date(now.getTime() + DRAFT_FRESH_MS).toISOString(),
        intents: prepared.intents.map((i) => ({ type: i.digest.type, intent: i.intent })),
      };
      c.error = undefined;
      c.res = undefined;
      c.res = c.json(answer, 202, { [INTENT_HEADER]: 'prepared' });
      return;
    }

    const text = c.req.header(DRAFT_HEADER);
    if (!text)
      throw headerProblem(
        DRAFT_HEADER,
        'required to commit',
        refusal('refusal.commit-needs-draft', { header: DRAFT_HEADER }),
        refusal('hint.prepare-first', { header: INTENT_HEADER }),
      );
    const publicKey = c.req.header(MEMBER_KEY_HEADER) ?? '';
    if (!/^[A-Za-z0-9_-]{43}$/.test(publicKey))
      throw headerProblem(
        MEMBER_KEY_HEADER,
        'must be an Ed25519 public key in base64url (43 characters)',
        refusal('refusal.member-key-header', { header: MEMBER_KEY_HEADER }),
      );
    const sigs = (c.req.header(MEMBER_SIG_HEADER) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (sigs.length === 0)
      throw headerProblem(
        MEMBER_SIG_HEADER,
        'required to commit',
        refusal('refusal.member-sig-header', { header: MEMBER_SIG_HEADER }),
      );
    const token = decodeDraftToken(text, node.publicKey);
    if (!token)
      throw headerProblem(
        DRAFT_HEADER,
        'not a draft this node prepared',
        refusal('refusal.draft-not-ours', { header: DRAFT_HEADER }),
        refusal('hint.send-token-unchanged'),
      );
    if (token.actor !== actor.memberId)
      throw new AppError(403, 'forbidden', refusal('refusal.draft-for-another-member'), undefined, [
        { field: `header.${DRAFT_HEADER}`, message: 'prepared for another member' },
      ]);
    if (token.request !== scope.request)
      throw new AppError(
        409,
        'draft-changed',
        refusal('refusal.commit-differs-from-prepare'),
        refusal('hint.send-exactly-prepared-request-prepare-one'),
        [{ field: 'body', message: 'differs from the prepared request' }],
      );
    const preparedAt = new Date(token.time).getTime();
    if (now.getTime() - preparedAt > DRAFT_FRESH_MS || preparedAt - now.getTime() > CLOCK_SKEW_MS)
      throw new AppError(
        409,
        'draft-stale',
        refusal('refusal.draft-stale', { time: token.time, seconds: DRAFT_FRESH_MS / 1000 }),
        refusal('hint.prepare-again-sign-commit'),
        [{ field: `header.${DRAFT_HEADER}`, message: 'no longer fresh' }],
      );
    scope.mode = 'commit';
    scope.time = new Date(preparedAt);
    scope.draws = token.draws;
    scope.commit = {
      token,
      tokenHash: createHash('sha256').update(text).digest('hex'),
      publicKey,
      sigs,
      used: false,
    };
    await runInIntentScope(scope, next);
  };
}
