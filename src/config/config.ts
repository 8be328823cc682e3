import { createPrivateKey } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { type FieldProblem, invalid, refusal } from '../app/errors.js';
import { isValidKeyName } from '../core/ledger/signed-note.js';

/*
 * The one place that reads the environment and the command line's node settings. Everything
 * else receives a typed config, so a setting has one name, one default and one validation, and a
 * bad value stops the program at start, naming the flag or variable it came from.
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The most bytes a request body may have, by kind of route. */
export interface BodyLimits {
  /** Every route not named below: JSON writes, sign-in, anonymous or not. */
  api: number;
  /** The import routes, which carry whole files (contribution CSV or JSON-LD). */
  import: number;
  /** Routes other servers call (the witness protocol, a federation inbox): small signed notes. */
  serverToServer: number;
}

/** Where the node's data is: every command needs this, a server or not. */
export interface StoreConfig {
  dataDir: string;
  /** PostgreSQL instead of the SQLite file in `dataDir`. */
  databaseUrl?: string;
  /** The node key as PKCS#8 PEM text, for servers sharing one PostgreSQL database. */
  nodeKeyPem?: string;
}

/** What `disco serve` needs on top of the store. */
export interface ServeConfig extends StoreConfig {
  port: number;
  host: string;
  trustProxy: boolean;
  logLevel: LogLevel;
  bodyLimits: BodyLimits;
  witnessing: WitnessingConfig;
  /** A PostgreSQL streaming replica of `databaseUrl` for the read-only routes. */
  readDatabaseUrl?: string;
  notify: NotifyConfig;
  federation: FederationConfig;
}

/** ActivityPub federation (issue 19); the actor lives at `--public-url`. The allow settings are test-only. */
export interface FederationConfig {
  /** How many trusted witnesses must have cosigned the checkpoint a peer's receipt is proved against. */
  receiptCosignatures: number;
  /** The oldest an inbound activity's object proof may be, in milliseconds. */
  proofMaxAgeMs: number;
  /** Let remote fetches reach loopback and private addresses: several nodes on one machine. */
  allowPrivate: boolean;
  /** Let remote fetches use plain http. */
  allowHttp: boolean;
}

/** Mail and webhooks (issue 18). Without `smtpUrl` the node sends no mail. */
export interface NotifyConfig {
  /** `smtp://user:pass@host:587` or `smtps://…`; holds a password: never logged or echoed. */
  smtpUrl?: string;
  mailFrom?: string;
  dkimDomain?: string;
  dkimSelector?: string;
  /** The DKIM private key as PEM text; a secret. */
  dkimKeyPem?: string;
  webhookTimeoutMs: number;
  deliveryAttempts: number;
  notifyIntervalMs: number;
}

/** Checkpoint cadence and witnessing: what `disco serve` and the witness commands need. */
export interface WitnessingConfig {
  /** The address members use; its host and path start the checkpoint origin (fixed at first use). */
  publicUrl?: string;
  /** Sign a checkpoint at most this often while writes happen. */
  checkpointIntervalMs: number;
  /** The witness key's name; by default `<public host>/witness`. */
  witnessName?: string;
  /** The witness key as PKCS#8 PEM, for servers sharing one database; else a file in the data directory. */
  witnessKeyPem?: string;
}

/** The CLI as a client of some node. */
export interface ClientConfig {
  /** A server to talk to instead of the local data directory. */
  server?: string;
  /** Where `disco login` keeps API tokens and member keys. */
  configDir: string;
}

/** Values from the command line, as commander gives them (strings, or true for a bare flag). */
export type ConfigFlags = Record<string, string | boolean | undefined>;
type Environment = Record<string, string | undefined>;

interface Setting<T> {
  /** commander's camel-case key of the flag, and the flag as typed. */
  flag?: { key: string; name: string };
  env?: string;
  /** The default, written as a user would write it; parsed like any given value. */
  fallback?: string;
  parse: z.ZodType<T, string>;
  describe: string;
}

const KIB = 1024;
const MIB = 1024 * KIB;

const UNITS: Record<string, number> = { '': 1, b: 1, kib: KIB, mib: MIB, gib: 1024 * MIB };

/** `65536`, `64KiB`, `1 MiB`, `64mib`: binary units, so that a limit is exact. */
const byteSize = z.string().transform((text, ctx) => {
  const match = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  const bytes = match && unit ? Number(match[1]) * unit : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    ctx.addIssue({
      code: 'custom',
      message: `"${text}" is not a size: write bytes or a number with KiB, MiB or GiB, such as 64KiB`,
    });
    return z.NEVER;
  }
  return bytes;
});

