import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { listCommons, type CommonsResourceView } from './list-commons.js';

/** XML text and attribute escaping: titles and links come from members and must not break the feed. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/**
 * An Atom 1.0 (RFC 4287) document of commons resources: feed and entry ids are stable URNs, each
 * entry links to the resource and says its kind and licence.
 *
 * @example atomFeed({ ledgerId, discoName: 'Cooperativa', selfUrl: 'https://disco.example/api/commons.atom', updated: '2026-01-05T09:00:00.000Z' }, resources)
 */
export function atomFeed(
  feed: { ledgerId: string; discoName: string; selfUrl: string; updated: string },
  resources: readonly CommonsResourceView[],
): string {
  const { discoName, selfUrl, updated } = feed;
  const entries = resources.map(
    (r) => `  <entry>
    <id>urn:disco-cat:commons:${escapeXml(r.resourceId)}</id>
    <title>${escapeXml(r.title)}</title>
    <updated>${escapeXml(r.updatedAt ?? r.registeredAt)}</updated>
    <link rel="alternate" href="${escapeXml(r.link)}"/>
    <category term="${escapeXml(r.kind)}"/>
    <rights>${escapeXml(r.licence)}</rights>
    <summary>${escapeXml(`${r.kind} under ${r.licence}`)}</summary>
  </entry>`,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>urn:disco-cat:${escapeXml(feed.ledgerId)}:commons</id>`,
    `  <title>${escapeXml(`${discoName}: commons`)}</title>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <author><name>${escapeXml(discoName)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/**
 * The commons registry as an Atom feed, readable without an account.
 *
 * @example const xml = await commonsFeed(ctx, null, 'https://disco.example/api/commons.atom');
 */
export async function commonsFeed(
  ctx: AppContext,
  actor: Actor | null,
  selfUrl: string,
): Promise<string> {
  const resources = await listCommons(ctx, actor);
  const profile = await ctx.store.db
    .selectFrom('disco_profile')
    .select(['name', 'created_at', 'ledger_id'])
    .where('id', '=', 1)
    .executeTakeFirst();
  // A feed's updated is its newest entry's, so readers see a change only when there is one.
  const updated = resources[0]?.registeredAt ?? profile?.created_at ?? new Date(0).toISOString();
  return atomFeed(
    {
      ledgerId: profile?.ledger_id ?? 'unknown',
      discoName: profile?.name ?? 'disco-cat',
      selfUrl,
      updated,
    },
    resources,
  );
}
