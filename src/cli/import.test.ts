import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSandbox } from './test-cli.js';

const { tmp, disco, json } = cliSandbox('import');

const HEADER = 'date,member,stream,quantity,unit,task_kind,circle,project,description,evidence';

describe('disco import on the local data directory', () => {
  it('streams a file of several pages into the ledger, all or nothing, and reads its export back', async () => {
    const { founderId } = await json(['init', '--name', 'Cooperativa Import']);
    const bo = await json(['member', 'add', '--name', 'Bo', '--level', 'committed']);
    await json(['rate', 'set', 'care', 'meeting', '1500', '--from', '2025-01-01']);
    const members = [founderId as string, bo.memberId as string];
    const rows = Array.from({ length: 4_500 }, (_, i) => {
      const day = new Date(Date.UTC(2025, 0, 1) + (i % 500) * 86_400_000);
      return `${day.toISOString().slice(0, 10)},${members[i % 2]},care,0.25,hour,meeting,care,,"Row ${i}, imported",`;
    });
    const good = join(tmp, 'good.csv');
    writeFileSync(good, [HEADER, ...rows].join('\r\n'));

    // A file with bad rows among good ones records nothing and names every bad line.
    const bad = join(tmp, 'bad.csv');
    const broken = [...rows];
    broken[1] = broken[1]!.replace(',0.25,', ',-1,');
    broken[4_000] = broken[4_000]!.replace(',care,0.25,', ',fun,0.25,');
    writeFileSync(bad, [HEADER, ...broken].join('\r\n'));
    const refused = await disco(['import', bad, '--json']);
    expect(refused.code).toBe(1);
    const problem = JSON.parse(refused.stdout + refused.stderr) as {
      errors: { field: string }[];
    };
    expect(problem.errors.map((e) => e.field)).toEqual(['line.3.quantity', 'line.4002.stream']);

    expect(await json(['import', good, '--dry-run'])).toEqual({ imported: 4_500 });
    const before = (await json(['ledger', 'verify'])).size as number;
    expect(await json(['import', good])).toEqual({
      imported: 4_500,
      seqs: { from: before + 1, to: before + 4_500 },
    });
    expect((await json(['ledger', 'verify'])).ok).toBe(true);

    // Bo's contributions back out as Valueflows JSON-LD, and in again as a stream.
    const file = join(tmp, 'bo.jsonld');
    await json(['export', '--member', bo.memberId, '--output', file]);
    expect((await json(['import', file])).imported).toBe(2_250);
  });
});
