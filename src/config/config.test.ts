import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../app/errors.js';
import { generateEd25519KeyPair } from '../core/ledger/keys.js';
import {
  clientConfig,
  serveConfig,
  settingsTable,
  storeConfig,
  witnessingConfig,
} from './config.js';

function refusal(read: () => unknown): AppError {
  try {
    read();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the config was accepted');
}

describe('serveConfig', () => {
  it('has defaults for everything a fresh node needs', () => {
    expect(serveConfig({}, {})).toEqual({
      dataDir: resolve('data'),
      port: 3000,
      host: '127.0.0.1',
      trustProxy: false,
      logLevel: 'info',
      bodyLimits: { api: 1024 * 1024, import: 64 * 1024 * 1024, serverToServer: 64 * 1024 },
      witnessing: { checkpointIntervalMs: 3000 },
      notify: { webhookTimeoutMs: 10_000, deliveryAttempts: 8, notifyIntervalMs: 30_000 },
      federation: {
        receiptCosignatures: 1,
        proofMaxAgeMs: 3_600_000,
        allowPrivate: false,
        allowHttp: false,
      },
    });
  });

  it('needs From and the public URL with SMTP, and never echoes the SMTP URL', () => {
    const secret = 'smtp://disco:hunter2-secret@';
    const error = refusal(() => serveConfig({}, { DISCO_SMTP_URL: `${secret}mail.example.org` }));
    expect(error.problems.map((p) => p.field)).toEqual(['DISCO_SMTP_URL', 'DISCO_SMTP_URL']);
    expect(JSON.stringify(error)).not.toContain('hunter2');
    const bad = refusal(() => serveConfig({}, { DISCO_SMTP_URL: 'http://u:hunter2@x' }));
    expect(JSON.stringify(bad.problems)).not.toContain('hunter2');
    expect(
      serveConfig(
        {},
        {
          DISCO_SMTP_URL: `${secret}mail.example.org`,
          DISCO_MAIL_FROM: 'disco@coop.example',
          DISCO_PUBLIC_URL: 'https://coop.example',
        },
      ).notify.smtpUrl,
    ).toBe(`${secret}mail.example.org`);
  });

  it('takes the environment, and a flag over its variable', () => {
    const env = {
      PORT: '8080',
      HOST: '0.0.0.0',
      LOG_LEVEL: 'WARN',
      DISCO_TRUST_PROXY: 'yes',
      DISCO_BODY_LIMIT: '256KiB',
      DISCO_SERVER_TO_SERVER_BODY_LIMIT: '16384',
      DATABASE_URL: 'postgres://disco@db.internal:5432/disco',
      DISCO_DATA_DIR: '/var/lib/disco',
    };
    const config = serveConfig({ port: '9000', importBodyLimit: '8 MiB' }, env);
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      logLevel: 'warn',
      trustProxy: true,
      databaseUrl: 'postgres://disco@db.internal:5432/disco',
      dataDir: '/var/lib/disco',
      bodyLimits: { api: 256 * 1024, import: 8 * 1024 * 1024, serverToServer: 16384 },
    });
  });

  it('reads a bare --trust-proxy flag as true and an empty variable as unset', () => {
    expect(serveConfig({ trustProxy: true }, {}).trustProxy).toBe(true);
    expect(serveConfig({}, { DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('refuses bad values, naming each flag or variable and what to write instead', () => {
    const error = refusal(() =>
      serveConfig(
        { port: '70000' },
        { LOG_LEVEL: 'loud', DISCO_IMPORT_BODY_LIMIT: '64 megs', DATABASE_URL: 'mysql://x' },
      ),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.hint).toContain('docs/operations.md');
    expect(error.problems).toEqual([
      { field: 'DATABASE_URL', message: expect.stringContaining('postgres://') },
      { field: '--port', message: '"70000" is not a TCP port: use 0 to 65535' },
      { field: 'LOG_LEVEL', message: expect.stringContaining('fatal, error, warn, info') },
      { field: 'DISCO_IMPORT_BODY_LIMIT', message: expect.stringContaining('KiB, MiB or GiB') },
    ]);
  });

  it('takes a read replica only beside a PostgreSQL primary', () => {
    expect(
      serveConfig(
        { readDatabaseUrl: 'postgres://disco@replica/disco' },
        { DATABASE_URL: 'postgres://disco@primary/disco' },
      ).readDatabaseUrl,
    ).toBe('postgres://disco@replica/disco');
    const error = refusal(() =>
      serveConfig({}, { DISCO_READ_DATABASE_URL: 'postgres://disco:hunter2@replica/disco' }),
    );
    expect(error.problems).toEqual([
      { field: 'DISCO_READ_DATABASE_URL', message: expect.stringContaining('DATABASE_URL') },
    ]);
    expect(JSON.stringify(error.problems)).not.toMatch(/hunter/);
    const malformed = refusal(() =>
      serveConfig({ readDatabaseUrl: 'replica:5432' }, { DATABASE_URL: 'postgres://p/db' }),
    );
    expect(malformed.problems.map((p) => p.field)).toEqual(['--read-database-url']);
  });

  it('never repeats a secret in its refusal', () => {
    const error = refusal(() =>
      serveConfig({}, { DATABASE_URL: 'postgres//disco:hunter2@db/x', DISCO_NODE_KEY: 'hunter3' }),
    );
    expect(error.problems.map((p) => p.field)).toEqual(['DATABASE_URL', 'DISCO_NODE_KEY']);
    expect(JSON.stringify(error.problems)).not.toMatch(/hunter/);
  });

  it('takes an Ed25519 node key as PEM text, and refuses any other key', () => {
    const pem = generateEd25519KeyPair().privateKeyPem;
    expect(storeConfig({}, { DISCO_NODE_KEY: pem }).nodeKeyPem).toBe(pem);
    const rsa = refusal(() => storeConfig({}, { DISCO_NODE_KEY: '-----BEGIN PRIVATE KEY-----' }));
    expect(rsa.problems[0]).toEqual({
      field: 'DISCO_NODE_KEY',
      message: 'is not an Ed25519 private key in PKCS#8 PEM',
    });
  });

  it('refuses sizes and ports that are not whole positive numbers', () => {
    for (const size of ['0', '-1', '1.5MiB', 'MiB', '1TB'])
      expect(refusal(() => serveConfig({ bodyLimit: size }, {})).problems[0]!.field).toBe(
        '--body-limit',
      );
    for (const port of ['-1', '3000.5', 'http', ''])
      expect(refusal(() => serveConfig({}, { PORT: port || ' ' })).problems[0]!.field).toBe('PORT');
  });
});

describe('clientConfig', () => {
  it('keeps credentials under DISCO_CONFIG_DIR, else XDG_CONFIG_HOME', () => {
    expect(clientConfig({}, { DISCO_CONFIG_DIR: '/c' }).configDir).toBe('/c');
    expect(clientConfig({}, { XDG_CONFIG_HOME: '/x' }).configDir).toBe('/x/disco-cat');
  });

  it('refuses a server that is not an http(s) URL', () => {
    expect(refusal(() => clientConfig({}, { DISCO_SERVER: 'ftp://x' })).problems[0]!.field).toBe(
      'DISCO_SERVER',
    );
    expect(clientConfig({ server: 'http://127.0.0.1:3000' }, {}).server).toBe(
      'http://127.0.0.1:3000',
    );
  });
});

describe('witnessingConfig', () => {
  it('reads the public URL, cadence and witness name from flags over variables', () => {
    const pem = generateEd25519KeyPair().privateKeyPem;
    expect(
      witnessingConfig(
        { checkpointInterval: '0.5', witnessName: 'w.example/witness' },
        {
          DISCO_PUBLIC_URL: 'https://coop.example',
          DISCO_CHECKPOINT_INTERVAL: '10',
          DISCO_WITNESS_NAME: 'ignored.example/witness',
          DISCO_WITNESS_KEY: pem,
        },
      ),
    ).toEqual({
      publicUrl: 'https://coop.example',
      checkpointIntervalMs: 500,
      witnessName: 'w.example/witness',
      witnessKeyPem: pem,
    });
    expect(witnessingConfig({}, {})).toEqual({ checkpointIntervalMs: 3000 });
  });

  it('refuses bad values naming each, and never echoes the witness key', () => {
    const secret = 'not a key but a secret 0123456789';
    const error = refusal(() =>
      serveConfig(
        { publicUrl: 'coop.example', witnessName: 'a witness+name' },
        { DISCO_CHECKPOINT_INTERVAL: '0', DISCO_WITNESS_KEY: secret },
      ),
    );
    const fields = Object.fromEntries(error.problems.map((p) => [p.field, p.message]));
    expect(Object.keys(fields).sort()).toEqual([
      '--public-url',
      '--witness-name',
      'DISCO_CHECKPOINT_INTERVAL',
      'DISCO_WITNESS_KEY',
    ]);
    expect(fields['DISCO_CHECKPOINT_INTERVAL']).toMatch(/seconds from 0\.1 to 3600/);
    expect(fields['--witness-name']).toMatch(/neither spaces nor "\+"/);
    expect(JSON.stringify(error.problems)).not.toContain(secret);
    expect(refusal(() => witnessingConfig({ checkpointInterval: '3s' }, {})).problems).toEqual([
      expect.objectContaining({ field: '--checkpoint-interval' }),
    ]);
  });
});

describe('docs/operations.md', () => {
  it('lists every setting with its flag, variable and default', () => {
    const doc = readFileSync(new URL('../../docs/operations.md', import.meta.url), 'utf8');
    for (const setting of settingsTable()) {
      const row = doc
        .split('\n')
        .find(
          (line) => line.startsWith('|') && line.includes(`\`${setting.env ?? setting.flag}\``),
        );
      expect(row, setting.env ?? setting.flag).toBeDefined();
      if (setting.flag) expect(row).toContain(`\`${setting.flag}\``);
      if (setting.fallback !== undefined) expect(row).toContain(`\`${setting.fallback}\``);
    }
  });
});
