import { EventCatalog } from '../core/ledger/event-catalog.js';
import { ledgerEventDefinitions } from '../core/ledger/ledger-events.js';
import { circleEventDefinitions } from '../core/circles/circle-events.js';
import { constituencyEventDefinitions } from '../core/members/constituency-events.js';
import { proposalEventDefinitions } from '../core/governance/proposal-events.js';
import { delegationEventDefinitions } from '../core/governance/delegation-events.js';
import { memberEventDefinitions } from '../core/members/member-events.js';
import { leaveEventDefinitions } from '../core/members/leave-events.js';
import { valueEventDefinitions } from '../core/value/events.js';
import { financeEventDefinitions } from '../core/finance/events.js';

/** Every event type this version of disco-cat can record; each domain adds its definitions here. */
export const eventCatalog = new EventCatalog([
  ...ledgerEventDefinitions,
  ...constituencyEventDefinitions,
  ...memberEventDefinitions,
  ...leaveEventDefinitions,
  ...circleEventDefinitions,
  ...valueEventDefinitions,
  ...proposalEventDefinitions,
  ...delegationEventDefinitions,
  ...financeEventDefinitions,
]);
