import { describe, expect, it } from 'vitest';
import { dialects, skipping } from '../../../test/support/stores.js';
import { expectRefused } from '../expect-refused.js';
import { openTestDisco } from '../members/test-disco.js';
import {
  setCareReleaseRule,
  setCasualRule,
  setDutyRules,
  setStageMultipliers,
  setValidationRules,
} from './set-value-settings.js';
import { valueSettingsInForce } from './value-settings-in-force.js';

const full = { livelihood: 10000, love: 10000, care: 10000 };

for (const d of dialects) {
  describe.skipIf(skipping(d, 'value settings in force'))(
    `value settings in force (${d.dialect})`,
    () => {
      it('gives the defaults, each marked as never set, before a founder sets any', async () => {
        const { ctx, founder } = await openTestDisco(d);
        expect(await valueSettingsInForce(ctx, founder)).toEqual({
          asOf: '2026-01-05',
          stageMultipliers: {
            effectiveFrom: null,
            stages: {
              '1': { livelihood: 0, love: 10000, care: 10000 },
              '2': { livelihood: 5000, love: 10000, care: 10000 },
              '3': { livelihood: 7500, love: 10000, care: 10000 },
            },
          },
          validationRules: {
            set: false,
            streams: {
              livelihood: { acknowledgements: 1, stewardRequired: false },
              love: { acknowledgements: 1, stewardRequired: false },
              care: { acknowledgements: 1, stewardRequired: false },
            },
          },
          dutyRules: {
            effectiveFrom: null,
            duties: [{ level: 'committed', stream: 'love', period: 'quarter', amount: '40000' }],
          },
          casualRule: { effectiveFrom: null, payable: false },
          careRelease: {
            effectiveFrom: null,
            onCommitment: { kind: 'release-all' },
            onLeaving: 'forfeit',
          },
        });
      });

      it('gives what is in force today, not what starts later, and the latest validation rules', async () => {
        const { ctx, founder } = await openTestDisco(d);
        const stages = { '1': full, '2': full, '3': full };
        await setStageMultipliers(ctx, founder, { effectiveFrom: '2026-01-01', stages });
        await setStageMultipliers(ctx, founder, {
          effectiveFrom: '2026-06-01',
          stages: { ...stages, '1': { livelihood: 0, love: 0, care: 0 } },
        });
        await setValidationRules(ctx, founder, {
          streams: {
            livelihood: { acknowledgements: 2, stewardRequired: true },
            love: { acknowledgements: 1, stewardRequired: false },
            care: { acknowledgements: 0, stewardRequired: false },
          },
        });
        await setDutyRules(ctx, founder, {
          effectiveFrom: '2026-01-01',
          duties: [{ level: 'dating', stream: 'care', period: 'month', amount: '5000' }],
        });
        await setCasualRule(ctx, founder, { effectiveFrom: '2025-12-01', payable: true });
        await setCareReleaseRule(ctx, founder, {
          effectiveFrom: '2026-01-05',
          onCommitment: { kind: 'release-over-months', months: 6 },
          onLeaving: 'release-all',
        });
        const now = await valueSettingsInForce(ctx, founder);
        expect(now.stageMultipliers).toEqual({ effectiveFrom: '2026-01-01', stages });
        expect(now.validationRules.set).toBe(true);
        expect(now.validationRules.streams.livelihood).toEqual({
          acknowledgements: 2,
          stewardRequired: true,
        });
        expect(now.dutyRules).toEqual({
          effectiveFrom: '2026-01-01',
          duties: [{ level: 'dating', stream: 'care', period: 'month', amount: '5000' }],
        });
        expect(now.casualRule).toEqual({ effectiveFrom: '2025-12-01', payable: true });
        expect(now.careRelease).toEqual({
          effectiveFrom: '2026-01-05',
          onCommitment: { kind: 'release-over-months', months: 6 },
          onLeaving: 'release-all',
        });
        const june = await valueSettingsInForce(ctx, founder, '2026-06-01');
        expect(june.stageMultipliers.stages['1']).toEqual({ livelihood: 0, love: 0, care: 0 });
      });

      it('refuses a visitor who is not signed in', async () => {
        const { ctx } = await openTestDisco(d);
        await expectRefused(ctx, () => valueSettingsInForce(ctx, null), 401);
      });
    },
  );
}
