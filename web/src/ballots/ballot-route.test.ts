import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asBearer,
  json,
  jsonBody,
  openTestCommunity,
  type TestCommunity,
} from '../../../src/http/test-community.js';
import { initialState } from './ballot-state.js';
import { buildChoice } from './build-choice.js';
import { readSettings } from './settings.js';
import { settingsArb, stateArb } from './test-arbitraries.js';
import { METHODS, type ProposalDetail } from './types.js';

const DAY = 24 * 3_600_000;

describe('ballots the form builds, cast through the real ballot route', () => {
  let community: TestCommunity;
  beforeAll(async () => {
    community = await openTestCommunity();
  });
  afterAll(() => community.close());

  const call = (method: string, path: string, body?: unknown) =>
    community.app.request(
      path,
      asBearer(community.people.founder, body === undefined ? { method } : jsonBody(method, body)),
    );

  for (const method of METHODS) {
    it(`${method}: every ballot the form lets through is recorded as sent, and reads back into the form`, async () => {
      const [given] = fc.sample(settingsArb(method), {
        numRuns: 1,
        seed: METHODS.indexOf(method) + 1,
      });
      const opened = await call('POST', '/api/proposals', {
        title: `A ${method} proposal`,
        body: 'Test.',
        method,
        settings: given,
        deadline: new Date(community.ctx.clock().getTime() + DAY).toISOString(),
      });
      expect(opened.status).toBe(201);
      const { proposalId } = await json(opened);
      const detail = (await json(
        await call('GET', `/api/proposals/${proposalId}`),
      )) as ProposalDetail;
      const settings = readSettings(detail.method, detail.settings);

      const states = fc.sample(stateArb(method, settings.options), { numRuns: 40, seed: 7 });
      let cast = 0;
      for (const state of states) {
        const built = buildChoice(state, settings);
        if (!built.ok) continue;
        const res = await call('PUT', `/api/proposals/${proposalId}/ballot`, built.body);
        expect({ status: res.status, body: res.status === 200 ? null : await json(res) }).toEqual({
          status: 200,
          body: null,
        });
        const after = (await json(
          await call('GET', `/api/proposals/${proposalId}`),
        )) as ProposalDetail;
        const mine = after.ballots.find((b) => b.voterId === community.people.founder.memberId)!;
        expect(mine.ballot).toMatchObject(built.body.ballot);
        expect(buildChoice(initialState(method, settings, mine.ballot), settings)).toEqual(built);
        cast += 1;
      }
      expect(cast).toBeGreaterThan(0);
    });
  }
});
