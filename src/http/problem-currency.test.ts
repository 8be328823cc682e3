import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, refusal } from '../app/errors.js';
import { baseCurrency } from '../app/distribution/finance-facts.js';
import { json, openTestCommunity, type TestCommunity } from './test-community.js';
import { namesMoney, problem } from './problem.js';

/*
 * A problem whose parameters hold money (minor units) carries the DisCO's currency, so every face
 * shows the amounts as money without guessing; other problems do not.
 */
describe('the currency beside a problem that names money', () => {
  let community: TestCommunity;
  beforeAll(async () => {
    community = await openTestCommunity();
    // A route that refuses as a use case would, so the app's one error handler answers it.
    community.app.get('/api/test-refusals/credit', () => {
      throw new AppError(
        422,
        'refused',
        refusal('refusal.credit-line-over-limit', {
          peer: 'disco@b.example',
          limitAmount: '100000',
          balanceAmount: '-90000',
          roomAmount: '10000',
        }),
        undefined,
        [
          {
            field: 'amount',
            message: 'is beyond the credit line',
            code: 'field.beyond-credit-line',
            params: { peer: 'disco@b.example', limitAmount: '100000', roomAmount: '10000' },
          },
        ],
      );
    });
    community.app.get('/api/test-refusals/event', () => {
      throw new AppError(404, 'not-found', refusal('refusal.no-such-event', { seq: 9 }));
    });
  });
  afterAll(() => community.close());

  it('adds the base currency to a refusal with amounts', async () => {
    const res = await community.app.request('/api/test-refusals/credit');
    expect(res.status).toBe(422);
    const body = await json(res);
    expect(body).toMatchObject({
      code: 'refusal.credit-line-over-limit',
      params: { limitAmount: '100000' },
      currency: await baseCurrency(community.ctx),
    });
    expect(body.currency).toMatch(/^[A-Z]{3}$/);
  });

  it('leaves it out of a refusal without amounts', async () => {
    const res = await community.app.request('/api/test-refusals/event');
    expect(res.status).toBe(404);
    expect(await json(res)).not.toHaveProperty('currency');
  });

  it('finds money in the detail, the hint, a field or a nested message, and only there', () => {
    const over = refusal('refusal.credit-line-over-limit', {
      peer: 'p',
      limitAmount: '1',
      balanceAmount: '0',
      roomAmount: '1',
    });
    expect(namesMoney(problem(422, 'refused', 'x', { said: over }))).toBe(true);
    expect(
      namesMoney(
        problem(422, 'refused', 'x', {
          said: refusal('refusal.store-conflict', { reason: over }),
        }),
      ),
    ).toBe(true);
    expect(
      namesMoney(
        problem(400, 'invalid-input', 'x', {
          errors: [{ field: 'a', message: 'm', code: 'c', params: { roomAmount: '5' } }],
        }),
      ),
    ).toBe(true);
    expect(
      namesMoney(
        problem(404, 'not-found', 'x', { said: refusal('refusal.no-such-event', { seq: 9 }) }),
      ),
    ).toBe(false);
    // A parameter named like money that holds no minor units is not money.
    expect(
      namesMoney(
        problem(400, 'invalid-input', 'x', {
          errors: [{ field: 'a', message: 'm', code: 'c', params: { amount: 'abc' } }],
        }),
      ),
    ).toBe(false);
  });
});
