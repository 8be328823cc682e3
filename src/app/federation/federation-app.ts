import { webcrypto } from 'node:crypto';
import {
  Accept,
  Activity,
  createFederation,
  Endpoints,
  Follow,
  getDocumentLoader,
  Group,
  Multikey,
  PropertyValue,
  Undo,
  type DocumentLoader,
  type Federation,
  type RemoteDocument,
} from '@fedify/fedify';
import {
  formatVerifierKey,
  makeVerifierKey,
  SIGNATURE_TYPE_COSIGNATURE_V1,
} from '../../core/ledger/signed-note.js';
import { message } from '../../core/messages/codes.js';
import type { AppContext } from '../context.js';
import { readDiscoProfile } from '../read-disco-profile.js';
import { ledgerVerifierKey, readLedgerOrigin } from '../witnessing/ledger-origin.js';
import { actorKeyPairs } from './actor-keys.js';
import {
  LOG_KEY_PROPERTY,
  RECEIPT_COSIGNATURES_PROPERTY,
  WITNESS_PROPERTY,
} from './federation-app-names.js';
import { type FederationContext } from './federation-settings.js';
import { guardedFetch, RemoteFetchError } from './guarded-fetch.js';
import { receiveAccept, receiveFollow, receiveUndo, receiveOther } from './receive-activity.js';
import { JobMessageQueue } from './job-message-queue.js';
import { StoreKvStore } from './store-kv.js';

export const ACTOR_PATH = '/federation/actor/{identifier}';
export const INBOX_PATH = '/federation/actor/{identifier}/inbox';
export const SHARED_INBOX_PATH = '/federation/inbox';
const ACTIVITY_JSON = 'application/activity+json';

/*
 * JSON-LD contexts are served from Fedify's preloaded copies; these hosts publish only contexts,
 * so a context they did not preload is fetched by Fedify's own loader.
 */
const CONTEXT_HOSTS = new Set(['www.w3.org', 'w3id.org', 'purl.archive.org', 'joinmastodon.org']);

/** A JSON-LD loader that reaches peers only through the guarded fetch (SSRF, time and size bounds). */
export function guardedDocumentLoader(fed: FederationContext): DocumentLoader {
  const contexts = getDocumentLoader();
  return async (url: string): Promise<RemoteDocument> => {
    if (CONTEXT_HOSTS.has(new URL(url).hostname)) return contexts(url);
    const answer = await guardedFetch(fed, url, {
      headers: { accept: `${ACTIVITY_JSON}, application/ld+json` },
    });
    if (answer.status !== 200)
      throw new RemoteFetchError(
        message('peer.reason.answered-status', {
          url: url.slice(0, 200),
          status: String(answer.status),
        }),
      );
    try {
      return { contextUrl: null, documentUrl: answer.url, document: JSON.parse(answer.text) };
    } catch {
      throw new RemoteFetchError(message('peer.reason.not-json', { url: url.slice(0, 200) }));
    }
  };
}

const federations = new WeakMap<FederationContext, Promise<Federation<AppContext>>>();

/**
 * The node's Fedify federation, made on first use (Fedify is loaded only when federation is):
 * the DisCO's actor, WebFinger, NodeInfo and inbox, with its KvStore and MessageQueue on the
 * node's own database. Null when the node has no public URL.
 */
export function federationOf(ctx: AppContext): Promise<Federation<AppContext>> | null {
  const fed = ctx.federation;
  if (!fed?.publicUrl) return null;
  let made = federations.get(fed);
  if (!made) {
    made = build(ctx, fed);
    federations.set(fed, made);
  }
  return made;
}

async function build(ctx: AppContext, fed: FederationContext): Promise<Federation<AppContext>> {
  const federation = createFederation<AppContext>({
    kv: new StoreKvStore(ctx),
    queue: new JobMessageQueue(ctx, fed),
    manuallyStartQueue: true,
    origin: new URL(fed.publicUrl!).origin,
    documentLoaderFactory: () => guardedDocumentLoader(fed),
    contextLoaderFactory: () => guardedDocumentLoader(fed),
    // Peers' actors are public: the inbox fetches a signer's key through the same guarded loader.
    authenticatedDocumentLoaderFactory: () => guardedDocumentLoader(fed),
  });

  federation
    .setActorDispatcher(ACTOR_PATH, async (c, identifier) => {
      const app = c.data;
      if (identifier !== fed.handle) return null;
      const keys = await c.getActorKeyPairs(identifier);
      const actorId = c.getActorUri(identifier);
      const profile = await readDiscoProfile(app);
      const methods = keys.map((k) => k.multikey);
      const attachments: PropertyValue[] = [];
      if (app.node) {
        // FEP-521a: the ledger's node key, for verifying the ledger only; it signs no delivery.
        methods.push(
          new Multikey({
            id: new URL('#ledger-key', actorId),
            controller: actorId,
            publicKey: await webcrypto.subtle.importKey(
              'raw',
              Buffer.from(app.node.publicKey, 'base64url'),
              { name: 'Ed25519' },
              true,
              ['verify'],
            ),
          }),
        );
        if (profile) {
          const origin = await readLedgerOrigin(app);
          attachments.push(
            new PropertyValue({
              name: LOG_KEY_PROPERTY,
              value: formatVerifierKey(ledgerVerifierKey(origin, app.node.publicKey)),
            }),
          );
        }
      }
      const witness = app.witnessing?.witness;
      if (witness) {
        const vkey = formatVerifierKey(
          makeVerifierKey(
            witness.keyName,
            SIGNATURE_TYPE_COSIGNATURE_V1,
            Buffer.from(witness.signer.publicKey, 'base64url'),
          ),
        );
        const url = `${fed.publicUrl!.replace(/\/+$/, '')}/witness`;
        attachments.push(new PropertyValue({ name: WITNESS_PROPERTY, value: `${url} ${vkey}` }));
        // Peers read it so their proofs wait for as many cosignatures as this DisCO counts.
        attachments.push(
          new PropertyValue({
            name: RECEIPT_COSIGNATURES_PROPERTY,
            value: String(fed.receiptCosignatures),
          }),
        );
      }
      return new Group({
        id: actorId,
        preferredUsername: identifier,
        name: profile?.name ?? identifier,
        url: new URL(fed.publicUrl!),
        inbox: c.getInboxUri(identifier),
        endpoints: new Endpoints({ sharedInbox: c.getInboxUri() }),
        publicKey: keys[0]!.cryptographicKey,
        assertionMethods: methods,
        attachments,
      });
    })
    .setKeyPairsDispatcher(async (c, identifier) =>
      identifier === fed.handle ? actorKeyPairs(c.data) : [],
    );

  federation
    .setInboxListeners(INBOX_PATH, SHARED_INBOX_PATH)
    .on(Follow, (c, activity) => receiveFollow(c.data, activity))
    .on(Accept, (c, activity) => receiveAccept(c.data, activity))
    .on(Undo, (c, activity) => receiveUndo(c.data, activity))
    .on(Activity, (c, activity) => receiveOther(c.data, activity));

  federation.setNodeInfoDispatcher('/nodeinfo/2.1', () => ({
    software: { name: 'disco-cat', version: { major: 0, minor: 1, patch: 0 } },
    protocols: ['activitypub'],
    usage: { users: {}, localPosts: 0, localComments: 0 },
  }));

  // It resolves only when the queue stops listening, which this node never asks of it.
  void federation.startQueue(ctx);
  return federation;
}
