import { beforeAll, describe, expect, it } from 'vitest';
import { sankeyOf } from '../../../src/core/finance/flows';
import { nodeName } from './node-name';
import { loadEveryCatalogue } from './render';

beforeAll(loadEveryCatalogue);

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

describe('nodeName of solidarity between DisCOs', () => {
  /* One transfer in from Coop B, one out to Coop C, beside a plain donation. */
  const solidarity = sankeyOf(
    '2026-03',
    [
      { id: 'i-b', source: 'solidarity', amount: 40_000n, fee: 0n, date: '2026-03-02' },
      { id: 'i-d', source: 'donation', amount: 10_000n, fee: 0n, date: '2026-03-03' },
    ] as never,
    () => true,
    {
      buckets: [],
      pots: [],
      members: [],
      retained: { bucket: 'commons', amount: '50000' },
    } as never,
    new Map(),
    {
      from: new Map([['i-b', { peer: 'https://b.example/actor', name: 'Coop B' }]]),
      to: new Map([['e-c', { peer: 'https://c.example/actor', name: 'Coop C' }]]),
      expenses: [{ id: 'e-c', amount: 25_000n, date: '2026-03-04' }] as never,
    },
  );

  it('says where solidarity came from and went to, in English and Spanish', () => {
    const said = (language: string) =>
      solidarity.nodes
        .filter((n) => n.kind === 'solidarity' || n.id === 'solidarity-out')
        .map((n) => nodeName(n, { language }));
    expect(said('en')).toEqual([
      'Solidarity from Coop B',
      'Solidarity paid from the buckets',
      'Solidarity to Coop C',
    ]);
    expect(said('es')).toEqual([
      'Solidaridad de Coop B',
      'Solidaridad pagada de los fondos',
      'Solidaridad a Coop C',
    ]);
  });
});
