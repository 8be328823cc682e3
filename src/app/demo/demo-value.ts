import { acknowledgeContribution, disputeContribution } from '../value/acknowledge-contribution.js';
import { logContribution } from '../value/log-contribution.js';
import { createProject } from '../value/manage-project.js';
import { registerCommonsResource } from '../value/register-commons-resource.js';
import { setDutyRules, setRate } from '../value/set-value-settings.js';
import { DEMO_CAST, DEMO_COMMONS, DEMO_PROJECTS, type DemoTask } from './demo-cast.js';
import type { DemoWorld } from './demo-world.js';

/** Rates in minor units per hour or per word (domain.md section 4: 0.08 EUR a word to the translator). */
const RATES = [
  { stream: 'livelihood', taskKind: 'translation', per: 'word', amount: '8' },
  { stream: 'livelihood', taskKind: 'coding', per: 'hour', amount: '4500' },
  { stream: 'love', taskKind: 'translation', per: 'word', amount: '8' },
  { stream: 'love', taskKind: 'coding', per: 'hour', amount: '2500' },
  { stream: 'love', taskKind: 'writing', per: 'hour', amount: '2500' },
  { stream: 'care', taskKind: 'meeting', per: 'hour', amount: '2000' },
  { stream: 'care', taskKind: 'mentoring', per: 'hour', amount: '2000' },
  { stream: 'care', taskKind: 'onboarding', per: 'hour', amount: '2000' },
  { stream: 'care', taskKind: 'accounting', per: 'hour', amount: '2500' },
  { stream: 'care', taskKind: 'maintenance', per: 'hour', amount: '2500' },
] as const;

/** Rates and duties in force from the first day, livelihood projects with their clients, and the commons. */
export async function setUpValue(world: DemoWorld): Promise<void> {
  const founder = await world.actor('ana');
  const effectiveFrom = world.time.start;
  for (const rate of RATES) await setRate(world.ctx, founder, { ...rate, effectiveFrom });
  // Committed members owe 400.00 of love work a quarter (the reference duty) and daters 60.00 of care a month.
  await setDutyRules(world.ctx, founder, {
    effectiveFrom,
    duties: [
      { level: 'committed', stream: 'love', period: 'quarter', amount: '40000' },
      { level: 'dating', stream: 'care', period: 'month', amount: '6000' },
    ],
  });
  for (const project of DEMO_PROJECTS)
    world.projectIds.push(
      (await createProject(world.ctx, founder, { ...project, status: 'active' })).projectId,
    );
  for (const resource of DEMO_COMMONS)
    world.commonsIds.push((await registerCommonsResource(world.ctx, founder, resource)).resourceId);
}

function scopeOf(
  world: DemoWorld,
  task: DemoTask,
): { circle: string } | { project: string } | { resource: string } {
  const [kind, index] = task.scope.split(':');
  if (kind === 'project') return { project: world.projectIds[Number(index)]! };
  if (kind === 'commons') return { resource: world.commonsIds[Number(index)]! };
  return { circle: task.scope };
}

function quantityOf(world: DemoWorld, task: DemoTask): string {
  // Hours in halves, words in fifties: what people write down.
  if (task.unit === 'hour') return String(world.random.int(task.min * 2, task.max * 2) / 2);
  return String(world.random.int(task.min / 50, task.max / 50) * 50);
}

function drawTask(world: DemoWorld, tasks: readonly DemoTask[]): DemoTask {
  let roll = world.random.next() * tasks.reduce((sum, t) => sum + t.weight, 0);
  for (const task of tasks) {
    roll -= task.weight;
    if (roll < 0) return task;
  }
  return tasks[tasks.length - 1]!;
}

export interface LoggedWork {
  contributionId: string;
  memberKey: string;
  day: number;
}

/** The work of one weekday: each person works or not by their habits and logs one or two tasks. */
export async function logWorkOfDay(world: DemoWorld, day: number): Promise<LoggedWork[]> {
  const weekday = new Date(`${world.time.dateOf(day)}T12:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return [];
  const logged: LoggedWork[] = [];
  for (const person of DEMO_CAST) {
    if (person.tasks.length === 0 || !world.random.chance(person.activity)) continue;
    const actor = await world.actor(person.key);
    const count = world.random.chance(0.35) ? 2 : 1;
    for (let i = 0; i < count; i++) {
      const task = drawTask(world, person.tasks);
      const { contributionId } = await logContribution(world.ctx, actor, {
        stream: task.stream,
        taskKind: task.taskKind,
        unit: task.unit,
        quantity: quantityOf(world, task),
        date: world.time.dateOf(day),
        description: task.description,
        ...scopeOf(world, task),
      });
      logged.push({ contributionId, memberKey: person.key, day });
    }
  }
  return logged;
}

/** Who checks others' work: the worker-members, daters included. */
const VALIDATORS = DEMO_CAST.filter(
  (p) => p.joinAs.level !== null && p.joinAs.level.level !== 'casual',
).map((p) => p.key);

/** Two contributions someone questions, by their place in the order of logging. */
const DISPUTES = new Map<number, { by: string; reason: string }>([
  [
    37,
    {
      by: 'carla',
      reason:
        'These hours seem to repeat the call already logged the day before; can we check the notes together?',
    },
  ],
  [
    151,
    {
      by: 'bruno',
      reason: 'The word count includes the quoted original text, which we agreed not to count.',
    },
  ],
]);

/**
 * Peers look at the work logged up to two days before `day`: most of it is acknowledged, two
 * entries are disputed, and the work of the last two days is still waiting.
 *
 * @returns the work still waiting for a look.
 */
export async function validateWork(
  world: DemoWorld,
  day: number,
  waiting: LoggedWork[],
  loggedSoFar: { count: number },
): Promise<LoggedWork[]> {
  const still: LoggedWork[] = [];
  for (const work of waiting) {
    if (work.day > day - 2) {
      still.push(work);
      continue;
    }
    const index = loggedSoFar.count++;
    const dispute = DISPUTES.get(index);
    if (dispute && dispute.by !== work.memberKey) {
      await disputeContribution(world.ctx, await world.actor(dispute.by), {
        contributionId: work.contributionId,
        reason: dispute.reason,
      });
      continue;
    }
    let validator = world.random.pick(VALIDATORS);
    while (validator === work.memberKey) validator = world.random.pick(VALIDATORS);
    await acknowledgeContribution(world.ctx, await world.actor(validator), {
      contributionId: work.contributionId,
    });
  }
  return still;
}
