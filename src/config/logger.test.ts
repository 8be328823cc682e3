import { describe, expect, it } from 'vitest';
import { createLogger, REDACTED } from './logger.js';

function captured(level: 'info' | 'warn' = 'info') {
  const lines: string[] = [];
  const logger = createLogger(
    { logLevel: level },
    { write: (line: string) => void lines.push(line) },
  );
  return { logger, lines };
}

describe('createLogger', () => {
  it('redacts secrets wherever a line carries them, and keeps the rest', () => {
    const { logger, lines } = captured();
    logger.info(
      {
        password: 'correct horse',
        req: {
          method: 'POST',
          headers: { authorization: 'Bearer dct_secret1', cookie: 'disco_session=secret2' },
        },
        config: {
          nodeKeyPem: '-----BEGIN PRIVATE KEY-----secret3',
          databaseUrl: 'postgres://disco:secret4@db/disco',
          readDatabaseUrl: 'postgres://disco:secret7@replica/disco',
          port: 3000,
        },
        account: { invitation: { token: 'secret5' } },
        secret: 'secret6',
      },
      'starting',
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/secret\d|correct horse/);
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({
      msg: 'starting',
      password: REDACTED,
      req: { method: 'POST', headers: { authorization: REDACTED, cookie: REDACTED } },
      config: {
        nodeKeyPem: REDACTED,
        databaseUrl: REDACTED,
        readDatabaseUrl: REDACTED,
        port: 3000,
      },
      account: { invitation: { token: REDACTED } },
    });
  });

  it('writes nothing below its level', () => {
    const { logger, lines } = captured('warn');
    logger.info('not shown');
    logger.warn('shown');
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['shown']);
  });
});
