import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cliSandbox, runCli } from './test-cli.js';

const { tmp, disco, json } = cliSandbox('witness');

describe('disco witness and disco ledger verify --witness', () => {
  let witnessKey = '';
  beforeAll(async () => {
    vi.stubEnv('DISCO_PUBLIC_URL', 'https://coop.test');
    await json(['init', '--name', 'Cooperativa Testiga', '--founder-name', 'Ana']);
    const key = await runCli(join(tmp, 'witness-data'), ['witness', 'key']);
    expect(key.code).toBe(0);
    witnessKey = key.stdout.trim();
  });

  it('prints a witness key named after the public host, of type cosignature/v1', () => {
    expect(witnessKey).toMatch(/^coop\.test\/witness\+[0-9a-f]{8}\+B[A-P]/);
  });

  it('adds a witness through the governed parameter and shows it in the status', async () => {
    const added = await disco(['witness', 'add', 'http://127.0.0.1:9/witness', witnessKey]);
    expect(added.code, added.stderr).toBe(0);
    const status = await json(['witness', 'status']);
    expect(status.witnesses).toMatchObject([
      { url: 'http://127.0.0.1:9/witness', key: witnessKey, cosignedSize: 0, refusal: null },
    ]);
    const again = await disco(['witness', 'add', 'http://127.0.0.1:9/witness', witnessKey]);
    expect(again.code).toBe(2);
    expect(again.stderr + again.stdout).toMatch(/--deadline/);
  });

  it('refuses a witness key that is not a cosignature/v1 key, naming the field', async () => {
    const bad = await disco(['witness', 'add', 'http://127.0.0.1:9/witness', 'not-a-key']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr + bad.stdout).toMatch(/witnesses\[\d\]\.key|witnesses\.\d\.key/);
  });

  it('fails verification when the latest checkpoint lacks the cosignatures required', async () => {
    expect((await disco(['ledger', 'checkpoint'])).code).toBe(0);
    const result = await disco([
      'ledger',
      'verify',
      '--witness',
      witnessKey,
      '--min-witnesses',
      '1',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr + result.stdout).toMatch(/NOT witnessed as required: .* has 0 of the 1/);
    const plain = await disco(['ledger', 'verify']);
    expect(plain.code).toBe(0);
    const tooMany = await disco([
      'ledger',
      'verify',
      '--witness',
      witnessKey,
      '--min-witnesses',
      '2',
    ]);
    expect(tooMany.code).not.toBe(0);
    expect(tooMany.stderr + tooMany.stdout).toMatch(/more witnesses than the 1 keys given/);
  });
});
