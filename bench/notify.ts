import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { openApp, type AppContext } from '../src/app/context.js';
import { runDueJobs } from '../src/app/jobs/job-queue.js';
import { buildDigests } from '../src/app/notify/mail-sweep.js';
import type { NotifyContext } from '../src/app/notify/notify-context.js';
import { queueMail } from '../src/app/notify/send-mail.js';
import { JOB_HANDLERS } from '../src/app/witnessing/witnessing-tick.js';
import { fmt, Report } from './report.js';

const MEMBERS = Number(process.env['BENCH_DIGEST_MEMBERS'] ?? 10_000);
const PER_MEMBER = 3;
const MAILS = Number(process.env['BENCH_OUTBOX_MAILS'] ?? 500);

/** An SMTP server on loopback that accepts and drops every message. */
async function sink(): Promise<{ port: number; count: () => number; close(): Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // A reverse DNS lookup of 127.0.0.1 per connection would be measured instead of the mail.
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, done) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    count: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function notifyTo(port: number): NotifyContext {
  return {
    mail: {
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: '"Bench DisCO" <disco@coop.example>',
      publicUrl: 'https://coop.example',
    },
    webhookTimeoutMs: 10_000,
    maxAttempts: 8,
    intervalMs: 30_000,
  };
}

/** 10,000 members with accounts, each with a few notices waiting for today's digest. */
async function seedDigests(ctx: AppContext): Promise<void> {
  const db = ctx.store.db;
  const yesterday = new Date(ctx.clock().getTime() - 86_400_000).toISOString();
  for (let start = 0; start < MEMBERS; start += 500) {
    const ids = Array.from(
      { length: Math.min(500, MEMBERS - start) },
      (_, i) => `m-${String(start + i).padStart(6, '0')}`,
    );
    await db
      .insertInto('accounts')
      .values(
        ids.map((id) => ({
          member_id: id,
          email: `${id}@coop.example`,
          password_hash: 'unused',
          created_at: yesterday,
        })),
      )
      .execute();
    await db
      .insertInto('notification_log')
      .values(
        ids.flatMap((id, m) =>
          Array.from({ length: PER_MEMBER }, (_, n) => ({
            id: `${yesterday}-${String(start + m).padStart(6, '0')}-${n}`,
            member_id: id,
            notice_id: `outcome:p-${n}`,
            kind: 'outcome',
            params: JSON.stringify({ title: `Proposal ${n}`, outcome: 'Adopted.' }),
            link: `/proposals/p-${n}`,
            at: yesterday,
            created_at: yesterday,
            read_at: null,
            resolved_at: null,
            mailed: null,
          })),
        ),
      )
      .execute();
  }
}

/**
 * The daily digests of 10,000 members (three notices each): building every mail and queuing it in
 * the job table, against reading the same notices with one query.
 */
async function benchDigests(report: Report, workDir: string, port: number): Promise<void> {
  const dataDir = mkdtempSync(join(workDir, 'digests-'));
  const ctx = await openApp({ dataDir, notify: notifyTo(port) });
  try {
    await seedDigests(ctx);
    const readStarted = performance.now();
    const rows = await ctx.store.db
      .selectFrom('notification_log')
      .selectAll()
      .where('mailed', 'is', null)
      .orderBy('id')
      .execute();
    const readMs = performance.now() - readStarted;
    const today = ctx.clock().toISOString().slice(0, 10);
    const started = performance.now();
    const queued = await buildDigests(ctx, { period: 'daily', day: today });
    const buildMs = performance.now() - started;
    report.say(
      `- Daily digests of ${fmt(MEMBERS)} members, ${PER_MEMBER} notices each (${fmt(rows.length)} log rows), SQLite: ${fmt(buildMs / 1000, 2)} s to build and queue ${fmt(queued)} mails (target under 5 s); reading the same rows with one query: ${fmt(readMs)} ms; ratio ${fmt(buildMs / readMs, 1)}.`,
    );
  } finally {
    await ctx.store.close();
  }
}

/** Mail through the job table to an SMTP server on loopback, against nodemailer sending directly. */
async function benchOutbox(report: Report, workDir: string, port: number, count: () => number) {
  const ctx = await openApp({
    dataDir: mkdtempSync(join(workDir, 'outbox-')),
    notify: notifyTo(port),
  });
  try {
    const direct = nodemailer.createTransport(`smtp://127.0.0.1:${port}`);
    const directStarted = performance.now();
    for (let i = 0; i < MAILS; i++)
      await direct.sendMail({
        from: 'disco@coop.example',
        to: `m${i}@coop.example`,
        subject: `Mail ${i}`,
        text: 'A notice.',
      });
    const directMs = performance.now() - directStarted;
    direct.close();
    for (let i = 0; i < MAILS; i++)
      await queueMail(ctx, `mail:bench:${i}`, {
        to: `m${i}@coop.example`,
        subject: `Mail ${i}`,
        text: 'A notice.',
        language: 'en',
        purpose: 'notice',
      });
    const before = count();
    const started = performance.now();
    while ((await runDueJobs(ctx, JOB_HANDLERS, 1000)) > 0);
    const outboxMs = performance.now() - started;
    report.say(
      `- Outbox to a local SMTP server (smtp-server on loopback), ${fmt(MAILS)} mails, SQLite: ${fmt((MAILS / outboxMs) * 1000)} mails/s through the job table (claim, send, complete; ${fmt(count() - before)} arrived), against ${fmt((MAILS / directMs) * 1000)} mails/s sent directly by nodemailer; ratio ${fmt(outboxMs / directMs, 2)}.`,
    );
  } finally {
    await ctx.store.close();
  }
}

/** Messages that reach people: digests and the outbox. */
export async function benchNotify(report: Report, workDir: string): Promise<void> {
  report.say('## Messages that reach people: digests and the outbox');
  report.say();
  const smtp = await sink();
  try {
    await benchDigests(report, workDir, smtp.port);
    await benchOutbox(report, workDir, smtp.port, smtp.count);
  } finally {
    await smtp.close();
  }
  report.say();
}
