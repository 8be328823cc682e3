/** An RFC 9457 problem the API answered, carried to the CLI's error printer unchanged. */
export class RemoteProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint?: string,
    readonly problems: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}
