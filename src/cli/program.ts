import { Command, CommanderError } from 'commander';
import { acceptCommand } from './commands/accept.js';
import { balanceCommand } from './commands/balance.js';
import { circleCommand } from './commands/circle.js';
import { commonsCommand } from './commands/commons.js';
import { delegateCommand } from './commands/delegate.js';
import { notificationsCommand } from './commands/notifications.js';
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
import { EXIT_USAGE, reportError } from './output.js';
import { booksCommand, catCommand, expenseCommand, incomeCommand } from './commands/finance.js';
import {
  distributeCommand,
  distributionCommand,
  payoutCommand,
  whatIfCommand,
} from './commands/distribution.js';
import { founderInvitationCommand } from './commands/founder-invitation.js';
import { leaveCommand } from './commands/leave.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { witnessCommand } from './commands/witness.js';

/** The `disco` program; `run` returns the exit code instead of exiting, so tests can call it. */
export function buildProgram(): Command {
  const program = new Command('disco')
    .description('disco-cat: the Community Algorithmic Trust and Deck for DisCOs')
    .option('--data-dir <dir>', 'data directory (default ./data, or DISCO_DATA_DIR)')
    .option(
      '--database-url <url>',
      'PostgreSQL URL instead of the embedded SQLite (or DATABASE_URL)',
    )
    .option(
      '--server <url>',
      'talk to this server instead of the local data directory (or DISCO_SERVER)',
    )
    .option('--as <member>', 'local mode: act as this member id (the founder by default)')
    .option('--json', 'print JSON, for scripts')
    .showHelpAfterError()
    .exitOverride();
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
    founderInvitationCommand(),
    leaveCommand(),
    backupCommand(),
    restoreCommand(),
    witnessCommand(),
  ])
    program.addCommand(command);
  const exitOverride = (c: Command): void => {
    c.exitOverride();
    c.commands.forEach(exitOverride);
  };
  exitOverride(program);
  return program;
}

export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    return reportError(error, argv.includes('--json'));
  }
}
