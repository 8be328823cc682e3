import { describe, expect, it } from 'vitest';
import { cliSandbox } from './test-cli.js';

const { disco, json } = cliSandbox('economy');

describe('disco commons and disco transfer', () => {
  it('changes and withdraws a commons resource, lists transfers, and says why a transfer cannot leave an unfederated node', async () => {
    await json(['init', '--name', 'Cooperativa Solidaria', '--founder-name', 'Ana']);
    const { resourceId } = await json([
      'commons',
      'add',
      'Care guide',
      '--kind',
      'article',
      '--licence',
      'ppl',
      '--link',
      'https://example.org/care',
    ]);
    const updated = await json(['commons', 'update', resourceId, '--licence', 'cc-by-sa-4.0']);
    expect(updated.recorded.map((r: { type: string }) => r.type)).toEqual([
      'value.commons-resource.updated',
    ]);
    expect((await json(['commons', 'list'])).items[0]).toMatchObject({
      licence: 'CC-BY-SA-4.0',
      spdx: 'CC-BY-SA-4.0',
    });
    await json(['commons', 'withdraw', resourceId, '--reason', 'Superseded']);
    expect((await json(['commons', 'list'])).items).toEqual([]);
    expect((await json(['commons', 'federated'])).items).toEqual([]);
    expect(await json(['transfer', 'list'])).toEqual({ transfers: [], lines: [] });
    const refused = await disco([
      'transfer',
      'send',
      'https://b.example/actor',
      '--amount',
      '50000',
      '--reference',
      'SEPA 42',
      '--proposal',
      'p1',
    ]);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(/not federated/);
    const unknown = await disco(['transfer', 'show', 'no-such-transfer']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout + unknown.stderr).toMatch(/There is no transfer no-such-transfer/);
  });
});
