import { Command } from 'commander';
import { cancel, isCancel, password as askPassword, text } from '@clack/prompts';
import { hostname } from 'node:os';
import { normalizeServer, saveLogin, forgetLogin } from '../credentials.js';
import { globalOptions } from '../global-options.js';
import { printResult, UsageError } from '../output.js';
import { RemoteProblem } from '../remote-problem.js';

interface Session {
  member: { memberId: string; displayName: string } | null;
  csrfToken: string | null;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function ask(prompt: () => Promise<string | symbol>): Promise<string> {
  const answer = await prompt();
  if (isCancel(answer) || typeof answer !== 'string') {
    cancel('Not signed in.');
    throw new UsageError('login was cancelled');
  }
  return answer;
}

async function problemOf(response: Response): Promise<RemoteProblem> {
  const body = (await response.json().catch(() => ({}))) as {
    type?: string;
    detail?: string;
    hint?: string;
    errors?: { field: string; message: string }[];
  };
  return new RemoteProblem(
    response.status,
    body.type?.split(':').pop() ?? 'error',
    body.detail ?? `The server answered ${response.status}.`,
    body.hint,
    body.errors ?? [],
  );
}

/**
 * Signs in once with email and password, trades the session for a named API token, signs the
 * session out again and keeps only the token: the password is never stored, and the token can
 * be revoked from anywhere.
 */
export function loginCommand(): Command {
  return new Command('login')
    .description(
      'sign in to a server and keep an API token for it (in ~/.config/disco-cat, owner-only)',
    )
    .option('--email <email>', 'your account email (asked on a terminal)')
    .option('--password-stdin', 'read the password from standard input, for scripts')
    .action(async (opts: { email?: string; passwordStdin?: boolean }, command: Command) => {
      const options = globalOptions(command);
      if (!options.server)
        throw new UsageError('Say which server: --server URL (or DISCO_SERVER).');
      const server = normalizeServer(options.server);
      const interactive = process.stdin.isTTY && !opts.passwordStdin;
      const email =
        opts.email ??
        (interactive
          ? await ask(() => text({ message: 'Email', output: process.stderr }))
          : undefined);
      if (!email)
        throw new UsageError(
          'Give --email (and the password on standard input with --password-stdin).',
        );
      const password = opts.passwordStdin
        ? await readStdin()
        : interactive
          ? await ask(() => askPassword({ message: 'Password', output: process.stderr }))
          : undefined;
      if (!password)
        throw new UsageError(
          'Give the password on standard input with --password-stdin, or run on a terminal.',
        );

      let signIn: Response;
      try {
        signIn = await fetch(`${server}/api/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password }),
        });
      } catch (error) {
        throw new UsageError(
          `Cannot reach ${server}: ${error instanceof Error ? error.message : String(error)}.`,
          'Check the --server URL and that the server runs.',
        );
      }
      if (!signIn.ok) throw await problemOf(signIn);
      const session = (await signIn.json()) as Session;
      const cookie = (signIn.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
      const headers = {
        cookie,
        'x-csrf-token': session.csrfToken ?? '',
        'content-type': 'application/json',
      };
      const created = await fetch(`${server}/api/tokens`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: `disco CLI on ${hostname()}` }),
      });
      if (!created.ok) throw await problemOf(created);
      const token = (await created.json()) as { id: string; token: string };
      await fetch(`${server}/api/auth/sign-out`, { method: 'POST', headers });
      const member = session.member!;
      saveLogin(server, {
        token: token.token,
        memberId: member.memberId,
        displayName: member.displayName,
        savedAt: new Date().toISOString(),
      });
      printResult(
        options.json,
        { server, memberId: member.memberId, displayName: member.displayName, tokenId: token.id },
        () =>
          `Signed in to ${server} as ${member.displayName} (${member.memberId}). The CLI uses API token ${token.id}; revoke it with DELETE /api/tokens/${token.id}.`,
      );
    });
}

export function logoutCommand(): Command {
  return new Command('logout')
    .description('forget the API token kept for a server')
    .action(async (_opts: unknown, command: Command) => {
      const options = globalOptions(command);
      if (!options.server)
        throw new UsageError('Say which server: --server URL (or DISCO_SERVER).');
      const forgotten = forgetLogin(options.server);
      printResult(options.json, { server: normalizeServer(options.server), forgotten }, () =>
        forgotten
          ? `Forgot the token for ${normalizeServer(options.server!)} (revoke it on the server too if it may have leaked).`
          : 'There was no token for that server.',
      );
    });
}
