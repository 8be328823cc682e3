import type { Actor } from '../../core/access/actor.js';
import type { AuthContext } from '../auth/auth-context.js';
import { loadActor } from '../members/load-actor.js';
import type { DemoRandom } from './demo-random.js';
import type { DemoTimeline } from './demo-timeline.js';

/** What the seeding steps share: the demo's clock, its dice, and who is who. */
export interface DemoWorld {
  time: DemoTimeline;
  /** The demo's context (its clock is the timeline's). */
  ctx: AuthContext;
  random: DemoRandom;
  /** Member ids by cast key. */
  ids: Map<string, string>;
  projectIds: string[];
  commonsIds: string[];
  /** The person with this cast key as the policy sees them now (levels and circles change during the demo). */
  actor(key: string): Promise<Actor>;
}

export function demoWorld(time: DemoTimeline, random: DemoRandom): DemoWorld {
  const ids = new Map<string, string>();
  return {
    time,
    ctx: time.ctx,
    random,
    ids,
    projectIds: [],
    commonsIds: [],
    actor: async (key) => {
      const memberId = ids.get(key);
      const actor = memberId === undefined ? null : await loadActor(time.ctx, memberId);
      if (!actor) throw new Error(`the demo has no member "${key}"`);
      return actor;
    },
  };
}
