import { z } from 'zod';
import type { EventDefinition } from '../ledger/event-catalog.js';
import { jsonObject } from '../governance/vocabulary.js';
import { calendarDateSchema, idSchema, minorAmountSchema } from '../value/events.js';

/*
 * The finance events of the Community Algorithmic Trust. Amounts are digit strings of minor units
 * in the DisCO's base currency; a payment received in another currency carries its original amount,
 * currency and the exchange rate used, so the conversion can be redone from the ledger.
 */

export const FINANCE_EVENT = {
  incomeRecorded: 'finance.income.recorded',
  expenseRecorded: 'finance.expense.recorded',
  parametersSet: 'cat.parameters.set',
  runCommitted: 'distribution.run.committed',
  payoutRecorded: 'distribution.payout.recorded',
} as const;

/** `solidarity`: a federated DisCO's solidarity transfer, recorded when it is accepted. */
export const INCOME_SOURCES = ['client', 'grant', 'donation', 'solidarity'] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as EUR');
/** A period of distribution: a calendar month. */
export const periodSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a calendar month YYYY-MM');
/** Base-currency units per unit of the foreign currency, as a decimal string (never a float). */
export const exchangeRateSchema = z
  .string()
  .regex(
    /^(0|[1-9][0-9]{0,8})(\.[0-9]{1,8})?$/,
    'must be a positive decimal such as "1.0825" (base currency per unit)',
  )
  .refine((r) => /[1-9]/.test(r), 'must be above 0');

const text = (max: number, empty: string) =>
  z.string().trim().min(1, empty).max(max, `must be at most ${max} characters`);

export const incomeRecordedPayload = z.strictObject({
  incomeId: idSchema,
  source: z.enum(INCOME_SOURCES, {
    error: "must be 'client', 'grant', 'donation' or 'solidarity'",
  }),
  /** Minor units in the base currency, > 0. */
  amount: minorAmountSchema.refine((a) => a !== '0', 'must be above 0'),
  currency: currencySchema,
  date: calendarDateSchema,
  /** The livelihood project a client paid for. */
  projectId: idSchema.optional(),
  payer: text(200, 'name the payer').optional(),
  description: text(2000, 'say what the money is for'),
  /** A bank or platform fee kept from the payment, in base minor units: its own posting, never netted silently. */
  fee: minorAmountSchema.optional(),
  /** When paid in another currency: what was paid, and the rate that converted it. */
  original: z
    .strictObject({ amount: minorAmountSchema, currency: currencySchema, rate: exchangeRateSchema })
    .optional(),
});
export type IncomeRecordedPayload = z.infer<typeof incomeRecordedPayload>;

export const expenseRecordedPayload = z.strictObject({
  expenseId: idSchema,
  amount: minorAmountSchema.refine((a) => a !== '0', 'must be above 0'),
  currency: currencySchema,
  date: calendarDateSchema,
  payee: text(200, 'name who was paid'),
  reason: text(2000, 'say why the money was spent'),
  /** The passed proposal that decided the expense, when one did. */
  proposalId: idSchema.optional(),
});
export type ExpenseRecordedPayload = z.infer<typeof expenseRecordedPayload>;

export const parameterDecision = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('founder') }),
  z.strictObject({ kind: z.literal('proposal'), proposalId: idSchema }),
]);
export type ParameterDecision = z.infer<typeof parameterDecision>;

export const parametersSetPayload = z.strictObject({
  /** 1 for the first document, then one more for each. */
  version: z.number().int().positive(),
  /** The `value-equation@1` document as written (amounts as strings). */
  document: jsonObject,
  decidedBy: parameterDecision,
});
export type ParametersSetPayload = z.infer<typeof parametersSetPayload>;

export const runCommittedPayload = z.strictObject({
  runId: idSchema,
  period: periodSchema,
  /** The ledger was read up to and including this event. */
  ledgerSeq: z.number().int().positive(),
  algorithm: z.literal('value-equation@1'),
  parametersVersion: z.number().int().positive(),
  currency: currencySchema,
  /** Every input total (income, fees, claims per stream), as the run read them. */
  inputs: jsonObject,
  /** Every output (buckets, pots, retained, each member's payout per stream and explanation). */
  outputs: jsonObject,
});
export type RunCommittedPayload = z.infer<typeof runCommittedPayload>;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256');

/**
 * Schema 2: the run also names the state it started from and the state it leaves
 * (src/core/finance/run-state.ts; the states themselves live beside the ledger, never in it).
 */
export const runCommittedPayloadV2 = runCommittedPayload.extend({
  /** The `ledgerSeq` of the run whose recorded state this run started from; null: from event 1. */
  fromSeq: z.number().int().positive().nullable(),
  state: z.strictObject({
    /** SHA-256 of the canonical JSON of the run state after this run. */
    hash: sha256Hex,
    /** The hash of the state this run started from; null when `fromSeq` is null. */
    previous: sha256Hex.nullable(),
  }),
});
export type RunCommittedPayloadV2 = z.infer<typeof runCommittedPayloadV2>;

export const payoutRecordedPayload = z.strictObject({
  payoutId: idSchema,
  runId: idSchema,
  memberId: idSchema,
  amount: minorAmountSchema.refine((a) => a !== '0', 'must be above 0'),
  /** The bank transfer id or other proof of payment. */
  reference: text(200, 'give the payment reference (e.g. the bank transfer id)'),
  date: calendarDateSchema,
});
export type PayoutRecordedPayload = z.infer<typeof payoutRecordedPayload>;

export const financeEventDefinitions = [
  {
    type: FINANCE_EVENT.incomeRecorded,
    schema: 1,
    payload: incomeRecordedPayload,
    description:
      'Money received (client payment, grant or donation) in the base currency, with any fee as its own amount.',
  },
  {
    type: FINANCE_EVENT.expenseRecorded,
    schema: 1,
    payload: expenseRecordedPayload,
    description: 'Money the collective spent, with its payee and reason.',
  },
  {
    type: FINANCE_EVENT.parametersSet,
    schema: 1,
    payload: parametersSetPayload,
    description:
      'A new version of the CAT parameter document, from its effective date, decided by the founder (the first) or by a passed proposal.',
  },
  {
    type: FINANCE_EVENT.runCommitted,
    schema: 1,
    payload: runCommittedPayload,
    description:
      'A distribution run for a month: what it read (ledger position, algorithm, parameters, input totals) and everything it decided; it closes the month. Recorded before run states; still verified.',
  },
  {
    type: FINANCE_EVENT.runCommitted,
    schema: 2,
    payload: runCommittedPayloadV2,
    description:
      'A distribution run for a month, as schema 1, plus the recorded run state it started from (`fromSeq`, `state.previous`) and the hash of the state it leaves for the next run (`state.hash`).',
  },
  {
    type: FINANCE_EVENT.payoutRecorded,
    schema: 1,
    payload: payoutRecordedPayload,
    description: 'A member was paid what a run owed them, with the payment reference.',
  },
] as const satisfies readonly EventDefinition[];
