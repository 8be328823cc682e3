import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { CopyData } from './copy-rows.js';
import {
  executeText,
  HOLD_BEGIN_MARK,
  isLiteralParameter,
  PREPARE_AND_HOLD_MARK,
  PREPARE_MARK,
  PREPARED_PER_CONNECTION,
  preparedName,
  statementName,
  type LiteralParameter,
} from './prepared-statement.js';

/** What Kysely reads of an answer. */
interface Answer {
  command?: string;
  rowCount?: number | null;
  rows: unknown[];
}

const BEGIN = 'begin; ';
/** A transaction's first statement, prepared: `begin; /* prepared *\/ select ...` (`postgresWriteLock`). */
const BEGIN_THEN_PREPARED = `${BEGIN}${PREPARE_MARK}`;
/** A transaction's first statement, to travel with its next (`HOLD_BEGIN_MARK`). */
const BEGIN_THEN_HELD = `${BEGIN}${HOLD_BEGIN_MARK}`;

/** A held statement's answer, given at once: its result is never read. */
const heldAnswer = (): Answer => ({ command: 'HELD', rowCount: null, rows: [] });

/**
 * The pool as Kysely uses it, with three changes to how a statement travels:
 *
 * - A text of several statements answers with its last statement's result: pg sends a
 *   parameterless text as one simple query (one round trip) and answers it with an array of
 *   results, which Kysely would read as no rows. The write lock begins its transaction and locks
 *   the chain head this way (`postgresWriteLock`).
 * - A marked text is prepared once per connection and run by name after (`preparedName`), and
 *   so is a marked statement after `begin; ` in a parameterless text; a `CopyData` parameter
 *   runs the text as `COPY ... FROM STDIN` with it as the data (`copyIn`).
 * - Inside a transaction, a statement marked `PREPARE_AND_HOLD_MARK` that this connection has
 *   prepared before is answered at once and sent with whatever comes next (`heldUntilNext`);
 *   so is a transaction's `begin` with its first statement marked `HOLD_BEGIN_MARK`.
 *
 * @example new Kysely<Database>({ dialect: new PostgresDialect({ pool: statementPool(pool) }) });
 */
export function statementPool(pool: pg.Pool): PostgresPool {
  // One wrapper per client: Kysely keeps its connection objects keyed by the client it is given.
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) wrappers.set(client, (wrapper = heldUntilNext(client)));
      return wrapper;
    },
    end: () => pool.end(),
  };
}

/**
 * One client's statements. A held statement (the append's page: its events, nodes, projections
 * and head) travels with the commit as one simple query, `execute name(...); commit`, so a
 * one-event append costs two round trips instead of three; before any other statement it is
 * sent on its own, and a rollback drops it unsent. Holding is safe because nothing reads its
 * result and the transaction is all or nothing: if it fails, the statement it travels with
 * fails, and the writer rolls the whole transaction back. A held `begin` (with the chain head's
 * check, `postgresWriteLock`) goes in front of what is held after it: an append whose head was
 * right is then one round trip, `begin; execute check(...); execute page(...); commit`.
 */
