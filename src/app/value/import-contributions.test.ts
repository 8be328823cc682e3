import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dialects, skipping } from '../../../test/support/stores.js';
import { AppError } from '../errors.js';
import { openTestDisco } from '../members/test-disco.js';
import { importContributionsFile, type ImportProgress } from './import-contributions.js';
import { setRate } from './set-value-settings.js';

const base = 'https://deck.example.coop/';
const tmp = mkdtempSync(join(tmpdir(), 'disco-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HEADER = 'date,member,stream,quantity,unit,task_kind,circle,project,description,evidence';

async function importDisco(d: (typeof dialects)[number]) {
  const disco = await openTestDisco(d);
  await setRate(disco.ctx, disco.founder, {
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
  const row = (i: number) => {
    const day = new Date(Date.UTC(2025, 0, 1) + (i % 300) * 86_400_000);
    return `${day.toISOString().slice(0, 10)},${ana.memberId},care,1,hour,meeting,care,,Row ${i},`;
  };
  const count = async () =>
    Number(
      (
        await disco.ctx.store.db
          .selectFrom('value_contributions')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { ...disco, row, count };
}

for (const d of dialects) {
  describe.skipIf(skipping(d, 'streamed contribution import'))(
    `a contribution file imported as a stream (${d.dialect})`,
    () => {
      it('checks, then records page after page, telling its progress by rows', async () => {
        const { ctx, founder, row, count } = await importDisco(d);
        const path = join(tmp, `pages-${d.dialect}.csv`);
        writeFileSync(
          path,
          [HEADER, ...Array.from({ length: 5_000 }, (_, i) => row(i))].join('\n'),
        );
        const seen: ImportProgress[] = [];
        const before = (await ctx.store.head()).size;
        const result = await importContributionsFile(
          ctx,
          founder,
          { format: 'csv', base, path },
          { onProgress: (p) => seen.push(p) },
        );
        expect(result.imported).toBe(5_000);
        expect((await ctx.store.head()).size).toBe(before + 5_000);
        expect(await count()).toBe(5_000);
        const checking = seen.filter((p) => p.phase === 'checking');
        expect(checking.at(-1)).toMatchObject({ rows: 5_000 });
        expect(checking.at(-1)!.bytes).toBe(checking.at(-1)!.totalBytes);
        const recording = seen.filter((p) => p.phase === 'recording');
        // More than one page, each reported once written, ending at every row.
        expect(recording.length).toBeGreaterThan(1);
        expect(recording.map((p) => p.rows)).toEqual(
          [...recording.map((p) => p.rows)].sort((a, b) => a - b),
        );
        expect(recording.at(-1)).toEqual({ phase: 'recording', rows: 5_000, totalRows: 5_000 });
      });

      it('records nothing when the file changes between the check and the write', async () => {
        const { ctx, founder, row, count } = await importDisco(d);
        const path = join(tmp, `changing-${d.dialect}.csv`);
        writeFileSync(
          path,
          [HEADER, ...Array.from({ length: 3_000 }, (_, i) => row(i))].join('\n'),
        );
        const before = await ctx.store.head();
        let changed = false;
        const error: unknown = await importContributionsFile(
          ctx,
          founder,
          { format: 'csv', base, path },
          {
            onProgress: (p) => {
              // Once the check has read it all, another row arrives before the write reads it.
              if (p.phase === 'checking' && p.bytes === p.totalBytes && !changed) {
                appendFileSync(path, `\n${row(3_000)}`);
                changed = true;
              }
            },
          },
        ).catch((e: unknown) => e);
        expect(changed).toBe(true);
        expect(error).toBeInstanceOf(AppError);
        expect(error).toMatchObject({ status: 409, code: 'file-changed' });
        expect(await ctx.store.head()).toEqual(before);
        expect(await count()).toBe(0);
      });

      it('says which file it cannot read', async () => {
        const { ctx, founder } = await importDisco(d);
        const error: unknown = await importContributionsFile(ctx, founder, {
          format: 'csv',
          base,
          path: join(tmp, 'missing.csv'),
        }).catch((e: unknown) => e);
        expect(error).toMatchObject({ status: 422, problems: [{ field: 'path' }] });
      });
    },
  );
}
