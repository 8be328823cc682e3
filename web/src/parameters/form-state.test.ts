import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CAT_PARAMETERS } from '../../../src/core/distribution/sample-parameters.js';
import {
  parameterDocumentSchema,
  validateParameters,
} from '../../../src/core/distribution/index.js';
import {
  basisPointsToPercent,
  documentToForm,
  fieldFor,
  formFields,
  formToDocument,
  majorToMinor,
  minorToMajor,
  move,
  percentToBasisPoints,
  STREAMS,
} from './form-state';

const bp = fc.integer({ min: 0, max: 10_000 });
const amount = fc.oneof(
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
);
const date = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const name = fc.string({ minLength: 1, maxLength: 12 });
const memberId = fc.uuid();
const perMember = fc.record(
  { default: amount, members: fc.dictionary(memberId, amount, { maxKeys: 3 }) },
  { requiredKeys: [] },
);
const hours = fc.oneof(
  fc.integer({ min: 1, max: 200 }),
  fc.integer({ min: 1, max: 200_000 }).map((m) => m / 1000),
  fc.integer({ min: 1, max: 200_000 }).map((m) => String(m / 1000)),
);

/** Pots that hold every stream once, shares summing to 100%: the documents a DisCO can run. */
const pots = fc
  .tuple(
    fc.shuffledSubarray([...STREAMS], { minLength: 3, maxLength: 3 }),
    fc.integer({ min: 1, max: 3 }),
    fc.array(bp, { minLength: 3, maxLength: 3 }),
    fc.array(fc.option(name, { nil: undefined }), { minLength: 3, maxLength: 3 }),
  )
  .map(([streams, count, cuts, names]) => {
    const groups = Array.from({ length: count }, (_, i) =>
      streams.filter((_, j) => j % count === i),
    );
    const points = [...cuts.slice(0, count - 1)].sort((a, b) => a - b);
    const shares = groups.map((_, i) => (points[i] ?? 10_000) - (points[i - 1] ?? 0));
    return groups.map((g, i) => ({
      ...(names[i] === undefined ? {} : { name: `${names[i]}#${i}` }),
      streams: g,
      share: shares[i]!,
    }));
  });

const documentArb = fc
  .record(
    {
      algorithm: fc.constant('value-equation@1'),
      version: name,
      effectiveFrom: date,
      effectiveTo: date,
      buckets: fc.uniqueArray(
        fc.record({ name, of: fc.constantFrom('total', 'remainder'), percent: bp }),
        { maxLength: 4, selector: (b) => b.name },
      ),
      streamSplit: pots,
      caps: perMember,
      floors: perMember,
      smoothing: fc.record(
        {
          periods: fc.integer({ min: 1, max: 120 }),
          onLeave: bp,
          heavyCare: bp,
          heavyCareHours: hours,
        },
        { requiredKeys: ['periods'] },
      ),
      retainedBucket: name,
      overflow: fc.boolean(),
    },
    {
      requiredKeys: [
        'algorithm',
        'version',
        'effectiveFrom',
        'buckets',
        'streamSplit',
        'retainedBucket',
      ],
    },
  )
  .filter((d) => parameterDocumentSchema.safeParse(d).success);

describe('percent and money as a person writes them', () => {
  it('turns basis points into percent and back, exactly', () => {
    fc.assert(fc.property(bp, (n) => percentToBasisPoints(basisPointsToPercent(n)) === n));
    expect(basisPointsToPercent(1550)).toBe('15.5');
    expect(basisPointsToPercent(1)).toBe('0.01');
    expect(percentToBasisPoints('15,5')).toBe(1550);
    expect(percentToBasisPoints('12.345')).toBeNull();
    expect(percentToBasisPoints('ten')).toBeNull();
  });

  it('turns minor units into major units and back, exactly, in any currency', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 25n }),
        fc.integer({ min: 0, max: 3 }),
        (m, d) => {
          expect(majorToMinor(minorToMajor(m, d), d)).toBe(m);
        },
      ),
    );
    expect(minorToMajor(120050n, 2)).toBe('1200.50');
    expect(majorToMinor('1200,5', 2)).toBe(120050n);
    expect(majorToMinor('1.005', 2)).toBeNull();
    expect(majorToMinor('-3', 2)).toBeNull();
  });
});

