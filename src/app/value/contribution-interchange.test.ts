import { describe, expect, it } from 'vitest';
import { openTestDemo } from '../demo/test-demo.js';
import { exportContributions } from './contribution-interchange.js';
import { importContributions } from './import-contributions.js';

const base = 'https://deck.example.coop/';

describe('contribution interchange on the demo cooperative', () => {
  it("imports the demo's own CSV export back, commons work included, row for row", async () => {
    const { ctx, demo } = await openTestDemo();
    const founder = demo.founder;
    const exported = await exportContributions(ctx, founder, { format: 'csv', base });
    const rows = exported.trimEnd().split('\r\n').slice(1);
    const column = exported.split('\r\n')[0]!.split(',').indexOf('resource');
    expect(rows.filter((row) => row.split(',')[column] !== '').length).toBeGreaterThan(0);

    const { imported } = await importContributions(ctx, founder, {
      format: 'csv',
      base,
      content: exported,
    });
    expect(imported).toBe(rows.length);
    const again = (await exportContributions(ctx, founder, { format: 'csv', base }))
      .trimEnd()
      .split('\r\n')
      .slice(1);
    // The import appended a copy of each row: the export now holds every row twice.
    expect([...again].sort()).toEqual([...rows, ...rows].sort());
  });
});
