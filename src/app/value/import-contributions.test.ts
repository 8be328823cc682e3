import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dialects, skipping } from '../../../test/support/stores.js';
import { AppError } from '../errors.js';
import { openTestDisco } from '../members/test-disco.js';
import {
  IMPORT_PAGE,
  importContributionsFile,
  type ImportProgress,
} from './import-contributions.js';
import { setRate } from './set-value-settings.js';

const base = 'https://deck.example.coop/';
const tmp = mkdtempSync(join(tmpdir(), 'disco-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const FILLER = 'of the care circle’s weekly meeting and its notes '.repeat(5);
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
  const members: Awaited<ReturnType<typeof disco.add>>[] = [];
  for (const displayName of ['Ana', 'Ben'])
    members.push(
      await disco.add({
        displayName,
        constituencyIds: ['worker-members'],
        level: { level: 'committed' },
      }),
    );
  // An hour a row, the two members in turn over 300 days: 14,400 rows before a day passes 24 hours.
  const row = (i: number) => {
    const day = new Date(Date.UTC(2025, 0, 1) + (Math.floor(i / 2) % 300) * 86_400_000);
    // Long enough that a file of rows spans many of the pieces it is read in (64 KiB).
    return `${day.toISOString().slice(0, 10)},${members[i % 2]!.memberId},care,1,hour,meeting,care,,Row ${i} ${FILLER},`;
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
      it('reads the file once, recording page after page as it checks, telling its progress', async () => {
        const { ctx, founder, row, count } = await importDisco(d);
        const path = join(tmp, `pages-${d.dialect}.csv`);
        writeFileSync(
          path,
          [HEADER, ...Array.from({ length: 10_000 }, (_, i) => row(i))].join('\n'),
        );
        const seen: ImportProgress[] = [];
        const before = (await ctx.store.head()).size;
        const result = await importContributionsFile(
          ctx,
          founder,
          { format: 'csv', base, path },
          { onProgress: (p) => seen.push(p) },
        );
        expect(result).toEqual({
          imported: 10_000,
          seqs: { from: before + 1, to: before + 10_000 },
        });
        expect((await ctx.store.head()).size).toBe(before + 10_000);
        expect(await count()).toBe(10_000);
        expect(seen.every((p) => p.phase === 'recording')).toBe(true);
        const recorded = seen.map((p) => (p.phase === 'recording' ? p.recorded : -1));
        // More than one page, each reported once written, while the file was still being read.
        expect(new Set(recorded).size).toBeGreaterThan(2);
        expect(recorded).toEqual([...recorded].sort((a, b) => a - b));
        expect(
          seen.some((p) => p.phase === 'recording' && p.recorded > 0 && p.bytes < p.totalBytes),
        ).toBe(true);
        expect(seen.at(-1)).toMatchObject({ rows: 10_000, recorded: 10_000 });
        expect(seen.at(-1)!.bytes).toBe(seen.at(-1)!.totalBytes);
      });

      it('imports a file of exactly one page, then one of exactly two', async () => {
        const { ctx, founder, row, count } = await importDisco(d);
        // The last page handed over may still be on its way to the store when the file ends.
        for (const [pages, first] of [
          [1, 0],
          [2, IMPORT_PAGE],
        ] as const) {
          const path = join(tmp, `whole-pages-${pages}-${d.dialect}.csv`);
          const rows = Array.from({ length: pages * IMPORT_PAGE }, (_, i) => row(first + i));
          writeFileSync(path, [HEADER, ...rows].join('\n'));
          expect(
            await importContributionsFile(ctx, founder, { format: 'csv', base, path }),
          ).toMatchObject({ imported: pages * IMPORT_PAGE });
        }
        expect(await count()).toBe(3 * IMPORT_PAGE);
      });

      it('records nothing and reports every bad row when one comes after pages were written', async () => {
        const { ctx, founder, row, count } = await importDisco(d);
        const path = join(tmp, `late-${d.dialect}.csv`);
        const rows = Array.from({ length: 10_000 }, (_, i) => row(i));
        // Past the first pages, so pages were appended before the first problem was read.
        rows[8_200] = rows[8_200]!.replace(',care,1,hour,', ',care,-1,hour,');
        rows[9_700] = rows[9_700]!.replace(',care,1,hour,', ',care,1,hour,nope');
        writeFileSync(path, [HEADER, ...rows].join('\n'));
        const before = await ctx.store.head();
        const seen: ImportProgress[] = [];
        const error: unknown = await importContributionsFile(
          ctx,
          founder,
          { format: 'csv', base, path },
          { onProgress: (p) => seen.push(p) },
        ).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AppError);
        expect(error).toMatchObject({
          status: 422,
          problems: [
            { field: 'line.8202.quantity', message: 'must be greater than 0; got -1' },
            { field: 'line.9702.task_kind' },
          ],
        });
        expect(seen.some((p) => p.phase === 'recording' && p.recorded >= IMPORT_PAGE)).toBe(true);
        expect(await ctx.store.head()).toEqual(before);
        expect(await count()).toBe(0);
        // And the same file, once fixed, imports whole.
        rows[8_200] = row(8_200);
        rows[9_700] = row(9_700);
        writeFileSync(path, [HEADER, ...rows].join('\n'));
        expect(
          await importContributionsFile(ctx, founder, { format: 'csv', base, path }),
        ).toMatchObject({ imported: 10_000 });
      });

      it('records only events the catalog accepts, without asking it again', async () => {
        const { ctx, founder, row } = await importDisco(d);
        const member = row(0).split(',')[1]!;
        const path = join(tmp, `catalog-${d.dialect}.csv`);
        const rows = [
          row(1),
          `2025-02-01,${member},care,0.125,hour,meeting,care,,"Said ""thanks"", in ünïcödé ✓",https://evidence.example/a https://evidence.example/b`,
          `2025-02-02,${member},care,2,hour,meeting,care,,,`,
          `2025-02-03,${member},care,1.5,hour,meeting,care,,${'d'.repeat(2000)},`,
        ];
        writeFileSync(path, [HEADER, ...rows].join('\r\n'));
        const before = (await ctx.store.head()).size;
        expect(
          await importContributionsFile(ctx, founder, { format: 'csv', base, path }),
        ).toMatchObject({ imported: rows.length });
        const events = await ctx.store.events(before, 100);
        expect(events.map((e) => e.type)).toEqual(rows.map(() => 'value.contribution.logged'));
        for (const event of events) expect(ctx.catalog.check(event)).toEqual([]);
        expect(events[1]!.payload).toMatchObject({
          quantity: '0.125',
          description: 'Said "thanks", in ünïcödé ✓',
          evidence: ['https://evidence.example/a', 'https://evidence.example/b'],
        });
      });

      it('only checks on a dry run, telling its progress by bytes', async () => {
        const { ctx, founder, row, count } = await importDisco(d);
        const path = join(tmp, `dry-${d.dialect}.csv`);
        writeFileSync(path, [HEADER, ...Array.from({ length: 300 }, (_, i) => row(i))].join('\n'));
        const before = await ctx.store.head();
        const seen: ImportProgress[] = [];
        expect(
          await importContributionsFile(
            ctx,
            founder,
            { format: 'csv', base, path, dryRun: true },
            { onProgress: (p) => seen.push(p) },
          ),
        ).toEqual({ imported: 300 });
        expect(seen.at(-1)).toMatchObject({ phase: 'checking', rows: 300 });
        expect(seen.at(-1)!.bytes).toBe(seen.at(-1)!.totalBytes);
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
