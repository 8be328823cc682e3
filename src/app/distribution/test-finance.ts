import type { DialectUnderTest } from '../../../test/support/stores.js';
import type { Actor } from '../../core/access/actor.js';
export { sampleParameters } from '../../core/distribution/sample-parameters.js';
import { openTestDisco, type TestDisco } from '../members/test-disco.js';
import { acknowledgeContribution } from '../value/acknowledge-contribution.js';
import { logContribution } from '../value/log-contribution.js';
import { createProject } from '../value/manage-project.js';
import { setRate } from '../value/set-value-settings.js';

export interface FinanceDisco extends TestDisco {
  ana: Actor;
  bo: Actor;
  projectId: string;
  /** Logs work by `by` and has `validator` acknowledge it, so it counts as a payable claim. */
  counted(
    by: Actor,
    validator: Actor,
    work: { stream: 'livelihood' | 'love' | 'care'; hours: string; date: string },
  ): Promise<string>;
}

/**
 * A DisCO (clock from 2026-01-05) with two committed members, Ana and Bo, a client project, and
 * rates of 40.00/h coding (livelihood), 20.00/h translation (love) and 15.00/h meetings (care).
 *
 * @example const f = await openFinanceDisco(); await f.counted(f.ana, f.bo, { stream: 'care', hours: '2', date: '2025-12-03' });
 */
export async function openFinanceDisco(d?: DialectUnderTest): Promise<FinanceDisco> {
  const disco = await openTestDisco(d);
  const { ctx, founder } = disco;
  await setRate(ctx, founder, {
    stream: 'livelihood',
    taskKind: 'coding',
    per: 'hour',
    amount: '4000',
    effectiveFrom: '2025-01-01',
  });
  await setRate(ctx, founder, {
    stream: 'love',
    taskKind: 'translation',
    per: 'hour',
    amount: '2000',
    effectiveFrom: '2025-01-01',
  });
  await setRate(ctx, founder, {
    stream: 'care',
    taskKind: 'meeting',
    per: 'hour',
    amount: '1500',
    effectiveFrom: '2025-01-01',
  });
  const ana = await disco.add({
    displayName: 'Ana',
    constituencyIds: ['worker-members'],
    level: { level: 'committed' },
  });
  const bo = await disco.add({
    displayName: 'Bo',
    constituencyIds: ['worker-members'],
    level: { level: 'committed' },
  });
  const { projectId } = await createProject(ctx, founder, {
    name: 'Website',
    client: 'Coop X',
    status: 'active',
  });
  const taskKind = { livelihood: 'coding', love: 'translation', care: 'meeting' } as const;
  const circle = { livelihood: 'tech', love: 'love', care: 'care' } as const;
  return {
    ...disco,
    ana,
    bo,
    projectId,
    counted: async (by, validator, work) => {
      const { contributionId } = await logContribution(ctx, by, {
        stream: work.stream,
        quantity: work.hours,
        taskKind: taskKind[work.stream],
        date: work.date,
        circle: circle[work.stream],
      });
      await acknowledgeContribution(ctx, validator, { contributionId });
      return contributionId;
    },
  };
}
