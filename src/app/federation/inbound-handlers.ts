import type { InboundHandler } from './federation-port.js';
import { receiveCheckpointAnnouncement } from './checkpoint-announcements.js';
import { receiveCommons } from './receive-commons.js';
import { receiveCredit } from './receive-credit.js';
import { receiveSolidarity } from './receive-solidarity.js';

/** Every domain's handler of activities from federated DisCOs; one line per domain. */
export const INBOUND_HANDLERS: readonly InboundHandler[] = [
  // Checkpoints and their cosignatures, announced by a federated DisCO.
  receiveCheckpointAnnouncement,
  // Commons entries of federated DisCOs: Create, Update, Delete.
  receiveCommons,
  // Solidarity transfers: Offer, Accept, Reject, Undo.
  receiveSolidarity,
  // Mutual credit: Offer, Accept, Reject.
  receiveCredit,
];
