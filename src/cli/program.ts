import type { Command } from 'commander';
import { baseProgram, runProgram } from './base-program.js';
import { acceptCommand } from './commands/accept.js';
import { balanceCommand } from './commands/balance.js';
import { circleCommand } from './commands/circle.js';
import { commonsCommand } from './commands/commons.js';
import { transferCommand } from './commands/transfer.js';
import { delegateCommand } from './commands/delegate.js';
import { notificationsCommand } from './commands/notifications.js';
import { notifyCommand } from './commands/notify.js';
import { disputeCommand, logCommand, validateCommand } from './commands/contribution.js';
import { dutiesCommand } from './commands/duties.js';
import { initCommand } from './commands/init.js';
import { exportCommand, importCommand } from './commands/interchange.js';
import { ledgerCommand } from './commands/ledger.js';
import { loginCommand, logoutCommand } from './commands/login.js';
import { memberCommand } from './commands/member.js';
import {
  commentCommand,
  outcomeCommand,
  proposalsCommand,
  proposeCommand,
  showCommand,
  voteCommand,
} from './commands/proposal.js';
import { projectCommand } from './commands/project.js';
import { rateCommand } from './commands/rate.js';
import { replayCommand } from './commands/replay.js';
import { serveCommand } from './commands/serve.js';
import { whoamiCommand } from './commands/whoami.js';
import { booksCommand, catCommand, expenseCommand, incomeCommand } from './commands/finance.js';
import {
  distributeCommand,
  distributionCommand,
  payoutCommand,
  whatIfCommand,
} from './commands/distribution.js';
import { founderInvitationCommand } from './commands/founder-invitation.js';
import { leaveCommand } from './commands/leave.js';
import { rhythmCommand } from './commands/rhythm.js';
import { checkinCommand } from './commands/checkin.js';
import { thanksCommand } from './commands/thanks.js';
import { evaluationCommand } from './commands/evaluation.js';
import { federationCommand } from './commands/federation.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { witnessCommand } from './commands/witness.js';

/** The `disco` program; `run` returns the exit code instead of exiting, so tests can call it. */
export function buildProgram(): Command {
  const program = baseProgram();
  for (const command of [
    initCommand(),
    serveCommand(),
    memberCommand(),
    circleCommand(),
    acceptCommand(),
    loginCommand(),
    logoutCommand(),
    whoamiCommand(),
    ledgerCommand(),
    replayCommand(),
    logCommand(),
    validateCommand(),
    disputeCommand(),
    balanceCommand(),
    dutiesCommand(),
    commonsCommand(),
    exportCommand(),
    importCommand(),
    projectCommand(),
    rateCommand(),
    proposeCommand(),
    proposalsCommand(),
    showCommand(),
    voteCommand(),
    commentCommand(),
    outcomeCommand(),
    incomeCommand(),
    expenseCommand(),
    booksCommand(),
    catCommand(),
    distributeCommand(),
    distributionCommand(),
    whatIfCommand(),
    payoutCommand(),
    delegateCommand(),
    notificationsCommand(),
    notifyCommand(),
    founderInvitationCommand(),
    leaveCommand(),
    backupCommand(),
    restoreCommand(),
    witnessCommand(),
    rhythmCommand(),
    checkinCommand(),
    thanksCommand(),
    evaluationCommand(),
    transferCommand(),
    federationCommand(),
  ])
    program.addCommand(command);
  return program;
}

export async function run(argv: string[]): Promise<number> {
  return runProgram(buildProgram(), argv);
}
