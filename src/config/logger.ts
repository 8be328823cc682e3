import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.js';

/** Keys whose values are secrets wherever they appear in a log line. */
const SECRET_KEYS = [
  'authorization',
  'cookie',
  'set-cookie',
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'csrfToken',
  'secret',
  'privateKey',
  'privateKeyPem',
  'nodeKeyPem',
  'databaseUrl',
  'readDatabaseUrl',
];

/*
 * pino's redaction matches paths, not keys at any depth; three levels cover what is logged here
 * (a request's headers, an error's fields, a config section) without slowing every line down.
 */
export const REDACTED_PATHS = SECRET_KEYS.flatMap((key) =>
  /^\w+$/.test(key) ? [key, `*.${key}`, `*.*.${key}`] : [`*["${key}"]`, `*.*["${key}"]`],
);

export const REDACTED = '[redacted]';

/**
 * The program's one logger: JSON lines at the configured level, with secrets replaced by
 * `[redacted]` wherever a line carries them (headers, passwords, tokens, key material).
 *
 * @example const logger = createLogger({ logLevel: config.logLevel }); logger.info({ port }, 'listening');
 */
export function createLogger(
  options: { logLevel: LogLevel },
  destination?: DestinationStream,
): Logger {
  const settings = {
    name: 'disco-cat',
    level: options.logLevel,
    redact: { paths: REDACTED_PATHS, censor: REDACTED },
  };
  return destination ? pino(settings, destination) : pino(settings);
}
