import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { createMemberKey, loadMemberKey } from '../member-keys.js';
import { printResult, UsageError } from '../output.js';

/**
 * The CLI path for member keys: the key pair is made here, the private key stays in this
 * device's config directory, and only the public key is registered with the DisCO.
 */
export function keyCommand(): Command {
  return new Command('key')
    .description('make your Ed25519 signing key on this device and register its public half')
    .action(async (_opts: unknown, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, async (api) => {
        const session = await api.call<{ member: { memberId: string } | null }>(
          'GET',
          '/auth/session',
        );
        const memberId = session.member?.memberId;
        if (!memberId)
          throw new UsageError('Nobody is signed in.', 'Run `disco login --server URL` first.');
        const existing = loadMemberKey(memberId);
        const signer = existing ?? createMemberKey(memberId);
        const member = await api.call<{ keys: { publicKey: string; revokedAt: string | null }[] }>(
          'GET',
          `/members/${encodeURIComponent(memberId)}`,
        );
        const registered = member.keys.some(
          (k) => k.publicKey === signer.publicKey && k.revokedAt === null,
        );
        const recorded = registered
          ? []
          : (
              await api.call<{ recorded: { seq: number; type: string }[] }>(
                'POST',
                `/members/${encodeURIComponent(memberId)}/keys`,
                { publicKey: signer.publicKey },
              )
            ).recorded;
        return { memberId, publicKey: signer.publicKey, created: !existing, recorded };
      });
      printResult(
        options.json,
        result,
        () =>
          `${result.created ? 'Made' : 'Found'} your key ${result.publicKey} (its private half stays on this device) and ${result.recorded.length > 0 ? 'registered it' : 'it was already registered'} for ${result.memberId}.`,
      );
    });
}