const port = z.string().transform((text, ctx) => {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value > 65535) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a TCP port: use 0 to 65535` });
    return z.NEVER;
  }
  return value;
});

const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off', ''];
const yesNo = z.string().transform((text, ctx) => {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  ctx.addIssue({ code: 'custom', message: `"${text}" is not true or false` });
  return z.NEVER;
});

const logLevel = z.string().transform((text, ctx) => {
  const level = text.trim().toLowerCase();
  if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
  ctx.addIssue({
    code: 'custom',
    message: `"${text}" is not a log level: use one of ${LOG_LEVELS.join(', ')}`,
  });
  return z.NEVER;
});

const postgresUrl = z.string().transform((text, ctx) => {
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    // reported below
  }
  if (!url || !['postgres:', 'postgresql:'].includes(url.protocol) || !url.hostname) {
    // The URL may hold a password: the message shows its shape, never the text.
    ctx.addIssue({
      code: 'custom',
      message: 'is not a PostgreSQL URL such as postgres://user@host:5432/database',
    });
    return z.NEVER;
  }
  return text;
});

const httpUrl = z.string().transform((text, ctx) => {
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return text;
  } catch {
    // reported below
  }
  ctx.addIssue({
    code: 'custom',
    message: `"${text}" is not an http(s) URL such as https://disco.example.org`,
  });
  return z.NEVER;
});

const ed25519Pem = z.string().transform((text, ctx) => {
  try {
    if (createPrivateKey(text).asymmetricKeyType === 'ed25519') return text;
  } catch {
    // reported below
  }
  // Never echo the value: it is the node's private key.
  ctx.addIssue({ code: 'custom', message: 'is not an Ed25519 private key in PKCS#8 PEM' });
  return z.NEVER;
});

const text = z.string();

const smtpUrl = z.string().transform((value, ctx) => {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname) {
    // The URL may hold the SMTP password: the message shows its shape, never the text.
    ctx.addIssue({
      code: 'custom',
      message:
        'is not an SMTP URL such as smtp://user:password@mail.example.org:587 (or smtps://…)',
    });
    return z.NEVER;
  }
  return value;
});

const mailbox = z.string().transform((value, ctx) => {
  if (/^[^\r\n]*@[^\r\n]*$/.test(value.trim()) && value.trim().length <= 320) return value.trim();
  ctx.addIssue({
    code: 'custom',
    message: `"${value.replace(/[\r\n]/g, ' ')}" is not a From address such as "Our Co-op" <disco@coop.example>`,
  });
  return z.NEVER;
});

const privatePem = z.string().transform((value, ctx) => {
  try {
    if (createPrivateKey(value).asymmetricKeyType) return value;
  } catch {
    // reported below
  }
  // Never echo the value: it is a private key.
  ctx.addIssue({ code: 'custom', message: 'is not a private key in PEM' });
  return z.NEVER;
});

/** Whole seconds within bounds, into milliseconds. */
const secondsBetween = (min: number, max: number) =>
  z.string().transform((value, ctx) => {
    const seconds = Number(value.trim());
    if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || !(seconds >= min && seconds <= max)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a number of seconds from ${min} to ${max}`,
      });
      return z.NEVER;
    }
    return Math.round(seconds * 1000);
  });

const cosignatureCount = z.string().transform((value, ctx) => {
  const n = Number(value.trim());
  if (!/^\s*\d+\s*$/.test(value) || n < 1 || n > 20) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a number of cosignatures from 1 to 20`,
    });
    return z.NEVER;
  }
  return n;
});

const attempts = z.string().transform((value, ctx) => {
  const n = Number(value.trim());
  if (!/^\s*\d+\s*$/.test(value) || n < 1 || n > 30) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a number of tries from 1 to 30` });
    return z.NEVER;
  }
  return n;
});

/** Seconds, as `3` or `0.5`, into milliseconds; bounded so a typo cannot stop checkpoints. */
const checkpointInterval = z.string().transform((value, ctx) => {
  const seconds = Number(value.trim());
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || !(seconds >= 0.1 && seconds <= 3600)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a number of seconds from 0.1 to 3600 (the default is 3)`,
    });
    return z.NEVER;
  }
  return Math.round(seconds * 1000);
});

