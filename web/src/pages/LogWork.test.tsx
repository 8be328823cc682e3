// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localToday } from '../format';
import { fakeServer, renderDeck, SESSION_CSRF, testMember } from '../test-render';
import { LogWork } from './LogWork';

const ANA = testMember();
const rate = (stream: string, taskKind: string, per: string) => ({
  stream,
  taskKind,
  per,
  amount: '2000',
  effectiveFrom: '2020-01-01',
});

describe('logging work', () => {
  let server: ReturnType<typeof fakeServer>;
  let answer: { status: number; body: unknown };
  beforeEach(() => {
    answer = { status: 201, body: { contributionId: 'c-1', recorded: [] } };
    server = fakeServer({
      'GET /api/rates': () => ({
        body: {
          items: [
            rate('care', 'meeting', 'hour'),
            rate('care', 'cooking', 'hour'),
            rate('love', 'translation', 'word'),
          ],
        },
      }),
      'GET /api/circles': () => ({
        body: {
          items: [
            { circleId: 'c-care', slug: 'care', name: 'Care circle' },
            { circleId: 'c-love', slug: 'love', name: 'Love circle' },
            { circleId: 'c-web', slug: 'web', name: 'Web' },
          ],
        },
      }),
      'GET /api/contributions': () => ({ body: { items: [], next: null } }),
      'GET /api/members': () => ({ body: { items: [], nextCursor: null } }),
      'POST /api/contributions': () => answer,
    });
  });
  afterEach(() => {
    cleanup();
    server.restore();
  });

  const form = () => screen.getByRole('form', { name: 'What did you do?' });
  const posts = () =>
    server.sent.filter((r) => r.method === 'POST' && r.path === '/api/contributions');

  it('posts the chosen task, the quantity with a comma read as a decimal point, today, the stream’s circle and the note', async () => {
    const { user } = renderDeck(<LogWork />, { member: ANA });
    const task = await within(form()).findByRole('option', { name: 'cooking (per hour)' });
    await user.selectOptions(within(form()).getByLabelText('Task'), task);
    await user.type(within(form()).getByLabelText('How much (hours)'), '1,5');
    await user.type(within(form()).getByLabelText('Note (optional)'), 'Soup for the retreat');
    await user.click(within(form()).getByRole('button', { name: 'Log it' }));
    // Said back in words, and the focus is on it: the button was disabled while sending.
    const result = await screen.findByText(
      'Logged. It counts once another member validates it. (1,5 hours · cooking)',
    );
    expect(result.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(result);
    expect(posts().map((r) => r.body)).toEqual([
      {
        stream: 'care',
        taskKind: 'cooking',
        unit: 'hour',
        quantity: '1.5',
        date: localToday(),
        description: 'Soup for the retreat',
        circle: 'c-care',
      },
    ]);
    expect(posts()[0]!.headers.get('X-CSRF-Token')).toBe(SESSION_CSRF);
    // Ready for the next entry, and my recent work is read again.
    expect(within(form()).getByLabelText<HTMLInputElement>('How much (hours)').value).toBe('');
    await expect
      .poll(
        () =>
          server.sent.filter((r) => r.path.startsWith('/api/contributions?member=m-ana')).length,
      )
      .toBe(2);
  });

  it('follows the stream chosen by keyboard: its tasks, their unit and its circle', async () => {
    const { user } = renderDeck(<LogWork />, { member: ANA });
    await within(form()).findByRole('option', { name: 'meeting (per hour)' });
    within(form()).getByRole('radio', { name: 'Care' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(within(form()).getByRole<HTMLInputElement>('radio', { name: 'Love' }).checked).toBe(
      true,
    );
    expect(within(form()).getByLabelText<HTMLSelectElement>('Task').value).toBe('translation|word');
    expect(within(form()).getByLabelText<HTMLSelectElement>('Circle').value).toBe('c-love');
    await user.type(within(form()).getByLabelText('How much (words)'), '1200');
    await user.keyboard('{Enter}');
    await screen.findByText(
      'Logged. It counts once another member validates it. (1200 words · translation)',
    );
    expect(posts().map((r) => r.body)).toEqual([
      {
        stream: 'love',
        taskKind: 'translation',
        unit: 'word',
        quantity: '1200',
        date: localToday(),
        description: '',
        circle: 'c-love',
      },
    ]);
  });

  it('sends nothing for a quantity that is not a number, and shows the node’s refusal with its fields', async () => {
    const { user } = renderDeck(<LogWork />, { member: ANA });
    await within(form()).findByRole('option', { name: 'meeting (per hour)' });
    const quantity = within(form()).getByLabelText<HTMLInputElement>('How much (hours)');
    await user.type(quantity, 'a lot');
    await user.click(within(form()).getByRole('button', { name: 'Log it' }));
    expect(quantity.validity.patternMismatch).toBe(true);
    expect(posts()).toEqual([]);

    answer = {
      status: 400,
      body: {
        type: 'about:blank',
        title: 'Invalid input',
        status: 400,
        detail: 'The contribution cannot be logged.',
        hint: 'Log work on the day it was done.',
        errors: [{ field: 'body.date', message: 'must not be after today' }],
      },
    };
    await user.clear(quantity);
    await user.type(quantity, '2');
    await user.click(within(form()).getByRole('button', { name: 'Log it' }));
    const alert = await within(form()).findByRole('alert');
    expect(alert.textContent).toContain('The contribution cannot be logged.');
    expect(alert.textContent).toContain('body.date: must not be after today');
    expect(alert.textContent).toContain('Log work on the day it was done.');
    expect(posts()).toHaveLength(1);
    expect(quantity.value).toBe('2');
  });
});
