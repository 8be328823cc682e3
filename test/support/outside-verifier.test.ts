import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { eventCatalog } from '../../src/app/event-catalog.js';
import { appendEvents } from '../../src/app/ledger/append-events.js';
import { exportLedger } from '../../src/app/ledger/export-ledger.js';
import { headerPromise, openLedgerFile } from '../../src/app/ledger/ledger-file.js';
import { makeCheckpoint } from '../../src/app/ledger/make-checkpoint.js';
import { verifyLedger } from '../../src/app/ledger/verify-ledger.js';
import { openTestDisco, type TestDisco } from '../../src/app/members/test-disco.js';
import { registerMemberKey } from '../../src/app/members/register-member-key.js';
import { revokeMemberKey } from '../../src/app/members/revoke-member-key.js';
import { sealEvent, signIntent, type EventDraft } from '../../src/core/ledger/event.js';
import { generateEd25519KeyPair, signerFromPem, type Signer } from '../../src/core/ledger/keys.js';
import { verifyExportText } from './outside-verifier.js';

const newSigner = (): Signer => signerFromPem(generateEd25519KeyPair().privateKeyPem);
const dir = mkdtempSync(join(tmpdir(), 'disco-outside-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let disco: TestDisco;
let lines: string[];
let boId: string;
let founderKey: Signer;
let boKey: Signer;

/** A fresh DisCO per test: its store is disposed when the test finishes. */
async function setup(): Promise<void> {
  disco = await openTestDisco();
  const { ctx, founder } = disco;
  const bo = await disco.add({ displayName: 'Bo', constituencyIds: ['supporters'] });
  boId = bo.memberId;
  founderKey = newSigner();
  boKey = newSigner();
  await registerMemberKey(ctx, founder, {
    memberId: founder.memberId,
    publicKey: founderKey.publicKey,
  });
  await registerMemberKey(ctx, bo, { memberId: boId, publicKey: boKey.publicKey });
  for (let i = 0; i < 10; i++) {
    await appendEvents(ctx, [signIntent(rename(`Name ${i}`), founderKey)]);
    if (i % 4 === 3) await makeCheckpoint(ctx);
  }
  lines = (await exportText()).trim().split('\n');
}

function rename(name: string, actor = disco.founder.memberId): EventDraft {
  return {
    type: 'disco.renamed',
    schema: 1,
    payload: { name },
    actor,
    time: disco.ctx.clock().toISOString(),
  };
}

async function exportText(): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportLedger(disco.ctx, out);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

type Line = Record<string, Record<string, unknown>>;
const parse = (all: string[]): Line[] => all.map((l) => JSON.parse(l) as Line);
const eventAt = (all: Line[], seq: number) =>
  all.find((l) => l['event']?.['seq'] === seq)!['event']!;
const lastSeq = (all: Line[]) =>
  Math.max(...all.filter((l) => l['event']).map((l) => Number(l['event']!['seq'])));

/** Appends an event sealed by the node (as a dishonest node could) and raises the header's size. */
function withForged(all: Line[], draft: EventDraft): Line[] {
  const last = eventAt(all, lastSeq(all));
  const forged = sealEvent(draft, Number(last['seq']) + 1, String(last['hash']), disco.ctx.node!);
  all[0] = { ...all[0]!, size: forged.seq } as unknown as Line;
  return [...all, { event: forged as unknown as Record<string, unknown> }];
}

async function referenceVerdict(text: string, nodeKey?: string) {
  const path = join(dir, `f-${Math.random().toString(36).slice(2)}.ndjson`);
  writeFileSync(path, text);
  const file = await openLedgerFile(path);
  const report = await verifyLedger(
    { events: file.events(), checkpoints: file.checkpoints, promised: headerPromise(file.header) },
    { catalog: eventCatalog, workers: 0, ...(nodeKey ? { nodeKey } : {}) },
  );
  return report.fault ? { seq: report.fault.seq, kind: report.fault.kind } : null;
}

const cases: Array<{
  what: string;
  kind: string | null;
  damage: (all: Line[]) => Line[];
  nodeKey?: string;
}> = [
  { what: 'an intact export', kind: null, damage: (all) => all },
  {
    what: 'a missing event',
    kind: 'gap',
    damage: (all) => all.filter((l) => l['event']?.['seq'] !== 9),
  },
  { what: 'a file cut short', kind: 'size-mismatch', damage: (all) => all.slice(0, -5) },
  {
    what: 'a header promising fewer events',
    kind: 'size-mismatch',
    damage: (all) => [{ ...all[0]!, size: lastSeq(all) - 2 } as unknown as Line, ...all.slice(1)],
  },
  {
    what: 'a malformed event',
    kind: 'bad-format',
    damage: (all) => {
      eventAt(all, 7)['format'] = 'disco-cat/event@0';
      return all;
    },
  },
  {
    what: 'a broken link',
    kind: 'broken-link',
    damage: (all) => {
      eventAt(all, 8)['prev'] = 'ab'.repeat(32);
      return all;
    },
  },
  {
    what: 'an event changed by hand',
    kind: 'hash-mismatch',
    damage: (all) => {
      eventAt(all, 15)['payload'] = { name: 'Changed' };
      return all;
    },
  },
  {
    what: 'a genesis with another node key',
    kind: 'bad-genesis',
    damage: (all) => all,
    nodeKey: newSigner().publicKey,
  },
  {
    what: 'a header naming another ledger',
    kind: 'header-mismatch',
    damage: (all) => [
      { ...all[0]!, ledgerId: 'cd'.repeat(32) } as unknown as Line,
      ...all.slice(1),
    ],
  },
  {
    what: 'a header naming another node key',
    kind: 'header-mismatch',
    damage: (all) => [
      { ...all[0]!, nodeKey: newSigner().publicKey } as unknown as Line,
      ...all.slice(1),
    ],
  },
  {
    what: 'a node signature in non-canonical base64url',
    kind: 'bad-signature',
    damage: (all) => {
      const e = eventAt(all, 12);
      const sig = String(e['nodeSig']);
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      e['nodeSig'] = sig.slice(0, -1) + alphabet[alphabet.indexOf(sig.at(-1)!) ^ 1];
      return all;
    },
  },
  {
    what: 'a member signature by a key never registered',
    kind: 'bad-member-key',
    damage: (all) => withForged(all, signIntent(rename('Stray'), newSigner())),
  },
  {
    what: 'a member signature by another member’s key',
    kind: 'bad-member-key',
    damage: (all) => withForged(all, signIntent(rename('Borrowed'), boKey)),
  },
  {
    what: 'a member signature not over what the event says',
    kind: 'bad-member-signature',
    damage: (all) =>
      withForged(all, {
        ...signIntent(rename('Signed'), founderKey),
        payload: { name: 'Not signed' },
      }),
  },
  {
    what: 'a checkpoint with a wrong root',
    kind: 'checkpoint-mismatch',
    damage: (all) => {
      all.find((l) => l['checkpoint'])!['checkpoint']!['root'] = 'ee'.repeat(32);
      return all;
    },
  },
  {
    what: 'a checkpoint signed with a bad signature',
    kind: 'bad-checkpoint-signature',
    damage: (all) => {
      const cps = all.filter((l) => l['checkpoint']);
      cps[1]!['checkpoint']!['sig'] = cps[0]!['checkpoint']!['sig'];
      return all;
    },
  },
];

describe('an outside verifier written from docs/ledger.md', () => {
  for (const c of cases) {
    it(`agrees with disco ledger verify on ${c.what}`, async () => {
      await setup();
      const text = parse(lines);
      const damaged =
        c
          .damage(text)
          .map((l) => JSON.stringify(l))
          .join('\n') + '\n';
      const reference = await referenceVerdict(damaged, c.nodeKey);
      expect(reference?.kind ?? null).toBe(c.kind);
      expect(verifyExportText(damaged, c.nodeKey)).toEqual(reference);
    });
  }

  it('agrees on a key used after its revocation', async () => {
    await setup();
    await revokeMemberKey(disco.ctx, disco.founder, {
      memberId: disco.founder.memberId,
      publicKey: founderKey.publicKey,
    });
    const all = withForged(
      parse((await exportText()).trim().split('\n')),
      signIntent(rename('Late'), founderKey),
    );
    const damaged = all.map((l) => JSON.stringify(l)).join('\n') + '\n';
    const reference = await referenceVerdict(damaged);
    expect(reference).toEqual({ seq: lastSeq(all), kind: 'bad-member-key' });
    expect(verifyExportText(damaged)).toEqual(reference);
  });
});