function heldUntilNext(client: pg.PoolClient): PostgresPoolClient {
  // The statements this connection has prepared (`preparedName`).
  const named = new Set<string>();
  let heldStatement: { name: string; parameters: readonly LiteralParameter[] } | undefined;
  // `begin; execute name(...)`, not sent yet: the transaction has not begun on the server.
  let heldBegin: string | undefined;

  const send = async (text: string, parameters?: readonly unknown[]): Promise<Answer> => {
    if (parameters?.length === 1 && parameters[0] instanceof CopyData)
      return copyIn(client, text, parameters[0]);
    if (!parameters?.length && text.startsWith(BEGIN_THEN_PREPARED)) {
      const statement = text.slice(BEGIN.length);
      const name = await preparedBySql(statement);
      return send(`${BEGIN}${name ? `execute ${name}` : statement}`);
    }
    const name = parameters?.length ? preparedName(text, named) : undefined;
    const result: unknown = await (name === undefined
      ? client.query(text, parameters as unknown[] | undefined)
      : client.query({ name, text, values: parameters as unknown[] }));
    return (Array.isArray(result) ? result[result.length - 1] : result) as Answer;
  };

  // A statement after a begin goes in the same simple query, which the protocol's named
  // statements cannot join: it is prepared by SQL instead, and run as `execute name(...)`.
  // Its name, or undefined when the connection is at its bound.
  const preparedBySql = async (statement: string): Promise<string | undefined> => {
    const name = statementName(statement);
    if (named.has(name)) return name;
    if (named.size >= PREPARED_PER_CONNECTION) return undefined;
    await client.query(`prepare ${name} as ${statement}`);
    named.add(name);
    return name;
  };

  const heldText = (): string => {
    const statement = heldStatement!;
    heldStatement = undefined;
    return executeText(statement.name, statement.parameters);
  };

  // As a failed COMMIT would, a failed held statement ends the transaction: its error skipped the
  // commit in the same text, and the connection must not go back to the pool mid-transaction.
  const commitWith = async (execute: string): Promise<Answer> => {
    try {
      return await send(`${execute}; commit`);
    } catch (error) {
      // pg answers the error before the server says the transaction is aborted, so no status is
      // read here; after a failed COMMIT itself the rollback only draws a warning.
      await client.query('rollback').catch(() => undefined);
      throw error;
    }
  };

  // The name to hold `text` under: a marked statement this connection prepared before, in a
  // transaction (begun, or to begin with what is held).
  const holdable = (text: string, parameters?: readonly unknown[]): string | undefined => {
    if (
      !text.startsWith(PREPARE_AND_HOLD_MARK) ||
      (client.getTransactionStatus() !== 'T' && heldBegin === undefined) ||
      !parameters?.length ||
      !parameters.every(isLiteralParameter)
    )
      return undefined;
    // Prepared before on this connection: the name runs it. A first run prepares it the usual way.
    const name = statementName(text);
    return named.has(name) ? name : undefined;
  };

  const query = async (text: unknown, parameters?: readonly unknown[]): Promise<Answer> => {
    const name = typeof text === 'string' ? holdable(text, parameters) : undefined;
    const hold = (): Answer => {
      heldStatement = { name: name!, parameters: parameters as readonly LiteralParameter[] };
      return heldAnswer();
    };
    if (name !== undefined && heldStatement === undefined) return hold();
    if (heldBegin !== undefined || heldStatement !== undefined) {
      if (text === 'rollback') {
        const begun = heldBegin === undefined;
        heldBegin = undefined;
        heldStatement = undefined;
        // Nothing of the transaction reached the server.
        if (!begun) return { command: 'ROLLBACK', rowCount: null, rows: [] };
      } else {
        let held = heldBegin;
        heldBegin = undefined;
        if (heldStatement !== undefined) held = held ? `${held}; ${heldText()}` : heldText();
        if (text === 'commit') return commitWith(held!);
        await client.query(held!);
        if (name !== undefined) return hold();
      }
    }
    if (typeof text !== 'string') return client.query(text as never);
    if (
      text.startsWith(BEGIN_THEN_HELD) &&
      client.getTransactionStatus() === 'I' &&
      parameters?.length &&
      parameters.every(isLiteralParameter)
    ) {
      const statement = text.slice(BEGIN.length);
      const prepared = await preparedBySql(statement);
      if (prepared) {
        heldBegin = `${BEGIN}${executeText(prepared, parameters)}`;
        return heldAnswer();
      }
      await client.query('begin');
      return send(statement, parameters);
    }
    return send(text, parameters);
  };

  return {
    query: query as PostgresPoolClient['query'],
    release: () => {
      // A transaction always ends with a commit or a rollback, which settle what is held.
      heldStatement = undefined;
      heldBegin = undefined;
      client.release();
    },
  };
}

/**
 * Runs `copy ... from stdin` with `data` as its rows, answered as Kysely reads a result.
 * pg-copy-streams speaks the copy sub-protocol pg itself leaves to a "submittable".
 */
async function copyIn(client: pg.PoolClient, text: string, data: CopyData): Promise<Answer> {
  // Loaded once by the first copy; later imports are the module cache's. Its CommonJS exports by
  // `default`: the bundle (npm run build) gives no named ones.
  const { default: copyStreams } = await import('pg-copy-streams');
  const stream = client.query(copyStreams.from(text));
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.on('finish', resolve);
    for (const piece of data.pieces) stream.write(piece);
    stream.end();
  });
  return { command: 'COPY', rowCount: stream.rowCount, rows: [] };
}
