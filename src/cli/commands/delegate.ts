import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';

interface Delegation {
  delegatorName: string;
  delegateName: string;
  delegateId: string;
  circleId: string | null;
  topic: string | null;
}

interface Recorded {
  recorded: { seq: number; type: string }[];
}

interface ScopeFlags {
  circle?: string;
  topic?: string;
}

const scopeOf = (flags: ScopeFlags) => ({
  ...(flags.circle ? { circle: flags.circle } : {}),
  ...(flags.topic ? { topic: flags.topic } : {}),
});
const scopeWords = (d: Delegation) =>
  d.circleId ? `circle ${d.circleId}` : d.topic ? `topic ${d.topic}` : 'everything';
const recordedLine = (r: Recorded): string =>
  `Recorded ${r.recorded.map((e) => `#${e.seq} ${e.type}`).join(', ')}.`;

const withScope = (command: Command): Command =>
  command
    .option('--circle <circle>', "on one circle's proposals (id or slug)")
    .option(
      '--topic <kind>',
      'on one kind of proposal: general, membership-change, cat-parameter-change, budget-or-expense or policy-amendment',
    );

/** `disco delegate set|list|revoke`: delegate your vote on a circle, a topic or everything. */
export function delegateCommand(): Command {
  const delegate = new Command('delegate').description(
    'delegate your vote to another member (when the DisCO allows delegation)',
  );
  delegate.addCommand(
    withScope(
      new Command('set')
        .description(
          'delegate your vote in a scope (everything unless --circle or --topic); voting yourself overrides it',
        )
        .argument('<member>', 'member id of your delegate'),
    ).action(async (member: string, flags: ScopeFlags, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        api.call<Recorded>('PUT', '/delegations', { delegateId: member, ...scopeOf(flags) }),
      );
      printResult(options.json, result, () => recordedLine(result));
    }),
  );
  delegate.addCommand(
    new Command('list')
      .description('the delegations you gave and received')
      .action(async (_flags: unknown, command: Command) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) =>
          api.call<{ given: Delegation[]; received: Delegation[] }>('GET', '/delegations'),
        );
        printResult(options.json, result, () =>
          [
            ...result.given.map(
              (d) => `You → ${d.delegateName} (${d.delegateId}) on ${scopeWords(d)}`,
            ),
            ...result.received.map((d) => `${d.delegatorName} → you on ${scopeWords(d)}`),
            ...(result.given.length + result.received.length === 0 ? ['No delegations.'] : []),
          ].join('\n'),
        );
      }),
  );
  delegate.addCommand(
    withScope(
      new Command('revoke').description(
        'take back your delegation in a scope (everything unless --circle or --topic)',
      ),
    ).action(async (flags: ScopeFlags, command: Command) => {
      const options = globalOptions(command);
      const query = new URLSearchParams(scopeOf(flags)).toString();
      const result = await withClient(options, (api) =>
        api.call<Recorded>('DELETE', `/delegations${query ? `?${query}` : ''}`),
      );
      printResult(options.json, result, () => recordedLine(result));
    }),
  );
  return delegate;
}
