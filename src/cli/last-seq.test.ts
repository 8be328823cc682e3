import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { remoteClient } from './api-client.js';

/*
 * The CLI's half of read-your-writes: a node at the HTTP boundary that answers writes with
 * Disco-Seq and records what each read sent.
 */
let configDir = '';
let server: Server;
let url = '';
const reads: IncomingHttpHeaders[] = [];
let nextSeq = 0;

beforeEach(async () => {
  configDir = mkdtempSync(join(tmpdir(), 'disco-last-seq-'));
  process.env['DISCO_CONFIG_DIR'] = configDir;
  reads.length = 0;
  server = createServer((req, res) => {
    if (req.method === 'GET') reads.push(req.headers);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (req.method !== 'GET') headers['Disco-Seq'] = String(nextSeq);
    res.writeHead(200, headers).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  delete process.env['DISCO_CONFIG_DIR'];
  await new Promise((resolve) => server.close(resolve));
  rmSync(configDir, { recursive: true, force: true });
});

describe('the CLI remembers the seq of its last write', () => {
  it('sends nothing before any write, then the highest seq written, across commands', async () => {
    await remoteClient(url, null).call('GET', '/projects');
    nextSeq = 41;
    await remoteClient(url, null).call('POST', '/projects', { name: 'x' });
    // Another command, another client: the seq was kept on disk, per server.
    await remoteClient(`${url}/`, null).call('GET', '/projects');
    nextSeq = 12; // an older answer never lowers it
    await remoteClient(url, null).call('POST', '/projects', { name: 'y' });
    await remoteClient(url, null).call('GET', '/dashboard');
    expect(reads.map((h) => h['disco-min-seq'])).toEqual([undefined, '41', '41']);
    const kept = JSON.parse(readFileSync(join(configDir, 'last-seqs.json'), 'utf8')) as object;
    expect(kept).toEqual({ [url]: 41 });
  });
});