/** A C2SP key name: printable, neither spaces nor "+" (signed-note). */
const keyName = z.string().transform((value, ctx) => {
  if (isValidKeyName(value)) return value;
  ctx.addIssue({
    code: 'custom',
    message: `"${value}" is not a key name: it may hold neither spaces nor "+", e.g. coop.example/witness`,
  });
  return z.NEVER;
});

const STORE_SETTINGS = {
  dataDir: {
    flag: { key: 'dataDir', name: '--data-dir' },
    env: 'DISCO_DATA_DIR',
    fallback: 'data',
    parse: text.transform((dir) => resolve(dir)),
    describe: 'the data directory: SQLite database and node key',
  },
  databaseUrl: {
    flag: { key: 'databaseUrl', name: '--database-url' },
    env: 'DATABASE_URL',
    parse: postgresUrl,
    describe: 'PostgreSQL instead of the embedded SQLite',
  },
  nodeKeyPem: {
    env: 'DISCO_NODE_KEY',
    parse: ed25519Pem,
    describe: 'the node key as PEM text (servers sharing one PostgreSQL database)',
  },
} satisfies Record<keyof StoreConfig, Setting<unknown>>;

const SERVE_SETTINGS = {
  port: {
    flag: { key: 'port', name: '--port' },
    env: 'PORT',
    fallback: '3000',
    parse: port,
    describe: 'TCP port (0 picks a free one)',
  },
  host: {
    flag: { key: 'host', name: '--host' },
    env: 'HOST',
    fallback: '127.0.0.1',
    parse: text.refine((host) => host.trim().length > 0, 'give an address such as 0.0.0.0'),
    describe: 'address to listen on',
  },
  trustProxy: {
    flag: { key: 'trustProxy', name: '--trust-proxy' },
    env: 'DISCO_TRUST_PROXY',
    fallback: 'false',
    parse: yesNo,
    describe: 'believe X-Forwarded-For/-Proto (only behind a proxy that sets them)',
  },
  logLevel: {
    flag: { key: 'logLevel', name: '--log-level' },
    env: 'LOG_LEVEL',
    fallback: 'info',
    parse: logLevel,
    describe: `one of ${LOG_LEVELS.join(', ')}`,
  },
  readDatabaseUrl: {
    flag: { key: 'readDatabaseUrl', name: '--read-database-url' },
    env: 'DISCO_READ_DATABASE_URL',
    parse: postgresUrl,
    describe:
      "a PostgreSQL streaming replica of the database for read-only routes (needs DATABASE_URL); it answers only once it has replayed the client's last write",
  },
} satisfies Record<string, Setting<unknown>>;

const BODY_LIMIT_SETTINGS = {
  api: {
    flag: { key: 'bodyLimit', name: '--body-limit' },
    env: 'DISCO_BODY_LIMIT',
    fallback: '1MiB',
    parse: byteSize,
    describe: 'largest request body on every route not named below',
  },
  import: {
    flag: { key: 'importBodyLimit', name: '--import-body-limit' },
    env: 'DISCO_IMPORT_BODY_LIMIT',
    fallback: '64MiB',
    parse: byteSize,
    describe: 'largest request body on the import routes (POST /api/interchange/contributions)',
  },
  serverToServer: {
    flag: { key: 'serverToServerBodyLimit', name: '--server-to-server-body-limit' },
    env: 'DISCO_SERVER_TO_SERVER_BODY_LIMIT',
    fallback: '64KiB',
    parse: byteSize,
    describe: 'largest request body on routes other servers call (/witness/…)',
  },
} satisfies Record<keyof BodyLimits, Setting<unknown>>;

const WITNESSING_SETTINGS = {
  publicUrl: {
    flag: { key: 'publicUrl', name: '--public-url' },
    env: 'DISCO_PUBLIC_URL',
    parse: httpUrl,
    describe:
      'the address members use; its host and path start the checkpoint origin, fixed for ever at first use',
  },
  checkpointIntervalMs: {
    flag: { key: 'checkpointInterval', name: '--checkpoint-interval' },
    env: 'DISCO_CHECKPOINT_INTERVAL',
    fallback: '3',
    parse: checkpointInterval,
    describe: 'seconds between checkpoints while writes happen (0.1 to 3600)',
  },
  witnessName: {
    flag: { key: 'witnessName', name: '--witness-name' },
    env: 'DISCO_WITNESS_NAME',
    parse: keyName,
    describe: "the witness key's name (default <public host>/witness)",
  },
  witnessKeyPem: {
    env: 'DISCO_WITNESS_KEY',
    parse: ed25519Pem,
    describe: 'the witness key as PEM text (servers sharing a database); else witness-key.pem',
  },
} satisfies Record<keyof WitnessingConfig, Setting<unknown>>;

