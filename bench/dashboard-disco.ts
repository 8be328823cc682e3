import type { AppContext } from '../src/app/context.js';
import type { Clock } from '../src/app/clock.js';
import { initLedger } from '../src/app/ledger/init-ledger.js';
import { addMember } from '../src/app/members/add-member.js';
import { loadActor } from '../src/app/members/load-actor.js';
import { calendarDay } from '../src/app/use-case-steps.js';
import { priceContribution } from '../src/app/value/price-contribution.js';
import { setRate } from '../src/app/value/set-value-settings.js';
import { recordIncome } from '../src/app/distribution/record-income.js';
import { setFirstCatParameters } from '../src/app/distribution/set-cat-parameters.js';
import { sampleParameters } from '../src/app/distribution/test-finance.js';
import { periodOfDate, previousPeriod } from '../src/core/finance/periods.js';
import { addDays } from '../src/core/value/index.js';
import { buildBulkLedger, type BulkLedger } from './bulk-ledger.js';
import { daysSpanned, MEMBERS, type DashboardDisco } from './dashboard-contributions.js';

const STREAM_TASKS = [
  { stream: 'livelihood', taskKind: 'coding', quantity: '3' },
  { stream: 'love', taskKind: 'translation', quantity: '2' },
  { stream: 'care', taskKind: 'meeting', quantity: '1.5' },
] as const;

/**
 * The founding, three rates, the CAT parameters, a grant last month and `MEMBERS` committed
 * members, through the use cases.
 */
async function setUp(ctx: AppContext, events: number, days: number): Promise<DashboardDisco> {
  const { founderId } = await initLedger(ctx, {
    name: 'Bench DisCO',
    currency: 'EUR',
    timeZone: 'UTC',
    founderName: 'Founder',
  });
  const founder = (await loadActor(ctx, founderId))!;
  const today = calendarDay(ctx.clock(), 'UTC');
  const from = addDays(today, -days);
  await setRate(ctx, founder, {
    stream: 'livelihood',
    taskKind: 'coding',
    per: 'hour',
    amount: '4500',
    effectiveFrom: from,
  });
  await setRate(ctx, founder, {
    stream: 'love',
    taskKind: 'translation',
    per: 'hour',
    amount: '2500',
    effectiveFrom: from,
  });
  await setRate(ctx, founder, {
    stream: 'care',
    taskKind: 'meeting',
    per: 'hour',
    amount: '2000',
    effectiveFrom: from,
  });
  const members = [founderId];
  for (let i = 1; i < MEMBERS; i++)
    members.push(
      (
        await addMember(ctx, founder, {
          displayName: `Member ${i}`,
          level: { level: 'committed' },
          constituencyIds: ['worker-members'],
        })
      ).memberId,
    );
  // CAT parameters from the start and a grant last month, so that a run can close that month.
  await setFirstCatParameters(ctx, founder, sampleParameters({ effectiveFrom: from }));
  const lastMonth = previousPeriod(periodOfDate(today));
  await recordIncome(ctx, founder, {
    source: 'grant',
    amount: '5000000',
    currency: 'EUR',
    date: `${lastMonth}-01`,
    payer: 'A foundation',
    description: 'A grant for the care programme',
  });
  const templates = await Promise.all(
    STREAM_TASKS.map((t) =>
      priceContribution(
        ctx,
        {
          member: founderId,
          stream: t.stream,
          quantity: t.quantity,
          unit: 'hour',
          taskKind: t.taskKind,
          date: today,
          circle: t.stream,
          description: 'Bench work',
          evidence: [],
        },
        'template',
      ),
    ),
  );
  return {
    founderId,
    members,
    setupEvents: (await ctx.store.head()).size,
    events,
    templates,
    from,
    days,
  };
}

/**
 * The DisCO of the dashboard benchmark: `MEMBERS` committed members and a ledger of `events`
 * events, nearly all contributions and their acknowledgements, over two years; given
 * `eventsADay`, over as many days as the events fill at that rate, every month holding the same
 * work (`EVENTS_A_DAY_BY_AGE`: a year per 250,000 events). `clock` stands for the node's (today).
 *
 * @example const { ctx, setup, ms } = await buildDashboardDisco(dataDir, 1_000_000);
 */
export function buildDashboardDisco(
  dataDir: string,
  events: number,
  databaseUrl?: string,
  options: { eventsADay?: number; clock?: Clock } = {},
): Promise<BulkLedger<DashboardDisco>> {
  return buildBulkLedger(dataDir, {
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    setup: (ctx) => setUp(ctx, events, daysSpanned(events, options.eventsADay)),
    draftsModule: new URL('./dashboard-contributions.ts', import.meta.url),
  });
}
