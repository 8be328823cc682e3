import type { components } from '../api/schema';

/** The JSON of `GET /api/proposals/{id}`. */
export type ProposalDetail = components['schemas']['ProposalDetail'];
