import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { testNode } from '../../test/support/ledger.js';
import { dialects, skipping, testStore } from '../../test/support/stores.js';
import { withAuth } from '../app/auth/auth-context.js';
import { createApiToken } from '../app/auth/create-api-token.js';
import { TEST_PASSWORD_COST } from '../app/auth/passwords.js';
import type { AppContext } from '../app/context.js';
import { eventCatalog } from '../app/event-catalog.js';
import { initLedger } from '../app/ledger/init-ledger.js';
import { verifyStoredLedger } from '../app/ledger/verify-stored-ledger.js';
import { loadActor } from '../app/members/load-actor.js';
import { sendSigned } from '../cli/sign-writes.js';
import { intentBytes, type LedgerEvent } from '../core/ledger/event.js';
import { generateEd25519KeyPair, signerFromPem, verifySignature } from '../core/ledger/keys.js';
import { createHttpApp } from './app.js';
import type { PreparedAnswer } from './intent-signing.js';
import { json } from './test-community.js';

const rate = (amount: string) => ({
  stream: 'care',
  taskKind: 'meeting',
  per: 'hour',
  amount,
  effectiveFrom: '2026-01-01',
});

/** A founder with an API token and a registered device key, on a DisCO over the given store. */
async function signingNode(d: (typeof dialects)[number]) {
  let now = Date.UTC(2026, 0, 5, 9);
  const ctx: AppContext = {
    store: await testStore(d),
    node: testNode().signer,
    clock: () => new Date(now),
    catalog: eventCatalog,
    checkpointEvery: 1000,
    dataDir: '',
  };
  const { founderId } = await initLedger(ctx, {
    name: 'Signing DisCO',
    currency: 'EUR',
    timeZone: 'UTC',
    founderName: 'Ana',
  });
  const actx = withAuth(ctx, { passwordCost: TEST_PASSWORD_COST });
  const { token } = await createApiToken(actx, await loadActor(ctx, founderId), { name: 'test' });
  const app = createHttpApp(ctx, { logger: pino({ level: 'silent' }) });
  const device = signerFromPem(generateEd25519KeyPair().privateKeyPem);
  const send = (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.request(`/api${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const registered = await send('POST', `/members/${founderId}/keys`, {
    publicKey: device.publicKey,
  });
  expect(registered.status).toBe(201);
  const lastEvent = async (): Promise<LedgerEvent> => {
    const { size } = await ctx.store.head();
    return (await ctx.store.event(size))!;
  };
  return {
    ctx,
    founderId,
    device,
    send,
    lastEvent,
    advance: (ms: number) => void (now += ms),
    close: () => ctx.store.close(),
  };
}

for (const d of dialects) {
  describe.skipIf(skipping(d, 'member-signed writes'))(
    `member-signed writes (${d.dialect})`,
    () => {
      it('prepares, signs and commits a write: the event carries a memberSig by the device key and the ledger verifies', async () => {
        const node = await signingNode(d);
        const before = (await node.ctx.store.head()).size;
        const prepared = await node.send('POST', '/rates', rate('1500'), {
          'Disco-Intent': 'prepare',
        });
        expect(prepared.status).toBe(202);
        expect(prepared.headers.get('Disco-Intent')).toBe('prepared');
        const answer = (await prepared.json()) as PreparedAnswer;
        expect(answer.intents).toHaveLength(1);
        expect(JSON.parse(answer.intents[0]!.intent)).toMatchObject({
          format: 'disco-cat/intent@1',
          type: 'value.rate.set',
          actor: node.founderId,
        });
        expect((await node.ctx.store.head()).size).toBe(before);

        const committed = await node.send('POST', '/rates', rate('1500'), {
          'Disco-Intent': 'commit',
          'Disco-Draft': answer.draft,
          'Disco-Member-Key': node.device.publicKey,
          'Disco-Member-Sig': node.device.sign(Buffer.from(answer.intents[0]!.intent, 'utf8')),
        });
        expect(committed.status).toBe(201);
        const event = await node.lastEvent();
        expect(event.type).toBe('value.rate.set');
        expect(event.memberSig?.publicKey).toBe(node.device.publicKey);
        expect(intentBytes(event).toString('utf8')).toBe(answer.intents[0]!.intent);
        expect(
          verifySignature(node.device.publicKey, intentBytes(event), event.memberSig!.sig),
        ).toBe(true);
        expect((await verifyStoredLedger(node.ctx)).ok).toBe(true);

        const again = await node.send('POST', '/rates', rate('1500'), {
          'Disco-Intent': 'commit',
          'Disco-Draft': answer.draft,
          'Disco-Member-Key': node.device.publicKey,
          'Disco-Member-Sig': node.device.sign(Buffer.from(answer.intents[0]!.intent, 'utf8')),
        });
        expect(again.status).toBe(409);
        expect((await json(again)).type).toMatch(/draft-committed$/);
        await node.close();
      });

      it('refuses a commit that is not the prepared one, naming what is wrong, and records nothing', async () => {
        const node = await signingNode(d);
        const prepare = await node.send('POST', '/rates', rate('1500'), {
          'Disco-Intent': 'prepare',
        });
        const answer = (await prepare.json()) as PreparedAnswer;
        const sig = node.device.sign(Buffer.from(answer.intents[0]!.intent, 'utf8'));
        const commit = (body: unknown, headers: Record<string, string>) =>
          node.send('POST', '/rates', body, {
            'Disco-Intent': 'commit',
            'Disco-Draft': answer.draft,
            'Disco-Member-Key': node.device.publicKey,
            'Disco-Member-Sig': sig,
            ...headers,
          });
        const size = (await node.ctx.store.head()).size;

        const badSig = await commit(rate('1500'), {
          'Disco-Member-Sig': node.device.sign(Buffer.from('something else')),
        });
        expect(badSig.status).toBe(400);
        expect((await json(badSig)).errors).toEqual([
          expect.objectContaining({ field: 'header.Disco-Member-Sig[0]' }),
        ]);

        const otherBody = await commit(rate('9900'), {});
        expect(otherBody.status).toBe(409);
        expect((await json(otherBody)).errors).toEqual([
          expect.objectContaining({ field: 'body' }),
        ]);

        const forged = await commit(rate('1500'), {
          'Disco-Draft': answer.draft.replace(/\.[^.]+$/, `.${'A'.repeat(86)}`),
        });
        expect(forged.status).toBe(400);
        expect((await json(forged)).errors[0].field).toBe('header.Disco-Draft');

        const stranger = signerFromPem(generateEd25519KeyPair().privateKeyPem);
        const unregistered = await commit(rate('1500'), {
          'Disco-Member-Key': stranger.publicKey,
          'Disco-Member-Sig': stranger.sign(Buffer.from(answer.intents[0]!.intent, 'utf8')),
        });
        expect(unregistered.status).toBe(403);
        expect((await json(unregistered)).errors[0].field).toBe('memberSig.publicKey');

        node.advance(3 * 60 * 1000);
        const stale = await commit(rate('1500'), {});
        expect(stale.status).toBe(409);
        expect((await json(stale)).type).toMatch(/draft-stale$/);
        expect((await node.ctx.store.head()).size).toBe(size);
        await node.close();
      });

      it('keeps Idempotency-Key working: prepare does not use it up, the commit is replayed on retry', async () => {
        const node = await signingNode(d);
        const key = { 'Idempotency-Key': 'rate-once' };
        const signed = () =>
          sendSigned(
            (headers) => node.send('POST', '/rates', rate('1700'), { ...key, ...headers }),
            node.device,
            node.founderId,
          );
        const first = await signed();
        expect(first.status).toBe(201);
        const size = (await node.ctx.store.head()).size;
        const retry = await signed();
        expect(retry.status).toBe(201);
        expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
        expect(await json(retry)).toEqual(await json(first));
        expect((await node.ctx.store.head()).size).toBe(size);
        await node.close();
      });

      it('refuses an unsigned write of a type the governance parameters require signed, with a hint; a signed one passes', async () => {
        const node = await signingNode(d);
        const set = await node.send('PUT', '/governance/parameters', {
          requireMemberSignatures: ['value.rate.set'],
        });
        expect(set.status).toBe(200);
        const size = (await node.ctx.store.head()).size;
        const unsigned = await node.send('POST', '/rates', rate('1500'));
        expect(unsigned.status).toBe(403);
        const problem = await json(unsigned);
        expect(problem.type).toMatch(/member-signature-required$/);
        expect(problem.detail).toContain('value.rate.set');
        expect(problem.hint).toContain('disco member key');
        expect(problem.errors).toEqual([
          {
            field: 'memberSig',
            message: 'required for value.rate.set',
            code: 'field.required-for-type',
            params: { type: 'value.rate.set' },
          },
        ]);
        expect((await node.ctx.store.head()).size).toBe(size);

        const signed = await sendSigned(
          (headers) => node.send('POST', '/rates', rate('1500'), headers),
          node.device,
          node.founderId,
        );
        expect(signed.status).toBe(201);
        expect((await node.lastEvent()).memberSig?.publicKey).toBe(node.device.publicKey);
        expect((await verifyStoredLedger(node.ctx)).ok).toBe(true);
        await node.close();
      });

      it('refuses a requirement naming a type no member signs', async () => {
        const node = await signingNode(d);
        const set = await node.send('PUT', '/governance/parameters', {
          requireMemberSignatures: ['proposal.closed'],
        });
        expect(set.status).toBe(400);
        expect((await json(set)).errors[0].field).toBe('requireMemberSignatures.0');
        await node.close();
      });
    },
  );
}
