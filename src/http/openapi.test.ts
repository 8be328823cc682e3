import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from './app.js';
import { getJson } from './test-request.js';
import { openTestLedger, type TestLedger } from './test-ledger.js';

describe('GET /api/openapi.json', () => {
  let ledger: TestLedger;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an OpenAPI document, read loosely
  let doc: any;
  beforeAll(async () => {
    ledger = await openTestLedger({ init: false });
    const res = await getJson(
      createHttpApp(ledger.ctx, { logger: pino({ level: 'silent' }) }),
      '/api/openapi.json',
    );
    expect(res.status).toBe(200);
    doc = res.body;
  });
  afterAll(() => ledger.close());

  it('is OpenAPI 3.1 and lists every route', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/health',
        '/api/ledger/checkpoints',
        '/api/ledger/checkpoints/latest',
        '/api/ledger/checkpoint',
        '/api/ledger/witnesses',
        '/api/ledger/consistency',
        '/api/ledger/events',
        '/api/ledger/events/{seq}',
        '/api/ledger/export',
        '/api/auth/sign-in',
        '/api/auth/sign-out',
        '/api/auth/session',
        '/api/auth/password',
        '/api/auth/password-resets/{token}',
        '/api/me',
        '/api/me/keys',
        '/api/me/devices/{deviceId}/key',
        '/api/me/guide',
        '/api/tokens',
        '/api/tokens/{id}',
        '/api/invitations',
        '/api/invitations/{token}',
        '/api/invitations/{token}/accept',
        '/api/members',
        '/api/members/{memberId}',
        '/api/members/{memberId}/account',
        '/api/members/{memberId}/password-reset',
        '/api/members/{memberId}/level',
        '/api/members/{memberId}/constituencies',
        '/api/members/{memberId}/constituencies/{constituencyId}',
        '/api/members/{memberId}/mentors',
        '/api/members/{memberId}/mentors/{mentorId}',
        '/api/members/{memberId}/milestones',
        '/api/members/{memberId}/commitment',
        '/api/members/{memberId}/keys',
        '/api/members/{memberId}/keys/{publicKey}',
        '/api/members/{memberId}/leaves',
        '/api/members/{memberId}/profile',
        '/api/leaves',
        '/api/rhythms',
        '/api/rhythms/{rhythmId}',
        '/api/rhythms/{rhythmId}/end',
        '/api/rhythms/{rhythmId}/gatherings/{occurrence}',
        '/api/rhythms/{rhythmId}/gatherings/{occurrence}/credit',
        '/api/me/calendar-feed',
        '/api/calendar/{token}',
        '/api/checkins',
        '/api/checkins/{checkinId}',
        '/api/checkins/settings',
        '/api/care/capacity',
        '/api/appreciations',
        '/api/evaluations',
        '/api/evaluations/{evaluationId}',
        '/api/evaluations/{evaluationId}/reflections',
        '/api/evaluations/{evaluationId}/close',
        '/api/federation/relations',
        '/api/federation/relations/{peer}',
        '/api/federation/proposals',
        '/api/leaves/{leaveId}/end',
        '/api/circles',
        '/api/circles/{circleId}',
        '/api/circles/{circleId}/members',
        '/api/circles/{circleId}/members/{memberId}',
        '/api/circles/{circleId}/stewards',
        '/api/circles/{circleId}/stewards/{memberId}',
        '/api/constituencies',
        '/api/constituencies/{constituencyId}/rights',
        '/api/proposals',
        '/api/proposals/{proposalId}',
        '/api/proposals/{proposalId}/amendments',
        '/api/proposals/{proposalId}/withdrawal',
        '/api/proposals/{proposalId}/ballot',
        '/api/proposals/{proposalId}/outcome',
        '/api/proposals/{proposalId}/comments',
        '/api/proposals/{proposalId}/comments/{commentId}',
        '/api/proposals/{proposalId}/comments/{commentId}/reactions/{reaction}',
        '/api/notifications',
        '/api/notifications/read',
        '/api/notifications/settings',
        '/api/notifications/unsubscribe/{token}',
        '/api/notifications/deliveries',
        '/api/webhooks',
        '/api/webhooks/{webhookId}',
        '/api/governance/parameters',
        '/api/delegations',
        '/api/contributions',
        '/api/contributions/{contributionId}',
        '/api/contributions/{contributionId}/edits',
        '/api/contributions/{contributionId}/acknowledgements',
        '/api/contributions/{contributionId}/disputes',
        '/api/contributions/{contributionId}/dispute',
        '/api/contributions/{contributionId}/resolution',
        '/api/rates',
        '/api/value-settings',
        '/api/value-settings/stage-multipliers',
        '/api/value-settings/validation-rules',
        '/api/value-settings/duty-rules',
        '/api/value-settings/casual-rule',
        '/api/value-settings/care-release',
        '/api/balances',
        '/api/duties',
        '/api/care-indicators',
        '/api/commons',
        '/api/commons.atom',
        '/api/projects',
        '/api/projects/{projectId}',
        '/api/interchange/contributions',
        '/api/dashboard',
        '/api/cat/parameters',
        '/api/income',
        '/api/expenses',
        '/api/books',
        '/api/distribution/preview',
        '/api/distribution/runs',
        '/api/distribution/runs/{runId}',
        '/api/distribution/whatif',
        '/api/distribution/flows',
        '/api/payouts',
        '/api/payouts.csv',
        '/api/commons/federated',
        '/api/commons/{resourceId}',
        '/api/commons/{resourceId}/withdrawal',
        '/api/economy',
        '/api/transfers',
        '/api/transfers/{transferId}',
        '/api/transfers/{transferId}/accept',
        '/api/transfers/{transferId}/cancel',
        '/api/credit-lines',
        '/api/credit-transfers',
        '/api/activity',
        '/api/search',
      ].sort(),
    );
  });

  it('describes every operation for an outsider, with its problems', () => {
    for (const [path, item] of Object.entries<
      Record<
        string,
        { summary?: string; description?: string; responses: Record<string, { content?: object }> }
      >
    >(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        expect(operation.summary, `${method} ${path}`).toBeTruthy();
        expect(operation.description, `${method} ${path}`).toBeTruthy();
        expect(operation.responses['500']?.content, `${method} ${path}`).toHaveProperty([
          'application/problem+json',
        ]);
      }
    }
    expect(doc.components.schemas.Problem.properties).toHaveProperty('errors');
  });

  it('keeps named schemas intact where a field may be null', () => {
    expect(doc.components.schemas.Checkpoint.type).toBe('object');
    expect(doc.components.schemas.InclusionProof.properties.checkpoint.anyOf).toEqual([
      { $ref: '#/components/schemas/Checkpoint' },
      { type: 'null' },
    ]);
  });

  it('documents parameters as integers with their bounds', () => {
    const parameters = doc.paths['/api/ledger/events'].get.parameters;
    expect(parameters).toContainEqual(
      expect.objectContaining({
        name: 'limit',
        in: 'query',
        required: false,
        schema: expect.objectContaining({ type: 'integer', minimum: 1, maximum: 500 }),
      }),
    );
    expect(doc.paths['/api/ledger/events/{seq}'].get.parameters).toContainEqual(
      expect.objectContaining({ name: 'seq', in: 'path', required: true }),
    );
  });

  it('documents the read-your-writes headers of a node with a replica', () => {
    expect(doc.components.parameters.DiscoMinSeq).toMatchObject({
      name: 'Disco-Min-Seq',
      in: 'header',
      schema: { type: 'string', pattern: '^\\d{1,15}$' },
    });
    expect(doc.components.headers['Disco-Seq'].description).toContain('seq of the last one');
    expect(doc.components.headers['Disco-Read-From'].schema.enum).toEqual(['replica', 'primary']);
    expect(doc.info.description).toContain('Disco-Min-Seq');
  });
});
