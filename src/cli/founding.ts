import { cancel, isCancel, text } from '@clack/prompts';
import { withAuth } from '../app/auth/auth-context.js';
import { createFounderInvitation } from '../app/auth/create-founder-invitation.js';
import type { AppContext } from '../app/context.js';
import { invalid, refusal } from '../app/errors.js';
import { initLedger, initLedgerInput, type InitLedgerInput } from '../app/ledger/init-ledger.js';
import { problemsOf } from '../app/problems.js';
import { UsageError } from './output.js';

/** What `disco init` and `disco serve` take to found a DisCO. */
export interface FoundingFlags {
  name?: string;
  currency?: string;
  timeZone?: string;
  founderName?: string;
}

const FLAG_NAMES: Record<keyof InitLedgerInput, string> = {
  name: '--name',
  currency: '--currency',
  timeZone: '--time-zone',
  founderName: '--founder-name',
};

const QUESTIONS: Record<keyof InitLedgerInput, string> = {
  name: 'Name of the DisCO',
  currency: 'Currency (ISO 4217)',
  timeZone: 'Time zone (IANA; decides which day work falls on and when months close)',
  founderName: 'Your name (the founding member)',
};

export const FOUNDING_EXAMPLE =
  'disco init --name "Our Co-op" --currency EUR --time-zone Europe/Madrid';

/** The time zone this machine runs in: a suggestion at a prompt, never a silent choice. */
export const localTimeZone = (): string =>
  Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Whether the command may ask its questions: a person at a terminal, not a script. */
export function canAsk(json: boolean): boolean {
  return Boolean(process.stdin.isTTY) && !json;
}

async function ask(message: string, initialValue: string): Promise<string> {
  const answer = await text({ message, initialValue, output: process.stderr });
  if (isCancel(answer)) {
    cancel('Nothing was created.');
    throw new UsageError('founding the DisCO was cancelled', 'Nothing was created.');
  }
  return answer;
}

/**
 * Asks at the terminal for each founding setting the flags left out, suggesting `defaults`.
 *
 * @example const input = await askFounding({ name: 'Our Co-op' }, { currency: 'EUR', ... })
 */
export async function askFounding(
  given: FoundingFlags,
  defaults: InitLedgerInput,
): Promise<InitLedgerInput> {
  const input = { ...defaults };
  for (const key of Object.keys(QUESTIONS) as (keyof InitLedgerInput)[])
    input[key] = given[key] ?? (await ask(QUESTIONS[key], defaults[key]));
  return checkFounding(input);
}

/**
 * The founding settings checked as `initLedger` checks them, with each problem named by its flag,
 * before anything is opened or written.
 *
 * @example checkFounding({ name: 'X', currency: 'eur', timeZone: 'Mars/Base', founderName: 'Ana' }) // throws: --currency, --time-zone
 */
export function checkFounding(input: InitLedgerInput): InitLedgerInput {
  const parsed = initLedgerInput.safeParse(input);
  if (parsed.success) return parsed.data;
  throw invalid(
    refusal('refusal.disco-cannot-be-founded'),
    problemsOf(parsed.error).map((p) => ({
      field: FLAG_NAMES[p.field as keyof InitLedgerInput] ?? p.field,
      message: p.message,
    })),
    refusal('hint.currency-time-zone-are-recorded-genesis'),
  );
}

/** The founding flags a command was given but lacks, by name; empty when it can found. */
export function missingFounding(given: FoundingFlags): string[] {
  return (['name', 'currency', 'timeZone'] as const)
    .filter((key) => given[key] === undefined)
    .map((key) => FLAG_NAMES[key]);
}

/**
 * Founds the DisCO and makes the founder's one-time invitation.
 *
 * @example const { genesis, founderId, invitation } = await foundDisco(ctx, input)
 */
export async function foundDisco(ctx: AppContext, input: InitLedgerInput) {
  const founded = await initLedger(ctx, input);
  return {
    ...founded,
    invitation: await createFounderInvitation(withAuth(ctx), founded.founderId),
  };
}
