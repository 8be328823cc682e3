import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asBearer,
  json,
  jsonBody,
  openTestCommunity,
  type TestCommunity,
} from '../test-community.js';

describe('value over HTTP', () => {
  let community: TestCommunity;
  beforeAll(async () => {
    community = await openTestCommunity();
  });
  afterAll(() => community.close());

  const call = (who: keyof TestCommunity['people'], path: string, method = 'GET', body?: unknown) =>
    community.app.request(
      path,
      asBearer(community.people[who], body === undefined ? { method } : jsonBody(method, body)),
    );

  it('logs, acknowledges and balances a contribution, money as digit strings', async () => {
    expect(
      (
        await call('founder', '/api/rates', 'POST', {
          stream: 'care',
          taskKind: 'meeting',
          per: 'hour',
          amount: '1500',
          effectiveFrom: '2026-01-01',
        })
      ).status,
    ).toBe(201);
    const logged = await call('casual', '/api/contributions', 'POST', {
      stream: 'care',
      quantity: '2',
      taskKind: 'meeting',
      circle: 'care',
      date: '2026-01-04',
    });
    expect(logged.status).toBe(201);
    const { contributionId } = await json(logged);
    expect(
      (await call('casual', `/api/contributions/${contributionId}/acknowledgements`, 'POST'))
        .status,
    ).toBe(422);
    expect(
      (await call('founder', `/api/contributions/${contributionId}/acknowledgements`, 'POST'))
        .status,
    ).toBe(201);
    expect(await json(await call('dater', `/api/contributions/${contributionId}`))).toMatchObject({
      status: 'counted',
      credit: { amount: '3000', standing: 'unpayable' },
    });
    const balances = await json(
      await call(
        'dater',
        `/api/balances?member=${community.people.casual.memberId}&asOf=2026-01-05`,
      ),
    );
    expect(balances.items).toEqual([
      {
        memberId: community.people.casual.memberId,
        stream: 'care',
        earned: '0',
        historical: '0',
        released: '0',
        forfeited: '0',
        payable: '0',
        paid: '0',
        recorded: '3000',
      },
    ]);
  });

  it('names the bad field, where it was and the limit', async () => {
    const res = await call('casual', '/api/contributions', 'POST', {
      stream: 'care',
      quantity: '30',
      taskKind: 'meeting',
      circle: 'care',
      date: '2027-01-01',
    });
    expect(res.status).toBe(400);
    const problems = (await json(res)).errors as Array<{ field: string; message: string }>;
    expect(problems.map((p) => p.field)).toEqual(['body.date', 'body.quantity']);
    expect(problems[1]!.message).toMatch(/limit of 24 hours/);
  });

  it('keeps a public commons registry and Atom feed with the love work behind each resource', async () => {
    const added = await call('casual', '/api/commons', 'POST', {
      title: 'Care <guide> & "tips"',
      kind: 'article',
      licence: 'CC-BY-SA-4.0',
      link: 'https://example.org/guide?a=1&b=2',
    });
    expect(added.status).toBe(201);
    const { resourceId } = await json(added);
    await call('founder', '/api/rates', 'POST', {
      stream: 'love',
      taskKind: 'writing',
      per: 'hour',
      amount: '1000',
      effectiveFrom: '2026-01-01',
    });
    const work = await call('casual', '/api/contributions', 'POST', {
      stream: 'love',
      quantity: '3',
      taskKind: 'writing',
      resource: resourceId,
      date: '2026-01-03',
    });
    expect(work.status).toBe(201);

    const list = await community.app.request('/api/commons');
    expect(list.status).toBe(200);
    const [resource] = (await json(list)).items;
    expect(resource).toMatchObject({
      resourceId,
      licence: 'CC-BY-SA-4.0',
      loveWork: [{ memberId: community.people.casual.memberId, quantity: '3', unit: 'hour' }],
    });

    const feed = await community.app.request('/api/commons.atom');
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const xml = await feed.text();
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
    );
    expect(xml).toContain('<title>Care &lt;guide&gt; &amp; &quot;tips&quot;</title>');
    expect(xml).toContain('href="https://example.org/guide?a=1&amp;b=2"');
    expect(xml).toContain(`<id>urn:disco-cat:commons:${resourceId}</id>`);
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
    // Nothing unescaped survives between tags.
    expect(xml.replace(/<[^<>]+>/g, '')).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it('tracks the budget of a livelihood project from the work logged against it', async () => {
    const made = await call('founder', '/api/projects', 'POST', {
      name: 'Website',
      client: 'Coop X',
      budget: '100000',
      agreedPrice: '120000',
      status: 'active',
    });
    expect(made.status).toBe(201);
    const { projectId } = await json(made);
    expect(
      (await call('casual', '/api/projects', 'POST', { name: 'x', client: 'y', status: 'active' }))
        .status,
    ).toBe(403);
    await call('founder', '/api/rates', 'POST', {
      stream: 'livelihood',
      taskKind: 'coding',
      per: 'hour',
      amount: '4000',
      effectiveFrom: '2026-01-01',
    });
    const work = await json(
      await call('founder', '/api/contributions', 'POST', {
        stream: 'livelihood',
        quantity: '2.5',
        taskKind: 'coding',
        project: projectId,
        date: '2026-01-04',
      }),
    );
    await call('dater', '/api/contributions', 'POST', {
      stream: 'livelihood',
      quantity: '1',
      taskKind: 'coding',
      project: projectId,
      date: '2026-01-04',
    });
    await call('casual', `/api/contributions/${work.contributionId}/acknowledgements`, 'POST');
    expect(
      (await call('founder', `/api/projects/${projectId}`, 'PUT', { status: 'completed' })).status,
    ).toBe(200);
    expect(
      (await call('founder', '/api/projects/nope', 'PUT', { status: 'completed' })).status,
    ).toBe(404);
    const [project] = (await json(await call('casual', '/api/projects'))).items;
    // The dater is in stage 1: livelihood work earns no credit yet, but its hours are logged.
    expect(project).toMatchObject({
      projectId,
      status: 'completed',
      budget: '100000',
      consumed: '10000',
      pending: '0',
      remaining: '90000',
      hours: '3.5',
    });
  });

  it('exports CSV and JSON-LD files and refuses a bad import naming every line', async () => {
    const csv = await call('casual', '/api/interchange/contributions?format=csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await csv.text();
    expect(
      text.startsWith(
        'date,member,stream,quantity,unit,task_kind,circle,project,resource,description,evidence\r\n',
      ),
    ).toBe(true);
    const jsonld = await call('casual', '/api/interchange/contributions?format=jsonld');
    expect(jsonld.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect((await json(jsonld))[0]).toMatchObject({
      '@type': 'vf:EconomicEvent',
      'vf:receiver': 'http://localhost/',
    });

    const bad = `${text.split('\r\n')[0]}\r\n2026-01-04,nobody,care,0,hour,meeting,care,,,,\r\n`;
    const refused = await call('founder', '/api/interchange/contributions', 'POST', {
      format: 'csv',
      content: bad,
    });
    expect(refused.status).toBe(422);
    expect((await json(refused)).errors.map((e: { field: string }) => e.field)).toEqual([
      'line.2.member',
      'line.2.quantity',
    ]);
    expect(
      (
        await call('founder', '/api/interchange/contributions', 'POST', {
          format: 'jsonld',
          content: await (
            await call('casual', '/api/interchange/contributions?format=jsonld')
          ).text(),
          dryRun: true,
        })
      ).status,
    ).toBe(201);
  });
});