const FEDERATION_SETTINGS = {
  receiptCosignatures: {
    flag: { key: 'federationReceiptCosignatures', name: '--federation-receipt-cosignatures' },
    env: 'DISCO_FEDERATION_RECEIPT_COSIGNATURES',
    fallback: '1',
    parse: cosignatureCount,
    describe:
      "how many witnesses this DisCO trusts must have cosigned the checkpoint a peer's receipt is proved against (1 to 20)",
  },
  proofMaxAgeMs: {
    flag: { key: 'federationProofMaxAge', name: '--federation-proof-max-age' },
    env: 'DISCO_FEDERATION_PROOF_MAX_AGE',
    fallback: '3600',
    parse: secondsBetween(600, 30 * 86_400),
    describe:
      "the oldest, in seconds, an inbound activity's object proof may be (600 to 2592000); older ones are refused",
  },
  allowPrivate: {
    flag: { key: 'federationAllowPrivate', name: '--federation-allow-private' },
    env: 'DISCO_FEDERATION_ALLOW_PRIVATE',
    fallback: 'false',
    parse: yesNo,
    describe:
      'TEST ONLY: let federation reach loopback and private addresses (several nodes on one machine); never in production',
  },
  allowHttp: {
    flag: { key: 'federationAllowHttp', name: '--federation-allow-http' },
    env: 'DISCO_FEDERATION_ALLOW_HTTP',
    fallback: 'false',
    parse: yesNo,
    describe: 'TEST ONLY: let federation talk plain http to other DisCOs; never in production',
  },
} satisfies Record<keyof FederationConfig, Setting<unknown>>;

const NOTIFY_SETTINGS = {
  smtpUrl: {
    flag: { key: 'smtpUrl', name: '--smtp-url' },
    env: 'DISCO_SMTP_URL',
    parse: smtpUrl,
    describe:
      'send mail through this SMTP server (smtp://user:password@host:587, smtps://… for TLS at once); without it the node sends no mail',
  },
  mailFrom: {
    flag: { key: 'mailFrom', name: '--mail-from' },
    env: 'DISCO_MAIL_FROM',
    parse: mailbox,
    describe:
      'the From address of mail, e.g. "Our Co-op" <disco@coop.example> (needed with --smtp-url)',
  },
  dkimDomain: {
    flag: { key: 'dkimDomain', name: '--dkim-domain' },
    env: 'DISCO_DKIM_DOMAIN',
    parse: text,
    describe: 'sign mail with DKIM for this domain (with the selector and key)',
  },
  dkimSelector: {
    flag: { key: 'dkimSelector', name: '--dkim-selector' },
    env: 'DISCO_DKIM_SELECTOR',
    parse: text,
    describe: 'the DKIM selector whose public key is in DNS at <selector>._domainkey.<domain>',
  },
  dkimKeyPem: {
    env: 'DISCO_DKIM_KEY',
    parse: privatePem,
    describe: 'the DKIM private key as PEM text; a secret, never echoed',
  },
  webhookTimeoutMs: {
    flag: { key: 'webhookTimeout', name: '--webhook-timeout' },
    env: 'DISCO_WEBHOOK_TIMEOUT',
    fallback: '10',
    parse: secondsBetween(0.1, 30),
    describe: 'seconds a webhook receiver may take before the try counts as failed (0.1 to 30)',
  },
  deliveryAttempts: {
    flag: { key: 'deliveryAttempts', name: '--delivery-attempts' },
    env: 'DISCO_DELIVERY_ATTEMPTS',
    fallback: '8',
    parse: attempts,
    describe:
      'tries of a mail or webhook, with backoff, before it is given up and shown to founders',
  },
  notifyIntervalMs: {
    flag: { key: 'notifyInterval', name: '--notify-interval' },
    env: 'DISCO_NOTIFY_INTERVAL',
    fallback: '30',
    parse: secondsBetween(1, 3600),
    describe: 'seconds between sweeps that record notifications, queue mail, digests and webhooks',
  },
} satisfies Record<keyof NotifyConfig, Setting<unknown>>;

const CLIENT_SETTINGS = {
  server: {
    flag: { key: 'server', name: '--server' },
    env: 'DISCO_SERVER',
    parse: httpUrl,
    describe: 'a node to talk to instead of the local data directory',
  },
} satisfies Record<string, Setting<unknown>>;

type Parsed<S extends Record<string, Setting<unknown>>> = {
  [K in keyof S]: S[K] extends Setting<infer T> ? T : never;
};

