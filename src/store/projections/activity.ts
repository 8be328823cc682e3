import type { Kysely } from 'kysely';
import { activityLineOf } from '../../core/activity/activity-line.js';
import { typedEvent } from '../../core/event-payloads.js';
import { MESSAGE_CODES, type MessageParams } from '../../core/messages/codes.js';
import { insertRowsLater } from '../insert-rows.js';
import type { Database } from '../schema.js';
import type { Projector } from './projector.js';

const COLUMNS = [
  'seq',
  'kind',
  'member_id',
  'circle_id',
  'proposal_id',
  'code',
  'params',
  'at',
] as const satisfies readonly (keyof Database['activity_feed'])[];

/**
 * The activity feed: one line per event, kept as it reads on the day it happened. Every event
 * makes a line, so the lines of a batch are written by multi-row inserts rather than one
 * statement each. Proposal titles and circle names are those in force at each event: taken
 * from the batch's own `proposal.opened`, `proposal.amended` and `circle.created` events as they
 * pass, else from the read models, which no event of the batch changed for that proposal or
 * circle; so a replay, whatever its pages, writes the lines live appends wrote. A federated
 * DisCO is named by its handle (`disco@host`), not its actor URL, the same way: from the batch's
 * events that describe the peer, else from `federation_relations`.
 *
 * @example await store.db.selectFrom('activity_feed').selectAll().orderBy('seq', 'desc').limit(20).execute();
 */
export const activityProjector: Projector = {
  name: 'activity',
  tables: ['activity_feed'],
  async applyBatch(db, events) {
    const proposals = new Map<string, { title: string; circleId: string | null }>();
    const circles = new Map<string, string>();
    const peers = new Map<string, string | null>();
    const rows: Database['activity_feed'][] = [];
    // A proposal amended in this batch already has its new title in the read model: what the
    // batch's earlier lines name is the version before the batch's first amendment.
    const amendedFrom = new Map<string, number>();
    for (const event of events) {
      const typed = typedEvent(event);
      if (typed?.type === 'proposal.amended' && !amendedFrom.has(typed.payload.proposalId))
        amendedFrom.set(typed.payload.proposalId, typed.payload.version - 1);
    }
    const proposalOf = (proposalId: string) =>
      proposalBefore(db, proposals, amendedFrom, proposalId);
    for (const event of events) {
      const typed = typedEvent(event);
      if (typed === null) continue;
      if (typed.type === 'proposal.opened')
        proposals.set(typed.payload.proposalId, {
          title: typed.payload.title,
          circleId: typed.payload.circleId,
        });
      if (typed.type === 'proposal.amended') {
        const known = await proposalOf(typed.payload.proposalId);
        proposals.set(typed.payload.proposalId, {
          title: typed.payload.title,
          circleId: known?.circleId ?? null,
        });
      }
      if (typed.type === 'circle.created') circles.set(typed.payload.circleId, typed.payload.name);
      const described = describedPeer(typed.payload);
      if (described) peers.set(described.actorId, described.handle);
      const line = activityLineOf(typed);
      const params: MessageParams = { ...line.params };
      if (typeof params.peer === 'string' && /^https?:\/\//.test(params.peer))
        params.peer = (await peerHandleOf(db, peers, params.peer)) ?? params.peer;
      let circleId = line.circleId;
      if (line.proposalId !== null) {
        const proposal = await proposalOf(line.proposalId);
        params.proposal = proposal?.title ?? line.proposalId;
        circleId ??= proposal?.circleId ?? null;
      }
      if (circleId !== null && MESSAGE_CODES[line.code].params.includes('circle'))
        // A name already known is taken without an await: an import names a few circles
        // thousands of times.
        params.circle =
          circles.get(circleId) ?? (await circleNameOf(db, circles, circleId)) ?? circleId;
      rows.push({
        seq: event.seq,
        kind: line.kind,
        member_id: line.memberId,
        circle_id: circleId,
        proposal_id: line.proposalId,
        code: line.code,
        params: JSON.stringify(params),
        at: event.time,
      });
    }
    // Nothing reads the feed while a batch is projected: on PostgreSQL its lines ride along with
    // the batch's events.
    return insertRowsLater(db, 'activity_feed', COLUMNS, rows);
  },
};

async function proposalBefore(
  db: Kysely<Database>,
  seen: Map<string, { title: string; circleId: string | null }>,
  amendedFrom: ReadonlyMap<string, number>,
  proposalId: string,
): Promise<{ title: string; circleId: string | null } | undefined> {
  const known = seen.get(proposalId);
  if (known) return known;
  const row = await db
    .selectFrom('proposals')
    .select(['title', 'circle_id'])
    .where('id', '=', proposalId)
    .executeTakeFirst();
  if (!row) return undefined;
  const version = amendedFrom.get(proposalId);
  const earlier =
    version === undefined
      ? undefined
      : await db
          .selectFrom('proposal_versions')
          .select('title')
          .where('proposal_id', '=', proposalId)
          .where('version', '=', version)
          .executeTakeFirst();
  const found = { title: earlier?.title ?? row.title, circleId: row.circle_id };
  seen.set(proposalId, found);
  return found;
}

async function circleNameOf(
  db: Kysely<Database>,
  seen: Map<string, string>,
  circleId: string,
): Promise<string | undefined> {
  const known = seen.get(circleId);
  if (known !== undefined) return known;
  const row = await db
    .selectFrom('circles')
    .select('name')
    .where('id', '=', circleId)
    .executeTakeFirst();
  if (row) seen.set(circleId, row.name);
  return row?.name;
}

/** The peer an event describes in full (a follow decided or received): its actor and handle. */
function describedPeer(payload: unknown): { actorId: string; handle: string } | null {
  const peer = (payload as { peer?: { actorId?: unknown; handle?: unknown } } | null)?.peer;
  return typeof peer?.actorId === 'string' && typeof peer.handle === 'string'
    ? { actorId: peer.actorId, handle: peer.handle }
    : null;
}

async function peerHandleOf(
  db: Kysely<Database>,
  seen: Map<string, string | null>,
  actorId: string,
): Promise<string | null> {
  if (seen.has(actorId)) return seen.get(actorId)!;
  const row = await db
    .selectFrom('federation_relations')
    .select('handle')
    .where('peer_actor_id', '=', actorId)
    .executeTakeFirst();
  seen.set(actorId, row?.handle ?? null);
  return row?.handle ?? null;
}
