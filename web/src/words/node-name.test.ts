import { beforeAll, describe, expect, it } from 'vitest';
import { sankeyOf } from '../../../src/core/finance/flows';
import { nodeName } from './node-name';
import { loadCatalogue } from './render';

beforeAll(loadCatalogue);

/* A month's Sankey straight from core, as the server sends it. */
const flows = sankeyOf(
  '2026-03',
  [
    { source: 'client', amount: 100_000n, fee: 0n, date: '2026-03-02' },
    { source: 'grant', amount: 50_000n, fee: 0n, date: '2026-03-03' },
  ] as never,
  () => true,
  {
    buckets: [{ name: 'commons', amount: '15000' }],
    pots: [{ name: 'livelihood', streams: ['livelihood'] }],
    members: [
      {
        memberId: 'm-ana',
        payout: '135000',
        byStream: { livelihood: '135000', love: '0', care: '0' },
      },
    ],
    retained: { bucket: 'commons', amount: '0' },
  } as never,
  new Map([['m-ana', 'Ana Lima']]),
);

const names = (language: string) => flows.nodes.map((n) => nodeName(n, { language }));

describe('nodeName', () => {
  it('says every node of the Sankey in Spanish, members by name', () => {
    expect(names('es')).toEqual([
      'Pagos de clientes',
      'Subvenciones',
      'Ingresos de 2026-03 (sin comisiones)',
      'commons',
      'livelihood',
      'Ana Lima',
      'Retenido en commons',
    ]);
  });

  it('says in English what the server labelled, and falls back to the label without a code', () => {
    expect(names('en')).toEqual(flows.nodes.map((n) => n.label));
    expect(nodeName({ label: 'Old label' }, { language: 'es' })).toBe('Old label');
    expect(
      nodeName({ label: 'New', name: { code: 'flow.newer', params: {} } }, { language: 'es' }),
    ).toBe('New');
  });
});
