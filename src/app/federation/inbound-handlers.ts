import type { InboundHandler } from './federation-port.js';
import { receiveCheckpointAnnouncement } from './checkpoint-announcements.js';

/** Every domain's handler of activities from federated DisCOs; one line per domain. */
export const INBOUND_HANDLERS: readonly InboundHandler[] = [
  // Checkpoints and their cosignatures, announced by a federated DisCO (fed).
  receiveCheckpointAnnouncement,
];
