import type { JsonObject } from '../ledger/canonical.js';

/**
 * The sample `value-equation@1` document that tests, benchmarks, the end-to-end seed and the demo
 * start from: 10% commons of the total, 15% running costs of the rest, 75% to livelihood claims
 * and 25% to love and care, leftovers kept in commons. Shares are basis points.
 */
export const SAMPLE_CAT_PARAMETERS = {
  algorithm: 'value-equation@1',
  version: 'first',
  effectiveFrom: '2025-01-01',
  buckets: [
    { name: 'commons', of: 'total', percent: 1000 },
    { name: 'running costs', of: 'remainder', percent: 1500 },
  ],
  streamSplit: [
    { name: 'livelihood', streams: ['livelihood'], share: 7500 },
    { name: 'love+care', streams: ['love', 'care'], share: 2500 },
  ],
  retainedBucket: 'commons',
};

/**
 * A fresh copy of the sample document with some fields replaced.
 *
 * @example sampleParameters({ effectiveFrom: '2025-12-01' })
 */
export function sampleParameters(overrides: JsonObject = {}): JsonObject {
  return { ...structuredClone(SAMPLE_CAT_PARAMETERS), ...overrides };
}