/** Where a value came from, as the user would recognise it. */
function sourceOf(setting: Setting<unknown>, fromFlag: boolean): string {
  return fromFlag ? setting.flag!.name : setting.env!;
}

/**
 * Reads each setting from its flag, else its variable, else its default; an empty variable
 * counts as unset (so `DATABASE_URL=` means SQLite). Collects every problem before failing.
 */
function parseSettings<S extends Record<string, Setting<unknown>>>(
  settings: S,
  flags: ConfigFlags,
  env: Environment,
  problems: FieldProblem[],
): Partial<Parsed<S>> {
  const result: Record<string, unknown> = {};
  for (const [name, setting] of Object.entries(settings)) {
    const flagValue = setting.flag ? flags[setting.flag.key] : undefined;
    const envValue = setting.env ? env[setting.env] : undefined;
    const fromFlag = flagValue !== undefined;
    const raw = fromFlag
      ? flagValue === true
        ? 'true'
        : String(flagValue)
      : envValue !== undefined && envValue !== ''
        ? envValue
        : setting.fallback;
    if (raw === undefined) continue;
    const parsed = setting.parse.safeParse(raw);
    if (parsed.success) result[name] = parsed.data;
    else
      problems.push({
        field: sourceOf(setting, fromFlag),
        message: parsed.error.issues.map((issue) => issue.message).join('; '),
      });
  }
  return result as Partial<Parsed<S>>;
}

function failOn(problems: FieldProblem[]): void {
  if (problems.length === 0) return;
  throw invalid(
    refusal('refusal.node-settings-are-not-valid'),
    problems,
    refusal('hint.fix-flag-environment-variable-named-above'),
  );
}

/** One group of settings alone, refused whole when any of them is bad. */
function settingsOrRefuse<S extends Record<string, Setting<unknown>>>(
  settings: S,
  flags: ConfigFlags,
  env: Environment,
): Partial<Parsed<S>> {
  const problems: FieldProblem[] = [];
  const parsed = parseSettings(settings, flags, env, problems);
  failOn(problems);
  return parsed;
}

/**
 * The data directory, database and node key from flags and environment.
 *
 * @example const store = storeConfig(command.optsWithGlobals(), process.env)
 */
export function storeConfig(flags: ConfigFlags, env: Environment): StoreConfig {
  return settingsOrRefuse(STORE_SETTINGS, flags, env) as StoreConfig;
}

/**
 * Everything `disco serve` needs. Throws an `invalid-input` AppError naming each bad flag or
 * variable, so the node refuses to start rather than run on a misread setting.
 *
 * @example serveConfig({ port: '0' }, {}).bodyLimits.api // 1048576
 */
export function serveConfig(flags: ConfigFlags, env: Environment): ServeConfig {
  const problems: FieldProblem[] = [];
  const store = parseSettings(STORE_SETTINGS, flags, env, problems);
  const serve = parseSettings(SERVE_SETTINGS, flags, env, problems);
  const bodyLimits = parseSettings(BODY_LIMIT_SETTINGS, flags, env, problems);
  const witnessing = parseSettings(WITNESSING_SETTINGS, flags, env, problems);
  const notify = parseSettings(NOTIFY_SETTINGS, flags, env, problems);
  const federation = parseSettings(FEDERATION_SETTINGS, flags, env, problems);
  checkNotify(notify, witnessing, flags, problems);
  if (
    serve.readDatabaseUrl &&
    !store.databaseUrl &&
    !problems.some((p) => p.field === 'DATABASE_URL' || p.field === '--database-url')
  ) {
    problems.push({
      field:
        flags['readDatabaseUrl'] !== undefined ? '--read-database-url' : 'DISCO_READ_DATABASE_URL',
      message:
        'a read replica needs its primary: give --database-url (or DATABASE_URL) too; SQLite has no replicas',
    });
  }
  failOn(problems);
  return { ...store, ...serve, bodyLimits, witnessing, notify, federation } as ServeConfig;
}

