import { z } from 'zod';
import { parseQuantity } from '../value/quantity.js';
import { STREAMS } from '../value/streams.js';

/** The algorithm this parameter format belongs to; a new incompatible format gets a new id. */
export const ALGORITHM_ID = 'value-equation@1';

// The streams are the value domain's; the distribution only shares money between them.
export { STREAMS, type Stream } from '../value/streams.js';

/** 10000 basis points = 100%. Integers keep every percentage exact without floats. */
export const FULL_BASIS_POINTS = 10_000;

const stream = z.enum(STREAMS, {
  error: (issue) =>
    `unknown stream ${JSON.stringify(issue.input)}; expected one of ${STREAMS.join(', ')}`,
});

const basisPoints = z
  .number({ error: 'must be a number of basis points (10000 = 100%)' })
  .int('basis points must be an integer (10000 = 100%)')
  .min(0, 'must not be negative')
  .max(FULL_BASIS_POINTS, 'must not exceed 100% (10000 basis points)');

/**
 * Money in parameter documents: bigint in memory, but documents travel as JSON, so a string of
 * digits (exact at any size) or a safe integer is accepted too. Always minor units (cents).
 */
export const minorAmountSchema = z
  .union(
    [
      z.bigint(),
      z.string().regex(/^-?[0-9]+$/, 'must be an integer amount in minor units'),
      z
        .number()
        .int('must be an integer amount in minor units')
        .refine(Number.isSafeInteger, 'must be a safe integer; use a string for larger amounts'),
    ],
    { error: 'must be an amount in minor units (bigint, digit string or integer)' },
  )
  .transform((value) => BigInt(value))
  .refine((value) => value >= 0n, 'must not be negative');

/** A per-member-per-period amount: one default for everybody, with optional per-member overrides. */
const perMemberAmount = z.object({
  default: minorAmountSchema.optional(),
  members: z.record(z.string().min(1), minorAmountSchema).optional(),
});

const bucket = z.object({
  name: z.string().min(1, 'a bucket needs a name'),
  /** 'total': a share of the period's income; 'remainder': a share of what the earlier buckets left. */
  of: z.enum(['total', 'remainder'], { error: "must be 'total' or 'remainder'" }),
  percent: basisPoints,
});

const pot = z.object({
  /** Defaults to the streams joined with '+', e.g. 'love+care'. */
  name: z.string().min(1).optional(),
  streams: z.array(stream).min(1, 'a pot needs at least one stream'),
  share: basisPoints,
});

/** Hours as written in a document (40, 37.5 or "37.5"), held exactly as thousandths of an hour like logged quantities. */
const careHours = z
  .union([z.number({ error: 'must be a number of hours' }), z.string(), z.bigint()], {
    error: 'must be a number of hours, such as 40 or 37.5',
  })
  .transform((value, ctx) => {
    // A bigint is a document parsed before (thousandths already), so parsing stays idempotent.
    const milli =
      typeof value === 'bigint'
        ? value >= 0n
          ? value
          : null
        : Number.isFinite(value) || typeof value === 'string'
          ? parseQuantity(String(value))
          : null;
    if (milli === null) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message:
          'must be a number of hours, not negative, with at most three decimals, such as 40 or 37.5',
      });
      return z.NEVER;
    }
    if (milli === 0n) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message:
          'must be more than 0 hours; leave heavyCareHours out to turn the heavy care rule off',
      });
      return z.NEVER;
    }
    return milli;
  });

const smoothing = z.object({
  /** How many past periods the average looks back over (the most recent ones). */
  periods: z
    .number()
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(120, 'must be at most 120'),
  /** Floor for a member on leave, as a share of their average past payout. */
  onLeave: basisPoints.default(0),
  /** Floor for a member carrying heavy care work, as a share of their average past payout. */
  heavyCare: basisPoints.default(0),
  /**
   * Counted care work logged in hours and dated in a run's dates, at or above which a member
   * carries heavy care that run. Absent: nobody ever does. Parsed into thousandths of an hour.
   */
  heavyCareHours: careHours.optional(),
});

/**
 * A share of one pot paid by appreciation: the thanks members received in the period, not their
 * claims, decide who gets it (it still pays their open claims in the pot's streams).
 */
const appreciation = z.object({
  /** The pot's name (as `potName` gives it) the share is taken from. */
  pot: z.string().min(1, 'name the pot the appreciation share is taken from'),
  percent: basisPoints,
});

const isoDate = z.iso.date('must be an ISO date YYYY-MM-DD');

/** The structural schema of a `value-equation@1` parameter document. Cross-field rules live in `validateParameters`. */
export const parameterDocumentSchema = z.object({
  algorithm: z.literal(ALGORITHM_ID, { error: `algorithm must be '${ALGORITHM_ID}'` }),
  version: z.string().min(1, 'a parameter document needs a version'),
  effectiveFrom: isoDate,
  /** Inclusive: the last day on which this document applies. Absent: open-ended. */
  effectiveTo: isoDate.optional(),
  buckets: z.array(bucket),
  streamSplit: z.array(pot).min(1, 'at least one pot is needed'),
  caps: perMemberAmount.optional(),
  floors: perMemberAmount.optional(),
  smoothing: smoothing.optional(),
  /** Money that no claim needs this period goes here. It may name one of the buckets or a separate one. */
  retainedBucket: z.string().min(1, 'the retained bucket needs a name'),
  /** When true, unspent pot money (and capped amounts) is shared over all still-unpaid claims before being retained. */
  overflow: z.boolean().default(false),
  /** Absent in documents before it existed: then no money follows appreciation. */
  appreciation: appreciation.optional(),
  /**
   * When true, mutual credit received from federated DisCOs since the last run is income the run
   * shares. Absent or false (every document before it existed): credit is a balance, not income.
   */
  mutualCreditIncome: z.boolean().optional(),
});

/** A parameter document as written (amounts may be strings or numbers). */
export type ParameterDocumentInput = z.input<typeof parameterDocumentSchema>;
/** A parameter document after parsing (amounts are bigint, defaults filled in). */
export type ParameterDocument = z.output<typeof parameterDocumentSchema>;
export type BucketParameter = ParameterDocument['buckets'][number];
export type PotParameter = ParameterDocument['streamSplit'][number];
export type AppreciationParameter = NonNullable<ParameterDocument['appreciation']>;

/**
 * The display name of a pot: its own name, else its streams joined with '+'.
 *
 * @example potName({ streams: ['love', 'care'], share: 2500 }) // "love+care"
 */
export function potName(p: { name?: string | undefined; streams: readonly string[] }): string {
  return p.name ?? p.streams.join('+');
}
