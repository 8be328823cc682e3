import { z } from 'zod';
import type { EventDefinition } from '../ledger/event-catalog.js';
import { entityId } from '../members/vocabulary.js';
import { proposalKind } from './vocabulary.js';

export const DELEGATION_SET = 'delegation.set';
export const DELEGATION_REVOKED = 'delegation.revoked';

/** Where a delegation applies: one circle's proposals, one kind of proposal (a topic), or, with neither, everything. */
const scopeFields = {
  circleId: entityId.nullable(),
  topic: proposalKind.nullable(),
};

/** The actor delegates their vote in a scope to another member, replacing their earlier delegation in that scope. */
export const delegationSetPayload = z.strictObject({ ...scopeFields, delegateId: entityId });
export type DelegationSetPayload = z.infer<typeof delegationSetPayload>;

export const delegationRevokedPayload = z.strictObject(scopeFields);
export type DelegationRevokedPayload = z.infer<typeof delegationRevokedPayload>;

export const delegationEventDefinitions = [
  {
    type: DELEGATION_SET,
    schema: 1,
    payload: delegationSetPayload,
    description:
      'A member delegates their vote on a circle, a topic or everything to another member.',
  },
  {
    type: DELEGATION_REVOKED,
    schema: 1,
    payload: delegationRevokedPayload,
    description: 'A member takes back their delegation in a scope.',
  },
] as const satisfies readonly EventDefinition[];
