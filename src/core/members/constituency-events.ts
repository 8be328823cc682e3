import { z } from 'zod';
import type { EventDefinition } from '../ledger/event-catalog.js';
import { constituencyRights, entityId, slug } from './vocabulary.js';

export const CONSTITUENCY_DEFINED = 'constituency.defined';
export const CONSTITUENCY_RIGHTS_CHANGED = 'constituency.rights-changed';

export const constituencyDefinedPayload = z.strictObject({
  constituencyId: entityId,
  slug,
  name: z.string().trim().min(1).max(120),
  rights: constituencyRights,
});
export type ConstituencyDefinedPayload = z.infer<typeof constituencyDefinedPayload>;

export const constituencyRightsChangedPayload = z.strictObject({
  constituencyId: entityId,
  rights: constituencyRights,
});
export type ConstituencyRightsChangedPayload = z.infer<typeof constituencyRightsChangedPayload>;

/** The slug of the constituency whose members, and only they, have a membership level. */
export const WORKER_MEMBERS = 'worker-members';

export const constituencyEventDefinitions = [
  {
    type: CONSTITUENCY_DEFINED,
    schema: 1,
    payload: constituencyDefinedPayload,
    description:
      'A constituency (worker-members, users/clients, supporters, an environment proxy...) is defined with its rights.',
  },
  {
    type: CONSTITUENCY_RIGHTS_CHANGED,
    schema: 1,
    payload: constituencyRightsChangedPayload,
    description:
      'A constituency gains or loses the rights to propose, comment, vote and cast binding votes.',
  },
] as const satisfies readonly EventDefinition[];
