import type { Actor } from '../../core/access/actor.js';
import type { AuthContext } from '../auth/auth-context.js';
import { acceptInvitation } from '../auth/accept-invitation.js';
import { createFounderInvitation } from '../auth/create-founder-invitation.js';
import { initLedger } from '../ledger/init-ledger.js';
import { createNodeKey } from '../ledger/node-key.js';
import { loadActor } from '../members/load-actor.js';
import { calendarDay } from '../use-case-steps.js';
import { DEMO_CAST, demoEmail } from './demo-cast.js';
import { governDay, setUpGovernance } from './demo-governance.js';
import { inviteTheCast, organiseCircles, recordMilestonesOf } from './demo-people.js';
import { demoRandom } from './demo-random.js';
import { demoTimeline } from './demo-timeline.js';
import { logWorkOfDay, setUpValue, validateWork, type LoggedWork } from './demo-value.js';
import { demoWorld } from './demo-world.js';

export const DEMO_NAME = 'Demo DisCO: Guerrilla Translators';
export const DEMO_TIME_ZONE = 'Europe/Madrid';
/** Every demo account has this password; the demo is for trying things out, never for real data. */
export const DEMO_PASSWORD = 'demo-disco-2026';
/** The demo's quarter: 13 weeks up to today. */
export const DEMO_DAYS = 91;
/** The dice are seeded, so every demo cooperative has the same people, work and decisions. */
const DEMO_SEED = 0xd15c0;

export interface DemoCooperative {
  founder: Actor;
  /** The DisCO's today when the demo was made (YYYY-MM-DD), the last day of its quarter. */
  today: string;
  /** The livelihood projects, whose clients pay in a later finance step. */
  clientProjectIds: string[];
  /** How to sign in as the founder; every member signs in with their email and the same password. */
  signIn: { email: string; password: string };
  members: Array<{ memberId: string; name: string; email: string }>;
}

/**
 * Creates the demo cooperative on an empty ledger, through the same use cases members use: a
 * founder and ten people at every level (committed stewards, daters in stages 1 to 3 with
 * mentors and milestones, a casual contributor, a client, a supporter), circles, rates and
 * duties, three client projects, the commons, a quarter of work in all three streams (most of it
 * acknowledged, two entries disputed, the last two days waiting), and decisions: five closed with
 * several methods, ballots, comments and an outcome, and three still open. The events carry the
 * times of a quarter that ends at `ctx.clock()`.
 *
 * @example const demo = await seedDemo(withAuth(ctx)); console.log(demo.signIn.email, demo.signIn.password);
 */
export async function seedDemo(ctx: AuthContext): Promise<DemoCooperative> {
  // Made here rather than by initLedger, which would set it on the demo's copy of the context only.
  ctx.node ??= createNodeKey(ctx.dataDir);
  const today = calendarDay(ctx.clock(), DEMO_TIME_ZONE);
  const time = demoTimeline(ctx, today, DEMO_DAYS);
  const world = demoWorld(time, demoRandom(DEMO_SEED));
  const founderPerson = DEMO_CAST[0]!;

  const { founderId } = await initLedger(world.ctx, {
    name: DEMO_NAME,
    currency: 'EUR',
    timeZone: DEMO_TIME_ZONE,
    founderName: founderPerson.name,
  });
  const { token } = await createFounderInvitation(world.ctx, founderId);
  await acceptInvitation(world.ctx, token, {
    email: demoEmail(founderPerson),
    password: DEMO_PASSWORD,
  });
  world.ids.set(founderPerson.key, founderId);
  await inviteTheCast(world, DEMO_PASSWORD);
  await organiseCircles(world);
  await setUpValue(world);
  await setUpGovernance(world);

  let waiting: LoggedWork[] = [];
  const looked = { count: 0 };
  for (let day = 1; day <= DEMO_DAYS; day++) {
    time.moveTo(day, 8);
    waiting = await validateWork(world, day, waiting, looked);
    await recordMilestonesOf(world, day);
    await governDay(world, day);
    time.moveTo(day, 16);
    waiting.push(...(await logWorkOfDay(world, day)));
  }

  return {
    founder: (await loadActor(ctx, founderId))!,
    today,
    clientProjectIds: [...world.projectIds],
    signIn: { email: demoEmail(founderPerson), password: DEMO_PASSWORD },
    members: DEMO_CAST.map((p) => ({
      memberId: world.ids.get(p.key)!,
      name: p.name,
      email: demoEmail(p),
    })),
  };
}
