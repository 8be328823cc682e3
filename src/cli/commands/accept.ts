import { Command } from 'commander';
import { cancel, isCancel, password as askPassword } from '@clack/prompts';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult, UsageError } from '../output.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** A newcomer's (or the founder's) first step: choose email and password with an invitation token. */
export function acceptCommand(): Command {
  return new Command('accept')
    .description('accept an invitation: choose your email and password (and your shown name)')
    .argument('<token>', 'the invitation token you were given')
    .requiredOption('--email <email>', 'the email you will sign in with')
    .option('--name <name>', "how other members see you (not needed for the founder's invitation)")
    .option('--password-stdin', 'read the password from standard input, for scripts')
    .action(
      async (
        token: string,
        opts: { email: string; name?: string; passwordStdin?: boolean },
        command: Command,
      ) => {
        const options = globalOptions(command);
        let password: string;
        if (opts.passwordStdin) {
          password = await readStdin();
        } else if (process.stdin.isTTY) {
          const answer = await askPassword({
            message: 'Choose a password (at least 10 characters)',
            output: process.stderr,
          });
          if (isCancel(answer) || typeof answer !== 'string') {
            cancel('The invitation was not used.');
            throw new UsageError('accept was cancelled');
          }
          password = answer;
        } else {
          throw new UsageError(
            'Give the password on standard input with --password-stdin, or run on a terminal.',
          );
        }
        const body = {
          email: opts.email,
          password,
          ...(opts.name ? { displayName: opts.name } : {}),
        };
        const result = await withClient(options, (api) =>
          api.call<{ member: { memberId: string; displayName: string } | null }>(
            'POST',
            `/invitations/${encodeURIComponent(token)}/accept`,
            body,
          ),
        );
        printResult(
          options.json,
          result,
          () =>
            `Welcome${result.member ? `, ${result.member.displayName} (${result.member.memberId})` : ''}. Sign in with ${opts.email}${options.server ? '' : ' on the server (disco login --server URL)'}.`,
        );
      },
    );
}
