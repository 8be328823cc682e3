import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppContext } from '../../app/context.js';
import { witnessAddCheckpoint } from '../../app/witnessing/witness-add-checkpoint.js';
import { witnessedCheckpoint } from '../../app/witnessing/witness-logs.js';
import type { HttpEnv } from '../env.js';

/**
 * An add-checkpoint body holds 63 proof lines of 45 bytes and a note with at most a few
 * signatures: 16 KiB is ample, and a witness should not read more from strangers.
 */
export const WITNESS_BODY_LIMIT = 16 * 1024;

/**
 * The C2SP tlog-witness routes, server to server (no session, no CSRF, no Origin check): a log
 * proves itself by its checkpoint signature alone. Mounted under `/witness`.
 *
 * - `POST /witness/add-checkpoint`: 200 with the cosignature line, 409 `text/x.tlog.size`, 400,
 *   403, 404 or 422 with a line of text, exactly as the specification says.
 * - `GET /witness/<sha256(origin) hex>/checkpoint`: the latest checkpoint this witness cosigned.
 */
export function witnessRoutes(ctx: AppContext): Hono<HttpEnv> {
  const app = new Hono<HttpEnv>();
  app.post(
    '/add-checkpoint',
    bodyLimit({
      maxSize: WITNESS_BODY_LIMIT,
      onError: (c) => c.text(`the body is larger than ${WITNESS_BODY_LIMIT} bytes\n`, 413),
    }),
    async (c) => {
      const answer = await witnessAddCheckpoint(ctx, await c.req.text());
      return c.body(answer.body, answer.status, { 'content-type': answer.contentType });
    },
  );
  app.get('/:originHash/checkpoint', async (c) => {
    const originHash = c.req.param('originHash');
    const note = /^[0-9a-f]{64}$/.test(originHash)
      ? await witnessedCheckpoint(ctx, originHash)
      : null;
    if (note === null) return c.text('this witness has cosigned no checkpoint of that log\n', 404);
    return c.body(note, 200, { 'content-type': 'text/plain; charset=utf-8' });
  });
  return app;
}
