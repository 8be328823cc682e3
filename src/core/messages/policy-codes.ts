import { describeGrant, policyTable, type Grant, type Operation } from '../access/policy.js';
import type { MessageDefinition } from './codes.js';

/*
 * The access policy's refusals as codes: why someone may not do something, built from what the
 * operation does and who may do it. The English comes from the policy table itself, so the words
 * in docs/security.md and in a refusal cannot drift apart.
 */

type PolicyCode =
  | `policy.what.${Operation}`
  | `policy.grant.${Grant}`
  | 'policy.reason.sign-in-to'
  | 'policy.reason.member-left'
  | 'policy.reason.only-who-may';

const define = (params: readonly string[], en: string): MessageDefinition => ({ params, en });

export const POLICY_CODES = Object.fromEntries([
  ...Object.entries(policyTable).map(([operation, rule]) => [
    `policy.what.${operation}`,
    define([], rule.what),
  ]),
  ...Object.entries(describeGrant).map(([grant, who]) => [
    `policy.grant.${grant}`,
    define([], who),
  ]),
  ['policy.reason.sign-in-to', define(['what'], 'sign in to {what}')],
  ['policy.reason.member-left', define([], 'a member who has left has no rights here')],
  [
    'policy.reason.only-who-may',
    define(['alternatives', 'what'], 'only {alternatives} may {what}'),
  ],
]) as Record<PolicyCode, MessageDefinition>;
