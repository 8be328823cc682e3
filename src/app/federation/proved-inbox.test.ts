import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// The declaration Fedify does not export: reached by path, so that tsc compares it with ours.
import type { InboxMessage } from '../../../node_modules/@fedify/fedify/types/federation/queue.js';
import { FEDIFY_INBOX_MESSAGE_OF, type ProvedInboxMessage } from './proved-inbox.js';

/*
 * proved-inbox.ts queues a message of Fedify's own inbox shape, which Fedify does not export. If
 * an upgrade changes that shape, its listeners would get messages they misread: these checks
 * fail first, at type-check time (`npx tsc --noEmit`) and here.
 */

type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
// A type error here means Fedify's InboxMessage is no longer ProvedInboxMessage.
const sameShape: Same<InboxMessage, ProvedInboxMessage> = true;

const fedifyRoot = new URL('../../../node_modules/@fedify/fedify/', import.meta.url);
const fedifyFile = (path: string) => readFileSync(fileURLToPath(new URL(path, fedifyRoot)), 'utf8');

const OURS = [
  'activity',
  'attempt',
  'baseUrl',
  'id',
  'identifier',
  'started',
  'traceContext',
  'type',
];

describe('the inbox message proved-inbox.ts builds, pinned to the installed Fedify', () => {
  it('is the release the message was copied from', () => {
    expect(sameShape).toBe(true);
    const { version } = JSON.parse(fedifyFile('package.json')) as { version: string };
    expect(
      version.startsWith(`${FEDIFY_INBOX_MESSAGE_OF}.`),
      `Fedify ${version} is installed: check ProvedInboxMessage against its InboxMessage, then FEDIFY_INBOX_MESSAGE_OF`,
    ).toBe(true);
  });

  it('has the fields Fedify’s own inbox queues, and every field its listener reads', () => {
    const inbox = fedifyFile('esm/federation/inbox.js');
    const literal = /queue\.enqueue\(\{\s*type: "inbox",([\s\S]*?)\}\);/.exec(inbox);
    expect(literal, 'Fedify’s inbox no longer queues an inbox message literal').not.toBeNull();
    const keys = [...literal![1]!.matchAll(/^\s*(\w+)[:,]/gm)].map((m) => m[1]!);
    expect(['type', ...keys].sort()).toEqual(OURS);

    const middleware = fedifyFile('esm/federation/middleware.js');
    const listener = middleware.slice(middleware.indexOf('async #listenInboxMessage('));
    const body = listener.slice(0, listener.indexOf('\n    }\n'));
    const read = new Set([...body.matchAll(/message\.(\w+)/g)].map((m) => m[1]!));
    expect(read.size).toBeGreaterThan(0);
    for (const field of read) expect(OURS).toContain(field);
  });
});
