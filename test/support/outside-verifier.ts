// An export-file verifier written from docs/ledger.md alone, sharing no code with src/: it keeps
// the specification honest. Tests hold it to `disco ledger verify` on every fault the page names.
import { createHash, createPublicKey, verify } from 'node:crypto';
import canonicalize from 'canonicalize';

type Json = Record<string, unknown>;
export interface OutsideFault {
  seq: number;
  kind: string;
}

const ORDER = [
  'gap',
  'size-mismatch',
  'bad-format',
  'broken-link',
  'hash-mismatch',
  'bad-genesis',
  'header-mismatch',
  'bad-payload',
  'bad-signature',
  'bad-member-key',
  'bad-member-signature',
  'merkle-node-mismatch',
  'chain-head-mismatch',
  'checkpoint-mismatch',
  'bad-checkpoint-signature',
];

const sha256 = (...parts: Uint8Array[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const jcs = (value: unknown) => Buffer.from(canonicalize(value)!, 'utf8');

function base64url(text: unknown, bytes: number): Buffer | null {
  if (typeof text !== 'string' || text.length !== Math.ceil((bytes * 4) / 3)) return null;
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const raw = Buffer.from(text, 'base64url');
  return raw.length === bytes && raw.toString('base64url') === text ? raw : null;
}

function ed25519(key: unknown, message: Uint8Array, sig: unknown): boolean {
  const k = base64url(key, 32);
  const s = base64url(sig, 64);
  if (!k || !s) return false;
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), k]);
  try {
    return verify(null, message, createPublicKey({ key: spki, format: 'der', type: 'spki' }), s);
  } catch {
    return false;
  }
}

/** MTH over leaf hashes, by the RFC's recursion. */
function mth(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leaves[0]!;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return sha256(Buffer.from([1]), mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

/** The first fault of an export file's text, as docs/ledger.md defines it, or null. */
export function verifyExportText(text: string, expectedNodeKey?: string): OutsideFault | null {
  const lines = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Json);
  const header = lines[0]!;
  const checkpoints = lines.filter((l) => l['checkpoint']).map((l) => l['checkpoint'] as Json);
  const events = lines.filter((l) => l['event']).map((l) => l['event'] as Json);
  let fault: OutsideFault | null = null;
  const found = (seq: number, kind: string) => {
    if (
      !fault ||
      seq < fault.seq ||
      (seq === fault.seq && ORDER.indexOf(kind) < ORDER.indexOf(fault.kind))
    )
      fault = { seq, kind };
  };
  const leaves: Buffer[] = [];
  const keys = new Map<string, { memberId: string; revokedAt: number | null }>();
  let prev = '0'.repeat(64);
  let nodeKey = expectedNodeKey ?? null;
  let ledgerId: string | null = null;
  for (const e of events) {
    const seq = leaves.length + 1;
    if (e['seq'] !== seq) {
      found(seq, 'gap');
      break;
    }
    const hex = /^[0-9a-f]{64}$/;
    if (
      e['format'] !== 'disco-cat/event@1' ||
      !hex.test(String(e['hash'])) ||
      !hex.test(String(e['prev']))
    ) {
      found(seq, 'bad-format');
      break;
    }
    if (e['prev'] !== prev) {
      found(seq, 'broken-link');
      break;
    }
    const { hash, nodeSig, memberSig, ...rest } = e;
    const envelope = memberSig ? { ...rest, memberSig } : rest;
    if (sha256(jcs(envelope)).toString('hex') !== hash) {
      found(seq, 'hash-mismatch');
      break;
    }
    const payload = e['payload'] as Json;
    if (seq === 1) {
      if (
        e['type'] !== 'ledger.genesis' ||
        typeof payload['nodeKey'] !== 'string' ||
        (nodeKey && nodeKey !== payload['nodeKey'])
      ) {
        found(1, 'bad-genesis');
        break;
      }
      nodeKey = payload['nodeKey'] as string;
      ledgerId = hash as string;
      if (header['ledgerId'] !== ledgerId || header['nodeKey'] !== nodeKey) {
        found(1, 'header-mismatch');
        break;
      }
    }
    const context = Buffer.from('disco-cat/event-signature@1\n', 'utf8');
    if (!ed25519(nodeKey, Buffer.concat([context, Buffer.from(String(hash), 'hex')]), nodeSig))
      found(seq, 'bad-signature');
    if (memberSig) {
      const { publicKey, sig } = memberSig as Json;
      const key = keys.get(String(publicKey));
      const revokesItself =
        e['type'] === 'member.key-revoked' && payload['publicKey'] === publicKey;
      if (!key || key.memberId !== e['actor'] || key.revokedAt !== null || revokesItself) {
        found(seq, 'bad-member-key');
        break;
      }
      const intent = {
        format: 'disco-cat/intent@1',
        type: e['type'],
        schema: e['schema'],
        payload,
        actor: e['actor'],
        time: e['time'],
      };
      if (!ed25519(publicKey, jcs(intent), sig)) found(seq, 'bad-member-signature');
    }
    const { memberId, publicKey } = payload;
    if (e['schema'] === 1 && typeof memberId === 'string' && typeof publicKey === 'string') {
      const known = keys.get(publicKey);
      if (e['type'] === 'member.key-registered' && !known)
        keys.set(publicKey, { memberId, revokedAt: null });
      if (
        e['type'] === 'member.key-revoked' &&
        known?.memberId === memberId &&
        known.revokedAt === null
      )
        known.revokedAt = seq;
    }
    prev = hash as string;
    leaves.push(sha256(Buffer.from([0]), Buffer.from(String(hash), 'hex')));
    for (const cp of checkpoints.filter((c) => c['treeSize'] === seq)) {
      const { sig, ...body } = cp;
      if (
        cp['format'] !== 'disco-cat/checkpoint@1' ||
        cp['root'] !== mth(leaves).toString('hex') ||
        cp['ledgerId'] !== ledgerId
      )
        found(seq, 'checkpoint-mismatch');
      else if (cp['nodeKey'] !== nodeKey || !ed25519(nodeKey, jcs(body), sig))
        found(seq, 'bad-checkpoint-signature');
    }
  }
  const size = leaves.length;
  if (
    size !== header['size'] &&
    !(fault && (fault as OutsideFault).seq <= Math.min(size, Number(header['size'])) + 1)
  )
    found(Math.min(size, Number(header['size'])) + 1, 'size-mismatch');
  for (const cp of checkpoints)
    if (Number(cp['treeSize']) > size) found(Number(cp['treeSize']), 'checkpoint-mismatch');
  return fault;
}