describe('document ⇄ form', () => {
  it('gives back every structurally valid document unchanged, in any currency', () => {
    fc.assert(
      fc.property(documentArb, fc.integer({ min: 0, max: 3 }), (doc, digits) => {
        const { document } = formToDocument(documentToForm(doc, digits), digits);
        expect(document).toEqual(doc);
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing wrong with a document the node would run', () => {
    fc.assert(
      fc.property(
        documentArb.filter((d) => validateParameters(d).length === 0),
        (doc) => {
          expect(formToDocument(documentToForm(doc, 2), 2).problems).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('shows the sample document in percent and writes an edit back in basis points', () => {
    const form = documentToForm(SAMPLE_CAT_PARAMETERS, 2);
    expect(form.buckets.map((b) => [b.name, b.of, b.percent])).toEqual([
      ['commons', 'total', '10'],
      ['running costs', 'remainder', '15'],
    ]);
    form.buckets[1]!.percent = '12,5';
    form.floors = {
      present: true,
      default: { text: '800' },
      membersPresent: false,
      members: [{ key: 'k', memberId: 'm-ana', amount: { text: '1200.50' } }],
    };
    const { document, problems } = formToDocument(form, 2);
    expect(problems).toEqual([]);
    expect(document).toEqual({
      ...SAMPLE_CAT_PARAMETERS,
      buckets: [
        { name: 'commons', of: 'total', percent: 1000 },
        { name: 'running costs', of: 'remainder', percent: 1250 },
      ],
      floors: { default: '80000', members: { 'm-ana': '120050' } },
    });
    expect(validateParameters(document)).toEqual([]);
  });

  it('names what is wrong at the path the node would use', () => {
    const form = documentToForm(SAMPLE_CAT_PARAMETERS, 2);
    form.buckets[0]!.percent = '120';
    form.pots[1]!.share = '20';
    form.floors.default = { text: '12.345' };
    form.floors.present = true;
    form.smoothing.on = true;
    form.smoothing.periods = '0';
    expect(formToDocument(form, 2).problems).toEqual([
      { path: 'buckets[0].percent', key: 'percent' },
      { path: 'streamSplit', key: 'sharesSum', values: { sum: '95' } },
      { path: 'floors.default', key: 'money', values: { digits: 2 } },
      { path: 'smoothing.periods', key: 'periods' },
    ]);
  });
});

describe('where a problem is shown', () => {
  it('puts each path the node names beside the closest field', () => {
    const form = documentToForm(
      { ...SAMPLE_CAT_PARAMETERS, floors: { members: { 'm-ana': 100 } } },
      2,
    );
    const fields = formFields(form);
    expect(fieldFor('buckets[1].percent', fields)).toBe('buckets[1].percent');
    expect(fieldFor('streamSplit[0].streams[1]', fields)).toBe('streamSplit[0].streams');
    expect(fieldFor('streamSplit', fields)).toBe('streamSplit');
    expect(fieldFor('floors.members.m-ana', fields)).toBe('floors.members.m-ana');
    expect(fieldFor('algorithm', fields)).toBe('');
  });

  it('moves rows up and down, and not past the ends', () => {
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});

describe('the appreciation share in the form', () => {
  it('reads it, writes it back in basis points, and names a pot that is not there', () => {
    const doc = { ...SAMPLE_CAT_PARAMETERS, appreciation: { pot: 'love+care', percent: 2050 } };
    const form = documentToForm(doc, 2);
    expect(form.appreciation).toEqual({ on: true, pot: 'love+care', percent: '20.5' });
    expect(formToDocument(form, 2)).toEqual({ document: doc, problems: [] });
    expect(validateParameters(doc)).toEqual([]);
    form.appreciation.pot = 'nowhere';
    expect(formToDocument(form, 2).problems).toEqual([
      { path: 'appreciation.pot', key: 'noSuchPot' },
    ]);
    form.appreciation.on = false;
    expect(formToDocument(form, 2).document).toEqual(SAMPLE_CAT_PARAMETERS);
  });
});

describe('mutual credit as income in the form', () => {
  it('reads it, writes it back, and leaves a document without it untouched', () => {
    const doc = { ...SAMPLE_CAT_PARAMETERS, mutualCreditIncome: true };
    const form = documentToForm(doc, 2);
    expect(form.mutualCreditIncome).toBe(true);
    expect(formToDocument(form, 2)).toEqual({ document: doc, problems: [] });
    expect(validateParameters(doc)).toEqual([]);
    expect(documentToForm(SAMPLE_CAT_PARAMETERS, 2).mutualCreditIncome).toBeNull();
    expect(formToDocument(documentToForm(SAMPLE_CAT_PARAMETERS, 2), 2).document).toEqual(
      SAMPLE_CAT_PARAMETERS,
    );
  });
});
