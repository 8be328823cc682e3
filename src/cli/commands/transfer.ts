import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';

interface Recorded {
  transferId?: string;
  recorded: { seq: number; type: string }[];
}

interface Economy {
  transfers: {
    kind: string;
    transferId: string;
    peer: string;
    peerName: string | null;
    direction: 'out' | 'in';
    amount: string;
    currency: string;
    note: string;
    status: string;
    refusalCode: string | null;
  }[];
  lines: {
    peer: string;
    peerName: string | null;
    limit: string;
    balance: string;
    currency: string;
  }[];
}

interface Shown {
  transfer: Economy['transfers'][number];
  receipts: {
    seq: number;
    type: string;
    time: string;
    hash: string;
    peerProof: {
      eventHash: string;
      leafIndex: number;
      checkpoint: { treeSize: number; root: string };
      cosigned?: string;
    } | null;
  }[];
}

const said = (result: Recorded) => result.recorded.map((e) => `#${e.seq} ${e.type}`).join(', ');

/**
 * `disco transfer send|accept|cancel|list|show|credit|line`: solidarity transfers and mutual credit with
 * federated DisCOs. Amounts are minor units, like every amount the API takes.
 *
 * @example disco transfer send https://b.example/actor --amount 50000 --reference "SEPA 42" --proposal p1
 */
export function transferCommand(): Command {
  const transfer = new Command('transfer').description(
    'solidarity transfers and mutual credit with federated DisCOs',
  );
  const post = (command: Command, path: string, body: object, done: (r: Recorded) => string) =>
    (async () => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) => api.call<Recorded>('POST', path, body));
      printResult(options.json, result, () => done(result));
    })();
  transfer.addCommand(
    new Command('send')
      .description('offer a federated DisCO a solidarity transfer a passed proposal decided')
      .argument('<peer>', "the DisCO's actor id (a URL)")
      .requiredOption('--amount <minor>', 'in minor units of the base currency, e.g. 50000')
      .requiredOption('--reference <text>', 'the bank or payment reference')
      .requiredOption('--proposal <proposalId>', 'the passed proposal that decided it')
      .action(
        (peer: string, o: { amount: string; reference: string; proposal: string }, c: Command) =>
          post(
            c,
            '/transfers',
            { peer, amount: o.amount, reference: o.reference, proposalId: o.proposal },
            (r) =>
              `Offered ${r.transferId}; no money is recorded until ${peer} accepts. Recorded ${said(r)}.`,
          ),
      ),
  );
  for (const [name, verb, description] of [
    ['accept', 'accept', "accept a federated DisCO's offer: the income is recorded with it"],
    ['cancel', 'cancel', 'withdraw your own offer, or decline a peer’s, while it waits'],
  ] as const)
    transfer.addCommand(
      new Command(name)
        .description(description)
        .argument('<transferId>', 'the transfer')
        .requiredOption('--peer <actorId>', 'the other DisCO')
        .action((transferId: string, o: { peer: string }, c: Command) =>
          post(
            c,
            `/transfers/${encodeURIComponent(transferId)}/${verb}`,
            { peer: o.peer },
            (r) =>
              `${name === 'accept' ? 'Accepted' : 'Cancelled'} ${transferId}. Recorded ${said(r)}.`,
          ),
        ),
    );
  transfer.addCommand(
    new Command('line')
      .description(
        'set the mutual-credit limit with a federated DisCO, as a passed proposal decided',
      )
      .argument('<peer>', "the DisCO's actor id")
      .requiredOption(
        '--limit <minor>',
        'the most either balance may reach, in minor units; 0 closes',
      )
      .requiredOption('--proposal <proposalId>', 'the passed proposal that decided it')
      .action((peer: string, o: { limit: string; proposal: string }, c: Command) =>
        post(
          c,
          '/credit-lines',
          { peer, limit: o.limit, proposalId: o.proposal },
          (r) => `Line with ${peer} set. Recorded ${said(r)}.`,
        ),
      ),
  );
  transfer.addCommand(
    new Command('credit')
      .description('pay a federated DisCO in mutual credit, within both limits')
      .argument('<peer>', "the DisCO's actor id")
      .requiredOption('--amount <minor>', 'in minor units')
      .requiredOption('--memo <text>', 'what it is for')
      .action((peer: string, o: { amount: string; memo: string }, c: Command) =>
        post(
          c,
          '/credit-transfers',
          { peer, amount: o.amount, memo: o.memo },
          (r) =>
            `Offered ${r.transferId}; balances move once ${peer} accepts. Recorded ${said(r)}.`,
        ),
      ),
  );
  transfer.addCommand(
    new Command('list')
      .description('transfers (newest first) and credit lines with their balances')
      .action(async (_opts: unknown, command: Command) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) => api.call<Economy>('GET', '/economy'));
        printResult(
          options.json,
          result,
          () =>
            [
              ...result.transfers.map(
                (t) =>
                  `${t.transferId}  ${t.kind.padEnd(10)} ${t.direction === 'out' ? 'to  ' : 'from'} ${(t.peerName ?? t.peer).padEnd(16)} ${t.amount.padStart(10)} ${t.currency}  ${t.status}${t.refusalCode ? ` (${t.refusalCode})` : ''}  ${t.note}`,
              ),
              ...result.lines.map(
                (l) =>
                  `line with ${l.peerName ?? l.peer}: balance ${l.balance} of ±${l.limit} ${l.currency}`,
              ),
            ].join('\n') || 'No transfers or credit lines yet.',
        );
      }),
  );
  transfer.addCommand(
    new Command('show')
      .description("one transfer with its receipts: this ledger's events and the peer's proofs")
      .argument('<transferId>', 'the transfer id, as `transfer list` shows it')
      .action(async (transferId: string, _opts: unknown, command: Command) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) =>
          api.call<Shown>('GET', `/transfers/${encodeURIComponent(transferId)}`),
        );
        const t = result.transfer;
        printResult(options.json, result, () =>
          [
            `${t.transferId}  ${t.kind} ${t.direction === 'out' ? 'to' : 'from'} ${t.peerName ?? t.peer}  ${t.amount} ${t.currency}  ${t.status}${t.refusalCode ? ` (${t.refusalCode})` : ''}  ${t.note}`,
            ...result.receipts.map((r) =>
              [
                `#${r.seq} ${r.type} ${r.time} ${r.hash}`,
                r.peerProof &&
                  `  peer event ${r.peerProof.eventHash}, leaf ${r.peerProof.leafIndex} of its checkpoint ${r.peerProof.checkpoint.treeSize} (root ${r.peerProof.checkpoint.root})${r.peerProof.cosigned ? ', cosigned' : ''}`,
              ]
                .filter(Boolean)
                .join('\n'),
            ),
          ].join('\n'),
        );
      }),
  );
  return transfer;
}
