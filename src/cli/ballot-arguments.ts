import { UsageError } from './output.js';

/**
 * Turns `disco vote` arguments into the method's ballot, so people type what they mean:
 * `yes`; `object --reason …`; options to approve; options in order of preference; `A=4` pairs
 * for scores and dots; `slot=yes|if-need-be|no` for meeting polls.
 *
 * @example ballotFromArguments('schulze', ['B', 'A', 'C']) // { ranking: ['B', 'A', 'C'] }
 * @example ballotFromArguments('score', ['A=4', 'B=1']) // { scores: { A: 4, B: 1 } }
 */
export function ballotFromArguments(
  method: string,
  args: readonly string[],
  reason?: string,
): Record<string, unknown> {
  const one = (): string => {
    if (args.length !== 1)
      throw new UsageError(
        `A ${method} ballot is one word, not ${args.length}.`,
        'For example: disco vote ID yes',
      );
    return args[0]!;
  };
  const pairs = (numeric: boolean): Record<string, unknown> =>
    Object.fromEntries(
      args.map((arg) => {
        const at = arg.lastIndexOf('=');
        if (at <= 0)
          throw new UsageError(
            `"${arg}" is not OPTION=VALUE.`,
            `For example: disco vote ID A=${numeric ? '3' : 'yes'}`,
          );
        const value = arg.slice(at + 1);
        if (numeric && !/^-?\d+$/.test(value))
          throw new UsageError(`"${value}" in "${arg}" is not a whole number.`);
        return [arg.slice(0, at), numeric ? Number(value) : value];
      }),
    );
  const withReason = (ballot: Record<string, unknown>) =>
    reason === undefined ? ballot : { ...ballot, reason };
  switch (method) {
    case 'majority':
    case 'supermajority':
      return { choice: one() };
    case 'sense-check':
      return reason === undefined ? { response: one() } : { response: one(), comment: reason };
    case 'consent':
    case 'consensus':
    case 'lazy-consensus':
      return withReason({ response: one() });
    case 'approval':
      return { approvals: [...args] };
    case 'irv':
    case 'schulze':
      return { ranking: [...args] };
    case 'score':
      return { scores: pairs(true) };
    case 'dot-vote':
      return { dots: pairs(true) };
    case 'meeting-poll':
      return { marks: pairs(false) };
    default:
      throw new UsageError(
        `This CLI does not know how to write a ${method} ballot.`,
        'Pass it whole with --ballot JSON.',
      );
  }
}
