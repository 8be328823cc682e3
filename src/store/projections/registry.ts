import { actorActivityProjector } from './actor-activity.js';
import { circlesProjector } from './circles.js';
import { constituenciesProjector } from './constituencies.js';
import { deliberationProjector } from './deliberation.js';
import { delegationsProjector } from './delegations.js';
import { distributionProjector } from './distribution.js';
import { economyProjector } from './economy.js';
import { discoProfileProjector } from './disco-profile.js';
import { governanceProjector } from './governance.js';
import { leavesProjector } from './leaves.js';
import { memberKeysProjector } from './member-keys.js';
import { membersProjector } from './members.js';
import { memberLevelPeriodsProjector } from './member-level-periods.js';
import { mentoringProjector } from './mentoring.js';
import type { Projector } from './projector.js';
import { rhythmsProjector } from './rhythms.js';
import { evaluationsProjector } from './evaluations.js';
import { activityProjector } from './activity.js';
import { searchProjector } from './search.js';
import { federationProjector } from './federation.js';
import { valueProjector } from './value.js';

/**
 * Every projector, run in this order on every event. Each issue that adds a read model appends
 * its projector here and its tables as a new migration.
 */
export const projectors: readonly Projector[] = [
  discoProfileProjector,
  actorActivityProjector,
  constituenciesProjector,
  membersProjector,
  mentoringProjector,
  memberKeysProjector,
  circlesProjector,
  valueProjector,
  governanceProjector,
  deliberationProjector,
  delegationsProjector,
  distributionProjector,
  memberLevelPeriodsProjector,
  leavesProjector,
  rhythmsProjector,
  evaluationsProjector,
  economyProjector,
  activityProjector,
  searchProjector,
  federationProjector,
];
