// Test support only: a ledger written and served by the real server code, for the browser verifier's tests.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { appendEvents } from '../../../src/app/ledger/append-events.js';
import { openApp } from '../../../src/app/context.js';
import { initLedger } from '../../../src/app/ledger/init-ledger.js';
import { loadActor } from '../../../src/app/members/load-actor.js';
import { registerMemberKey } from '../../../src/app/members/register-member-key.js';
import type { JsonObject } from '../../../src/core/ledger/canonical.js';
import { sealEvent, signIntent, type EventDraft } from '../../../src/core/ledger/event.js';
import { generateEd25519KeyPair, signerFromPem } from '../../../src/core/ledger/keys.js';
import type { VerifyReport } from '../../../src/core/ledger/verify.js';
import { verifyStoredLedger } from '../../../src/app/ledger/verify-stored-ledger.js';
import { addMember } from '../../../src/app/members/add-member.js';
import { revokeMemberKey } from '../../../src/app/members/revoke-member-key.js';
import type { Signer } from '../../../src/core/ledger/keys.js';
import { createHttpApp } from '../../../src/http/app.js';
import { SQLITE_FILE } from '../../../src/store/open-store.js';

export interface ServedLedger {
  /** `fetch` bound to the server's request handler: the browser verifier's only way in. */
  fetch: (url: string) => Promise<Response>;
  /** Events in the ledger, genesis first. */
  size: number;
  /** Changes the stored ledger behind the server's back, as an attacker with the database would. */
  tamper: (statement: string, ...params: unknown[]) => void;
  /**
   * Rewrites an event's payload and seals it again with the node key, as a node forging a member's
   * intent would: hash and node signature are valid, the member signature is not.
   */
  resealWithPayload: (seq: number, payload: JsonObject) => Promise<void>;
  /** The seqs of the events a member signed, ascending. */
  memberSignedSeqs: () => Promise<number[]>;
  /** Reads rows of the stored ledger behind the server's back. */
  query: (statement: string, ...params: unknown[]) => unknown[];
  /** The founder, who signs every `signedEvery`-th rename with `founderKey`. */
  founderId: string;
  founderKey: Signer;
  /** A second member with a registered key of their own. */
  addMemberWithKey: () => Promise<{ memberId: string; key: Signer }>;
  /** Revokes one of the founder's keys through the use case. */
  revokeFounderKey: (publicKey: string) => Promise<void>;
  /**
   * Appends straight through the store, as a dishonest node would: sealed and signed by the node,
   * with none of the use cases' or `appendEvents`' checks (member keys included).
   */
  appendUnchecked: (drafts: EventDraft[]) => Promise<void>;
  /** A draft of a rename by `actor` at the next tick of the ledger's clock. */
  renameBy: (actor: string, name: string) => EventDraft;
  /** The server's own verifier over the stored ledger: events, checkpoints, Merkle nodes, chain head. */
  serverVerdict: () => Promise<VerifyReport>;
  close: () => Promise<void>;
}

/**
 * A real SQLite ledger: genesis and founder, a registered member key, then `renames` renames, every
 * `signedEvery`-th signed by the founder on their own device; checkpoints every `checkpointEvery`.
 */
export async function openServedLedger(options: {
  renames: number;
  checkpointEvery?: number;
  signedEvery?: number;
}): Promise<ServedLedger> {
  const dataDir = mkdtempSync(join(tmpdir(), 'disco-web-verify-'));
  let tick = 0;
  const clock = (): Date => new Date(Date.UTC(2026, 0, 1) + 1000 * tick++);
  const ctx = await openApp({
    dataDir,
    clock,
    ...(options.checkpointEvery ? { checkpointEvery: options.checkpointEvery } : {}),
  });
  const { founderId } = await initLedger(ctx, {
    name: 'Test DisCO',
    currency: 'EUR',
    timeZone: 'Europe/Madrid',
    founderName: 'Founder',
  });
  const founder = (await loadActor(ctx, founderId))!;
  const key = signerFromPem(generateEd25519KeyPair().privateKeyPem);
  await registerMemberKey(ctx, founder, { memberId: founderId, publicKey: key.publicKey });
  const signedEvery = options.signedEvery ?? 5;
  for (let done = 0; done < options.renames;) {
    const batch = Math.min(50, options.renames - done);
    const drafts: EventDraft[] = Array.from({ length: batch }, (_, i) => {
      const n = done + i + 1;
      const draft: EventDraft = {
        type: 'disco.renamed',
        schema: 1,
        payload: { name: `Test DisCO ${n}` },
        actor: founderId,
        time: clock().toISOString(),
      };
      return n % signedEvery === 0 ? signIntent(draft, key) : draft;
    });
    await appendEvents(ctx, drafts);
    done += batch;
  }
  const app = createHttpApp(ctx, { logger: pino({ level: 'silent' }) });
  const renameBy = (actor: string, name: string): EventDraft => ({
    type: 'disco.renamed',
    schema: 1,
    payload: { name },
    actor,
    time: clock().toISOString(),
  });
  const ledger: ServedLedger = {
    fetch: async (url) => app.request(url),
    size: (await ctx.store.head()).size,
    founderId,
    founderKey: key,
    renameBy,
    query: (statement, ...params) => {
      const db = new Database(join(dataDir, SQLITE_FILE), { readonly: true });
      try {
        return db.prepare(statement).all(...params);
      } finally {
        db.close();
      }
    },
    addMemberWithKey: async () => {
      const { memberId } = await addMember(ctx, founder, {
        displayName: 'Second member',
        constituencyIds: ['supporters'],
      });
      const member = (await loadActor(ctx, memberId))!;
      const memberKey = signerFromPem(generateEd25519KeyPair().privateKeyPem);
      await registerMemberKey(ctx, member, { memberId, publicKey: memberKey.publicKey });
      ledger.size = (await ctx.store.head()).size;
      return { memberId, key: memberKey };
    },
    revokeFounderKey: async (publicKey) => {
      await revokeMemberKey(ctx, founder, { memberId: founderId, publicKey });
      ledger.size = (await ctx.store.head()).size;
    },
    appendUnchecked: async (drafts) => {
      await ctx.store.append(drafts, {
        node: ctx.node!,
        now: clock().toISOString(),
        ...(options.checkpointEvery ? { checkpointEvery: options.checkpointEvery } : {}),
      });
      ledger.size = (await ctx.store.head()).size;
    },
    tamper: (statement, ...params) => {
      const db = new Database(join(dataDir, SQLITE_FILE));
      try {
        db.prepare(statement).run(...params);
      } finally {
        db.close();
      }
    },
    resealWithPayload: async (seq, payload) => {
      const event = (await ctx.store.event(seq))!;
      const forged = sealEvent({ ...event, payload }, seq, event.prev, ctx.node!);
      const db = new Database(join(dataDir, SQLITE_FILE));
      try {
        db.prepare('update events set payload = ?, hash = ?, node_sig = ? where seq = ?').run(
          JSON.stringify(payload),
          forged.hash,
          forged.nodeSig,
          seq,
        );
      } finally {
        db.close();
      }
    },
    memberSignedSeqs: async () =>
      (await ctx.store.events(0, 1_000_000)).filter((e) => e.memberSig).map((e) => e.seq),
    serverVerdict: () => verifyStoredLedger(ctx, { workers: 0 }),
    close: async () => {
      await ctx.store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return ledger;
}
