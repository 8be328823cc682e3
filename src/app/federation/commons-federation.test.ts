import { describe, expect, it } from 'vitest';
import { listCommons } from '../value/list-commons.js';
import { registerCommonsResource } from '../value/register-commons-resource.js';
import { updateCommonsResource } from '../value/update-commons-resource.js';
import { withdrawCommonsResource } from '../value/withdraw-commons-resource.js';
import { AppError } from '../errors.js';
import { listFederatedCommons } from './list-federated-commons.js';
import { openLoopback, type LoopbackNode } from './loopback-federation.js';

describe('the federated commons catalogue', () => {
  it('follows a peer’s registrations, updates and withdrawals, with their origin', async () => {
    const fed = await openLoopback(['A', 'B', 'C']);
    const [a, b, c] = fed.nodes as [LoopbackNode, LoopbackNode, LoopbackNode];
    const { resourceId } = await registerCommonsResource(a.gov, a.ana, {
      title: 'DisCO Manifesto, Spanish translation',
      kind: 'translation',
      licence: 'ppl',
      link: 'https://a.example/manifesto-es',
    });
    await fed.flush();
    const [created] = fed.delivered.map((d) => d.activity);
    expect(created).toMatchObject({
      type: 'Create',
      object: { type: ['Document', 'vf:EconomicResource'], 'vf:classifiedAs': ['translation'] },
    });
    for (const node of [b, c])
      expect((await listFederatedCommons(node.gov, null)).items).toMatchObject([
        {
          origin: a.actorId,
          originName: 'disco@a.disco.test',
          title: 'DisCO Manifesto, Spanish translation',
          licence: 'Peer Production License',
          spdx: null,
        },
      ]);

    await updateCommonsResource(a.gov, a.ana, { resourceId, licence: 'cc-by-sa-4.0' });
    await fed.flush();
    expect((await listCommons(a.gov, null))[0]).toMatchObject({
      licence: 'CC-BY-SA-4.0',
      spdx: 'CC-BY-SA-4.0',
    });
    expect((await listFederatedCommons(b.gov, null)).items[0]).toMatchObject({
      licence: 'CC-BY-SA-4.0',
      spdx: 'CC-BY-SA-4.0',
    });

    // C cannot publish, update or delete what A owns.
    const update = fed.delivered.find((d) => d.activity.type === 'Update')!.activity;
    expect(await fed.deliver(c.actorId, b.actorId, update)).toBe('ignored');

    await withdrawCommonsResource(a.gov, a.ana, { resourceId, reason: 'Superseded' });
    await fed.flush();
    expect(await listCommons(a.gov, null)).toEqual([]);
    expect((await listFederatedCommons(b.gov, null)).items).toEqual([]);
    expect((await listFederatedCommons(c.gov, null)).items).toEqual([]);
    const again = await updateCommonsResource(a.gov, a.ana, { resourceId, title: 'Back' }).catch(
      (e: unknown) => e,
    );
    expect(again).toBeInstanceOf(AppError);
    expect((again as AppError).status).toBe(404);
  });
});
