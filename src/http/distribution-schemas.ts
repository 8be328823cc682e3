import { z } from '@hono/zod-openapi';

/*
 * Response shapes of the finance and distribution API (contract A), for the OpenAPI document and
 * the Deck's typed client. Amounts are digit strings of minor units in `currency`.
 */

import { messageCode, messageParams } from './message-schemas.js';

const amount = z.string().openapi({ description: 'Minor units as digits.', example: '150000' });
const byStream = z.object({ livelihood: amount, love: amount, care: amount });

export const paramVersionSchema = z
  .object({
    version: z.number().int(),
    algorithm: z.literal('value-equation@1'),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    document: z.record(z.string(), z.unknown()),
    decidedBy: z.union([
      z.object({ kind: z.literal('founder') }),
      z.object({ kind: z.literal('proposal'), proposalId: z.string() }),
    ]),
    seq: z.number().int(),
  })
  .openapi('ParamVersion');

export const incomeSchema = z
  .object({
    id: z.string(),
    source: z.string(),
    amount,
    fee: amount,
    currency: z.string(),
    date: z.string(),
    projectId: z.string().nullable(),
    payer: z.string().nullable(),
    description: z.string(),
    original: z.object({ amount, currency: z.string(), rate: z.string() }).nullable(),
    seq: z.number().int(),
  })
  .openapi('Income');

export const expenseSchema = z
  .object({
    id: z.string(),
    amount,
    currency: z.string(),
    date: z.string(),
    payee: z.string(),
    reason: z.string(),
    proposalId: z.string().nullable(),
    seq: z.number().int(),
  })
  .openapi('Expense');

export const booksSchema = z
  .object({
    period: z.string().nullable(),
    currency: z.string(),
    accounts: z.array(
      z.object({ account: z.string(), debit: amount, credit: amount, balance: amount }),
    ),
    entries: z.array(
      z.object({
        date: z.string(),
        ref: z.string(),
        text: z.string(),
        postings: z.array(z.object({ account: z.string(), amount })),
      }),
    ),
    trialBalance: amount,
    closed: z.boolean(),
  })
  .openapi('Books', {
    description:
      'Double-entry books: debits positive, credits negative; the trial balance is always 0.',
  });

export const runSchema = z
  .object({
    id: z.string().nullable(),
    period: z.string(),
    closed: z.boolean(),
    algorithm: z.literal('value-equation@1'),
    parametersVersion: z.number().int().nullable(),
    ledgerSeq: z.number().int(),
    currency: z.string(),
    totals: z.object({
      income: amount,
      buckets: z.array(z.object({ name: z.string(), amount })),
      streams: z.array(
        z.object({ stream: z.string(), streams: z.array(z.string()), pot: amount, paid: amount }),
      ),
      retained: amount,
      paid: amount,
    }),
    inputs: z.record(z.string(), z.unknown()),
    members: z.array(
      z.object({
        memberId: z.string(),
        name: z.string(),
        amount,
        byStream,
        outstanding: amount,
        explanation: z
          .array(
            z.object({
              text: z.string().openapi({ description: 'The line in English, as recorded.' }),
              amount,
              kind: z.string(),
              code: messageCode.optional(),
              params: messageParams.optional(),
            }),
          )
          .openapi({
            description:
              "Plain-language lines that add up to `amount`. `code` and `params` (runs recorded with schema 2, and previews) let a face say the line in the reader's language; without them show `text`.",
          }),
      }),
    ),
    unpaid: z
      .array(
        z.object({
          memberId: z.string(),
          name: z.string(),
          code: messageCode,
          params: messageParams,
        }),
      )
      .openapi({
        description:
          'Active members the run paid nothing, each with the reason as a code (empty for runs recorded with schema 1).',
      }),
  })
  .openapi('Run', {
    description: 'A distribution run: recorded (id, closed) or previewed (id null).',
  });

export const runSummarySchema = z
  .object({
    id: z.string(),
    period: z.string(),
    closed: z.literal(true),
    algorithm: z.string(),
    parametersVersion: z.number().int(),
    ledgerSeq: z.number().int(),
    seq: z.number().int(),
    currency: z.string(),
    income: amount,
    paid: amount,
    retained: amount,
    committedAt: z.string(),
  })
  .openapi('RunSummary');

export const whatIfSchema = z
  .object({
    periods: z.array(
      z.object({
        period: z.string(),
        members: z.array(
          z.object({
            memberId: z.string(),
            name: z.string(),
            current: amount,
            candidate: amount,
            delta: amount,
          }),
        ),
        totals: z.object({ current: amount, candidate: amount }),
      }),
    ),
  })
  .openapi('WhatIf');

export const flowsSchema = z
  .object({
    period: z.string(),
    currency: z.string(),
    nodes: z.array(
      z.object({
        id: z.string(),
        label: z.string().openapi({ description: 'The name in English, members by name.' }),
        name: z
          .object({ code: messageCode, params: messageParams })
          .optional()
          .openapi({ description: "The name as a message code, for the reader's language." }),
        kind: z.enum(['source', 'bucket', 'stream', 'member', 'retained', 'solidarity']),
      }),
    ),
    links: z.array(z.object({ source: z.string(), target: z.string(), amount })),
  })
  .openapi('Flows', {
    description: 'A Sankey graph without cycles: every node passes on what it receives.',
  });