/** Mail needs a From address and a public URL (links, one-click unsubscribe); DKIM needs all three parts. */
function checkNotify(
  notify: Partial<NotifyConfig>,
  witnessing: Partial<WitnessingConfig>,
  flags: ConfigFlags,
  problems: FieldProblem[],
): void {
  const named = (key: string, flag: string, env: string) => (flags[key] !== undefined ? flag : env);
  const bad = (field: string) => problems.some((p) => p.field === field);
  if (notify.smtpUrl) {
    if (!notify.mailFrom && !bad('--mail-from') && !bad('DISCO_MAIL_FROM'))
      problems.push({
        field: named('smtpUrl', '--smtp-url', 'DISCO_SMTP_URL'),
        message: 'mail needs a From address too: give --mail-from (or DISCO_MAIL_FROM)',
      });
    if (!witnessing.publicUrl && !bad('--public-url') && !bad('DISCO_PUBLIC_URL'))
      problems.push({
        field: named('smtpUrl', '--smtp-url', 'DISCO_SMTP_URL'),
        message:
          'mail needs the public address for its links and one-click unsubscribe: give --public-url (or DISCO_PUBLIC_URL), https:// in production',
      });
  }
  const dkim = [notify.dkimDomain, notify.dkimSelector, notify.dkimKeyPem];
  if (dkim.some((v) => v !== undefined) && dkim.some((v) => v === undefined))
    problems.push({
      field: 'DISCO_DKIM_KEY',
      message:
        'DKIM needs the domain, the selector and the key together: give --dkim-domain, --dkim-selector and DISCO_DKIM_KEY',
    });
}

/** The notification settings alone, for in-process apps and tests. */
export function notifyConfig(flags: ConfigFlags, env: Environment): NotifyConfig {
  const problems: FieldProblem[] = [];
  const witnessing = parseSettings(WITNESSING_SETTINGS, flags, env, problems);
  const notify = parseSettings(NOTIFY_SETTINGS, flags, env, problems);
  checkNotify(notify, witnessing, flags, problems);
  failOn(problems);
  return notify as NotifyConfig;
}

/**
 * The checkpoint cadence and witnessing settings. The witness key is never echoed in a problem.
 *
 * @example witnessingConfig({ checkpointInterval: '0.5' }, {}).checkpointIntervalMs // 500
 */
export function witnessingConfig(flags: ConfigFlags, env: Environment): WitnessingConfig {
  return settingsOrRefuse(WITNESSING_SETTINGS, flags, env) as WitnessingConfig;
}

/**
 * The CLI's client settings: which server, and where credentials are kept
 * (`$DISCO_CONFIG_DIR`, else `$XDG_CONFIG_HOME/disco-cat`, else `~/.config/disco-cat`).
 *
 * @example clientConfig({ server: 'https://disco.example.org' }, process.env).server
 */
export function clientConfig(flags: ConfigFlags, env: Environment): ClientConfig {
  return { ...settingsOrRefuse(CLIENT_SETTINGS, flags, env), configDir: configDirOf(env) };
}

function configDirOf(env: Environment): string {
  return (
    env['DISCO_CONFIG_DIR'] ||
    join(env['XDG_CONFIG_HOME'] || join(homedir(), '.config'), 'disco-cat')
  );
}

/** Where the CLI keeps credentials and member keys, for code that needs only that. */
export function cliConfigDir(env: Environment = processEnvironment()): string {
  return configDirOf(env);
}

/** The defaults, for in-process apps (tests, the CLI's local mode) that start no server. */
export const DEFAULT_BODY_LIMITS: BodyLimits = parseSettings(
  BODY_LIMIT_SETTINGS,
  {},
  {},
  [],
) as BodyLimits;

/** The process's own environment: the only read of `process.env` in the program. */
export function processEnvironment(): Environment {
  return process.env;
}

/** Every setting with its flag, variable and default, for docs/operations.md and its test. */
export function settingsTable(): {
  flag?: string;
  env?: string;
  fallback?: string;
  describe: string;
}[] {
  const all: Setting<unknown>[] = [
    ...Object.values(STORE_SETTINGS),
    ...Object.values(SERVE_SETTINGS),
    ...Object.values(BODY_LIMIT_SETTINGS),
    ...Object.values(WITNESSING_SETTINGS),
    ...Object.values(NOTIFY_SETTINGS),
    ...Object.values(FEDERATION_SETTINGS),
    ...Object.values(CLIENT_SETTINGS),
  ];
  return [
    ...all.map((s) => ({
      ...(s.flag ? { flag: s.flag.name } : {}),
      ...(s.env ? { env: s.env } : {}),
      ...(s.fallback !== undefined ? { fallback: s.fallback } : {}),
      describe: s.describe,
    })),
    {
      env: 'DISCO_CONFIG_DIR',
      describe:
        'where the CLI keeps API tokens and member keys ($XDG_CONFIG_HOME/disco-cat, else ~/.config/disco-cat)',
    },
  ];
}
