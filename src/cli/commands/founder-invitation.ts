import { Command } from 'commander';
import { withAuth } from '../../app/auth/auth-context.js';
import { reissueFounderInvitation } from '../../app/auth/reissue-founder-invitation.js';
import { globalOptions, withApp } from '../global-options.js';
import { printResult, UsageError } from '../output.js';

export function founderInvitationCommand(): Command {
  return new Command('founder-invitation')
    .description(
      "issue a new one-time invitation for a founder who has no account yet (the one init printed was lost); on this node's own data directory or database only",
    )
    .action(async (_opts: unknown, command: Command) => {
      const options = globalOptions(command);
      if (options.server)
        throw new UsageError(
          'founder-invitation works on the node itself, not through --server.',
          'Run it where the data directory (or DATABASE_URL) is.',
        );
      const { memberId, invitation } = await withApp(options, (ctx) =>
        reissueFounderInvitation(withAuth(ctx)),
      );
      printResult(options.json, { founderId: memberId, founderInvitation: invitation }, () =>
        [
          `A new one-time invitation for founder ${memberId} (valid until ${invitation.expiresAt}):`,
          `  disco accept ${invitation.token} --email you@example.org`,
        ].join('\n'),
      );
    });
}
