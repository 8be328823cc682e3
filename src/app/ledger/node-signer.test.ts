import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateEd25519KeyPair, verifySignature } from '../../core/ledger/keys.js';
import { nodeSignerFromPem, SigningWorker } from './node-signer.js';

describe('the node signer on a worker thread', () => {
  it('gives, in order, the very signatures the key gives on this thread', async () => {
    const { privateKeyPem, publicKey } = generateEd25519KeyPair();
    const node = nodeSignerFromPem(privateKeyPem);
    const messages = Array.from({ length: 300 }, () => randomBytes(40));
    // Two batches out at once: each comes back to its own caller.
    const [first, second] = await Promise.all([
      node.signMany!(messages.slice(0, 120)),
      node.signMany!(messages.slice(120)),
    ]);
    const signatures = [...first!, ...second!];
    expect(signatures).toEqual(messages.map((m) => node.sign(m)));
    expect(node.publicKey).toBe(publicKey);
    for (let i = 0; i < messages.length; i++)
      expect(verifySignature(publicKey, messages[i]!, signatures[i]!)).toBe(true);
    expect(await node.signMany!([])).toEqual([]);
  });

  it('gives the same signatures when this thread signs what the worker has not claimed', async () => {
    const { privateKeyPem } = generateEd25519KeyPair();
    const node = nodeSignerFromPem(privateKeyPem);
    const messages = Array.from({ length: 700 }, () => randomBytes(40));
    const expected = messages.map((m) => node.sign(m));
    // Helping at once: the worker may not even have received the batches, and takes what is left.
    const first = node.signMany!(messages.slice(0, 300));
    const second = node.signMany!(messages.slice(300));
    node.helpSign!();
    expect([...(await first), ...(await second)]).toEqual(expected);
    // Helping later, with the worker well under way, and with nothing out at all.
    const third = node.signMany!(messages);
    await new Promise((resolve) => setTimeout(resolve, 5));
    node.helpSign!();
    expect(await third).toEqual(expected);
    node.helpSign!();
  });

  it('refuses a batch of messages of different lengths rather than slicing them wrongly', () => {
    const node = nodeSignerFromPem(generateEd25519KeyPair().privateKeyPem);
    expect(() => node.signMany!([randomBytes(40), randomBytes(41)])).toThrow(RangeError);
  });

  it('fails every batch out when its worker dies, never hangs, and starts afresh', async () => {
    // A key the worker cannot read kills it as it starts (`nodeSignerFromPem` refuses it sooner).
    expect(() => nodeSignerFromPem('not a key')).toThrow();
    const broken = new SigningWorker('not a key');
    const batches = [broken.signMany([randomBytes(40)]), broken.signMany([randomBytes(40)])];
    for (const batch of batches) await expect(batch).rejects.toThrow();
    await expect(broken.signMany([randomBytes(40)])).rejects.toThrow();
  });

  it('stops a worker left idle and starts another for the next batch', async () => {
    const { privateKeyPem } = generateEd25519KeyPair();
    const worker = new SigningWorker(privateKeyPem, 50);
    const node = nodeSignerFromPem(privateKeyPem);
    const message = randomBytes(40);
    expect(await worker.signMany([message])).toEqual([node.sign(message)]);
    expect(worker.running).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(worker.running).toBe(false);
    expect(await worker.signMany([message])).toEqual([node.sign(message)]);
  });
});
