import type { InboundHandler } from './federation-port.js';
import { receiveCommons } from './receive-commons.js';
import { receiveCredit } from './receive-credit.js';
import { receiveSolidarity } from './receive-solidarity.js';

/** Every domain's handler of activities from federated DisCOs; one line per domain. */
export const INBOUND_HANDLERS: readonly InboundHandler[] = [
  receiveCommons,
  receiveSolidarity,
  receiveCredit,
];
