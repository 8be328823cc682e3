import { actorActivityProjector } from './actor-activity.js';
import { discoProfileProjector } from './disco-profile.js';
import type { Projector } from './projector.js';

/**
 * Every projector, run in this order on every event. Each issue that adds a read model appends
 * its projector here and its tables as a new migration.
 */
export const projectors: readonly Projector[] = [discoProfileProjector, actorActivityProjector];
