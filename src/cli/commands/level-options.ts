import type { Command } from 'commander';
import { UsageError } from '../output.js';

export interface LevelFlags {
  level?: string;
  stage?: string;
  timeline?: string;
  startDate?: string;
}

/** The flags that describe a worker-member's level, shared by `member add` and `member invite`. */
export function levelOptions(command: Command): Command {
  return command
    .option('--level <level>', 'casual, dating or committed (worker-members only)')
    .option('--stage <n>', 'dating stage 1, 2 or 3', '1')
    .option('--timeline <t>', 'dating timeline: fast-track, agile or long-run', 'agile')
    .option('--start-date <date>', 'first day of dating (YYYY-MM-DD); today by default');
}

/** The API's level object from the flags; the server checks the values and names any bad field. */
export function levelOf(flags: LevelFlags, today: string): Record<string, unknown> | null {
  if (flags.level === undefined) return null;
  if (flags.level !== 'dating') return { level: flags.level };
  const stage = Number(flags.stage);
  if (![1, 2, 3].includes(stage))
    throw new UsageError(`--stage must be 1, 2 or 3, not "${flags.stage}"`);
  return { level: 'dating', stage, timeline: flags.timeline, startDate: flags.startDate ?? today };
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
