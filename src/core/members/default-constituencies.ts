import type { ConstituencyRights } from '../access/actor.js';
import { WORKER_MEMBERS } from './constituency-events.js';

export interface ConstituencyTemplate {
  slug: string;
  name: string;
  rights: ConstituencyRights;
}

/**
 * The constituencies a new DisCO starts with (multi-constituent governance). Only worker-members
 * vote, and bindingly; users, clients and the wider community may propose and comment; supporters
 * comment. These are defaults, not rules: each DisCO changes rights and adds its own constituencies.
 */
export const DEFAULT_CONSTITUENCIES: readonly ConstituencyTemplate[] = [
  {
    slug: WORKER_MEMBERS,
    name: 'Worker-members',
    rights: { propose: true, comment: true, vote: true, bindingVote: true },
  },
  {
    slug: 'users-clients',
    name: 'Users and clients',
    rights: { propose: true, comment: true, vote: false, bindingVote: false },
  },
  {
    slug: 'community-members',
    name: 'Community members',
    rights: { propose: true, comment: true, vote: false, bindingVote: false },
  },
  {
    slug: 'supporters',
    name: 'Supporters',
    rights: { propose: false, comment: true, vote: false, bindingVote: false },
  },
];
