import type { LedgerEvent } from '../ledger/event.js';
import type { PeerEventProof } from './economy-events.js';

/*
 * The ActivityStreams objects the economy sends. Commons entries are Valueflows economic
 * resources (FEP-d767); transfers are Valueflows proposals with one intent, in the spirit of
 * FEP-0837 (`Offer` of a `Proposal`, answered by `Accept` or `Reject`). What the vocabularies lack
 * (the ledger event and its proof, the payment reference) is in the `disco:` namespace.
 */

export const ACTIVITY_CONTEXT = [
  'https://www.w3.org/ns/activitystreams',
  {
    vf: 'https://w3id.org/valueflows/ont/vf#',
    om2: 'http://www.ontology-of-units-of-measure.org/resource/om-2/',
    spdx: 'http://spdx.org/rdf/terms#',
    disco: 'https://w3id.org/disco-cat/ns#',
  },
];

type Json = Record<string, unknown>;

export interface CommonsEntry {
  resourceId: string;
  title: string;
  kind: string;
  licence: string;
  /** The SPDX identifier, when the licence has one. */
  spdx: string | null;
  licenceUrl: string | null;
  link: string;
  published: string;
  updated: string | null;
}

/** The id of a commons entry as this DisCO publishes it. */
export function commonsObjectId(self: string, resourceId: string): string {
  return `${self}/commons/${encodeURIComponent(resourceId)}`;
}

/**
 * A commons entry as a Valueflows economic resource, for `Create` and `Update`.
 *
 * @example commonsObject('https://a.example/actor', entry).type // ['Document', 'vf:EconomicResource']
 */
export function commonsObject(self: string, entry: CommonsEntry): Json {
  return {
    type: ['Document', 'vf:EconomicResource'],
    id: commonsObjectId(self, entry.resourceId),
    attributedTo: self,
    name: entry.title,
    url: entry.link,
    published: entry.published,
    ...(entry.updated ? { updated: entry.updated } : {}),
    'vf:name': entry.title,
    'vf:classifiedAs': [entry.kind],
    'vf:primaryAccountable': self,
    'vf:custodianScope': self,
    'disco:licence': entry.licence,
    ...(entry.spdx ? { 'spdx:licenseId': entry.spdx } : {}),
    ...(entry.licenceUrl ? { license: entry.licenceUrl } : {}),
  };
}

/**
 * A commons activity for followers: `Create` on registration, `Update` on change, `Delete` (of
 * a `Tombstone`) on withdrawal.
 *
 * @example commonsActivity('Create', self, entry, '2026-01-05T09:00:00.000Z')
 */
export function commonsActivity(
  type: 'Create' | 'Update' | 'Delete',
  self: string,
  entry: CommonsEntry,
  at: string,
): Json & { type: string } {
  const objectId = commonsObjectId(self, entry.resourceId);
  return {
    '@context': ACTIVITY_CONTEXT,
    type,
    id: `${objectId}#${type.toLowerCase()}-${at}`,
    actor: self,
    to: [`${self}/followers`],
    published: at,
    object:
      type === 'Delete'
        ? { type: 'Tombstone', id: objectId, formerType: 'vf:EconomicResource', deleted: at }
        : commonsObject(self, entry),
  };
}

export type TransferKind = 'solidarity' | 'credit';

export interface TransferTerms {
  kind: TransferKind;
  transferId: string;
  amount: string;
  currency: string;
  /** The bank or payment reference of a solidarity transfer; the memo of a credit transfer. */
  note: string;
}

/** The id of a transfer's proposal object, and the ids of its activities. */
export function transferObjectId(self: string, kind: TransferKind, transferId: string): string {
  return `${self}/economy/${kind}/${encodeURIComponent(transferId)}`;
}

function decimal(minor: string): string {
  const padded = minor.padStart(3, '0');
  return `${padded.slice(0, -2)}.${padded.slice(-2)}`;
}

/**
 * The offer of a transfer to one peer, carrying the offer's ledger event and its inclusion proof.
 *
 * @example transferOffer(self, peer, terms, event, proof).type // 'Offer'
 */
export function transferOffer(
  self: string,
  peer: string,
  terms: TransferTerms,
  event: LedgerEvent,
  proof: PeerEventProof,
): Json & { type: string } {
  const id = transferObjectId(self, terms.kind, terms.transferId);
  return {
    '@context': ACTIVITY_CONTEXT,
    type: 'Offer',
    id: `${id}#offer`,
    actor: self,
    to: [peer],
    object: {
      // Fedify refuses an object of no ActivityStreams type; Valueflows adds the proposal's.
      type: ['Object', 'vf:Proposal'],
      id,
      'vf:purpose': 'offer',
      'vf:publishes': {
        type: 'vf:Intent',
        'vf:action': 'transfer',
        'vf:provider': self,
        'vf:receiver': peer,
        'vf:resourceConformsTo': terms.currency,
        'vf:resourceQuantity': {
          'om2:hasUnit': terms.currency,
          'om2:hasNumericalValue': decimal(terms.amount),
        },
      },
      'disco:kind': terms.kind,
      'disco:transferId': terms.transferId,
      'disco:amount': terms.amount,
      'disco:currency': terms.currency,
      'disco:note': terms.note,
    },
    'disco:event': event,
    'disco:proof': proof,
  };
}

/**
 * The answer to a peer's offer: `Accept` with this side's ledger event and proof, or `Reject` with
 * a refusal code; `Undo` withdraws this side's own offer.
 *
 * @example transferAnswer({ type: 'Reject', self, peer, kind: 'credit', transferId, code: 'refusal.credit-line-over-limit' })
 */
export function transferAnswer(answer: {
  type: 'Accept' | 'Reject' | 'Undo';
  self: string;
  peer: string;
  kind: TransferKind;
  transferId: string;
  /** Whose offer it answers: the peer's for Accept and Reject, this side's for Undo. */
  offeredBy: string;
  event?: LedgerEvent;
  proof?: PeerEventProof;
  code?: string;
}): Json & { type: string } {
  const offerId = `${transferObjectId(answer.offeredBy, answer.kind, answer.transferId)}#offer`;
  return {
    '@context': ACTIVITY_CONTEXT,
    type: answer.type,
    id: `${transferObjectId(answer.self, answer.kind, answer.transferId)}#${answer.type.toLowerCase()}`,
    actor: answer.self,
    to: [answer.peer],
    object: offerId,
    'disco:kind': answer.kind,
    'disco:transferId': answer.transferId,
    ...(answer.event ? { 'disco:event': answer.event } : {}),
    ...(answer.proof ? { 'disco:proof': answer.proof } : {}),
    ...(answer.code ? { 'disco:code': answer.code } : {}),
  };
}

/**
 * The accepting side's return of a transfer whose offer was withdrawn while its acceptance was in
 * flight: an `Undo` of its `Accept`, carrying the refund's ledger event and its proof.
 *
 * @example transferRefund(self, peer, transferId, refund, proof).type // 'Undo'
 */
export function transferRefund(
  self: string,
  peer: string,
  transferId: string,
  event: LedgerEvent,
  proof: PeerEventProof,
): Json & { type: string } {
  const id = transferObjectId(self, 'solidarity', transferId);
  return {
    '@context': ACTIVITY_CONTEXT,
    type: 'Undo',
    id: `${id}#refund`,
    actor: self,
    to: [peer],
    object: `${id}#accept`,
    'disco:kind': 'solidarity',
    'disco:transferId': transferId,
    'disco:event': event,
    'disco:proof': proof,
  };
}
