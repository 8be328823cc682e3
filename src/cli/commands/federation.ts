import { Command } from 'commander';
import type { FederationRelationView } from '../../app/federation/list-federation-relations.js';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';

const DAY_MS = 24 * 3_600_000;

function describe(r: FederationRelationView): string {
  const witness = r.witness
    ? `witness: cosigned up to ${r.witness.cosignedSize}${r.witness.refusal ? ` (refused: ${r.witness.refusal})` : ''}`
    : 'not our witness';
  const announced = r.announced ? `, announced checkpoint ${r.announced.treeSize}` : '';
  const twoHistories = r.equivocation
    ? `\n  TWO HISTORIES: it announced size ${r.equivocation.treeSize} under another root than our witness cosigned`
    : '';
  return `${r.handle ?? r.peerActorId}  ${r.status}  ${witness}${announced}${twoHistories}`;
}

/**
 * `disco federation`: follow another DisCO by decision, and list or show the relations.
 *
 * @example disco federation follow disco@coop.example --days 7
 */
export function federationCommand(): Command {
  const federation = new Command('federation').description(
    'federate with other DisCOs over ActivityPub: follow by decision, witness each other',
  );
  federation
    .command('follow')
    .description('open a federation proposal to follow a DisCO (nothing is sent until it passes)')
    .argument('<target>', 'its handle (disco@coop.example) or its actor URL')
    .option('--unfollow', 'propose to stop following it instead')
    .option('--days <n>', 'days the vote stays open', '7')
    .action(
      async (target: string, opts: { unfollow?: boolean; days: string }, command: Command) => {
        const options = globalOptions(command);
        const days = Number(opts.days);
        const body = {
          target,
          action: opts.unfollow ? 'unfollow' : 'follow',
          deadline: new Date(
            Date.now() + (Number.isFinite(days) ? days : 7) * DAY_MS,
          ).toISOString(),
        };
        const result = await withClient(options, (api) =>
          api.call<{ proposalId: string; peer: { actorId: string; handle: string | null } }>(
            'POST',
            '/federation/proposals',
            body,
          ),
        );
        printResult(
          options.json,
          result,
          () =>
            `Proposal ${result.proposalId} opened to ${body.action} ${result.peer.handle ?? result.peer.actorId}; it takes effect when it passes.`,
        );
      },
    );
  federation
    .command('list')
    .description('the DisCOs this one federates with or was asked to, with their witness status')
    .action(async (_opts: unknown, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        api.call<{ items: FederationRelationView[] }>('GET', '/federation/relations'),
      );
      printResult(options.json, result, () =>
        result.items.length === 0
          ? 'No federation relations yet: disco federation follow disco@coop.example'
          : result.items.map(describe).join('\n'),
      );
    });
  federation
    .command('show')
    .description('one federation relation')
    .argument('<peer>', 'its handle or actor URL')
    .action(async (peer: string, _opts: unknown, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        api.call<FederationRelationView>(
          'GET',
          `/federation/relations/${encodeURIComponent(peer)}`,
        ),
      );
      printResult(options.json, result, () => describe(result));
    });
  return federation;
}
