// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatParameters } from '../api/types';
import { localToday } from '../format';
import { fakeServer, renderDeck, type SentRequest } from '../test-render';
import { showDate } from '../words/DateInput';
import { firstOfNextMonth } from './parameter-proposal';
import { WhatIfEditor } from './WhatIfEditor';

const IN_FORCE = {
  algorithm: 'value-equation@1',
  version: 'first',
  effectiveFrom: '2020-01-01',
  buckets: [{ name: 'commons', of: 'total', percent: 1000 }],
  streamSplit: [
    { name: 'livelihood', streams: ['livelihood'], share: 7500 },
    { name: 'love+care', streams: ['love', 'care'], share: 2500 },
  ],
  retainedBucket: 'commons',
};
const PARAMETERS: CatParameters = {
  current: {
    version: 1,
    algorithm: 'value-equation@1',
    effectiveFrom: '2020-01-01',
    effectiveTo: null,
    document: IN_FORCE,
    decidedBy: { kind: 'founder' },
    seq: 7,
  },
  history: [],
};
const HALF_FOR_CARE = {
  ...IN_FORCE,
  streamSplit: [
    { ...IN_FORCE.streamSplit[0], share: 5000 },
    { ...IN_FORCE.streamSplit[1], share: 5000 },
  ],
};

/** The text of the elements a control names in `aria-describedby`: what a screen reader reads after its label. */
function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

const posted = (sent: SentRequest[], path: string) =>
  sent.filter((r) => r.method === 'POST' && r.path === path);

describe('the what-if editor and its proposal', () => {
  let server: ReturnType<typeof fakeServer>;
  let proposalAnswers: Array<{ status: number; body: unknown }>;
  beforeEach(() => {
    proposalAnswers = [];
    server = fakeServer({
      'GET /api/cat/parameters': () => ({ body: PARAMETERS }),
      'POST /api/distribution/whatif': () => ({
        body: {
          periods: [
            {
              period: '2026-03',
              members: [
                {
                  memberId: 'm-ana',
                  name: 'Ana',
                  current: '3000',
                  candidate: '2000',
                  delta: '-1000',
                },
                {
                  memberId: 'm-ben',
                  name: 'Ben',
                  current: '1000',
                  candidate: '2000',
                  delta: '1000',
                },
              ],
              totals: { current: '4000', candidate: '4000' },
            },
          ],
        },
      }),
      'POST /api/proposals': () =>
        proposalAnswers.shift() ?? {
          status: 500,
          body: {
            type: 'about:blank',
            title: 'Unexpected',
            status: 500,
            detail: 'No answer was prepared.',
          },
        },
    });
  });
  afterEach(() => {
    cleanup();
    server.restore();
  });

  /** Types `value` into the labelled field inside the group (a bucket or pot row) named `group`. */
  const typeIn = async (
    user: ReturnType<typeof renderDeck>['user'],
    group: string,
    label: string,
    value: string,
  ) => {
    const field = within(screen.getByRole('group', { name: group })).getByLabelText(label);
    await user.clear(field);
    await user.type(field, value);
    return field as HTMLInputElement;
  };

  it('starts from the document in force as percentages, sends the edited one and shows the difference per member', async () => {
    const { user } = renderDeck(<WhatIfEditor currency="EUR" missingHint="missing" />);
    const livelihood = await screen.findByRole('group', { name: 'Pot 1' });
    expect(within(livelihood).getByLabelText<HTMLInputElement>('Share (percent)').value).toBe('75');
    await typeIn(user, 'Pot 1', 'Share (percent)', '50');
    // Half-way the shares do not add up: said beside the pots, and nothing is sent.
    await typeIn(user, 'Pot 2', 'Share (percent)', '5');
    expect(
      screen.getByText('The shares add up to 55%; they must add up to exactly 100%.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Run what-if' }));
    expect(posted(server.sent, '/api/distribution/whatif')).toEqual([]);
    await typeIn(user, 'Pot 2', 'Share (percent)', '50');
    const changes = within(
      screen.getByRole('region', { name: 'What changes from the version in force' }),
    ).getAllByRole('listitem');
    expect(changes.map((li) => li.textContent)).toEqual([
      'Pot "livelihood": share: 75% → 50%',
      'Pot "love+care": share: 25% → 50%',
    ]);
    expect(screen.getByRole('region', { name: 'In words' }).querySelector('p')?.textContent).toBe(
      '10% of the income to commons, then 50% of the rest to livelihood claims, 50% to love and care claims.',
    );
    await user.click(screen.getByRole('button', { name: 'Run what-if' }));
    const table = await screen.findByRole('table', {
      name: 'What each member would get in 2026-03',
    });
    expect(posted(server.sent, '/api/distribution/whatif').map((r) => r.body)).toEqual([
      { parameters: HALF_FOR_CARE },
    ]);
    const ben = within(table).getByRole('row', { name: /Ben/ });
    expect(
      within(ben)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['€10.00', '€20.00', '+€10.00']);
    expect(within(table).getByRole('row', { name: /Ana/ }).lastElementChild?.className).toContain(
      'down',
    );
    expect(screen.getByRole('status').textContent).toBe(
      'The what-if is shown below, for one period.',
    );
  });

  it('proposes the edited document by keyboard, shows the node’s field errors beside their fields, and lands on the new proposal', async () => {
    const { user } = renderDeck(<WhatIfEditor currency="EUR" missingHint="missing" />, {
      path: '/distribution',
    });
    await screen.findByRole('group', { name: 'Pot 1' });
    await typeIn(user, 'Pot 1', 'Share (percent)', '50');
    await typeIn(user, 'Pot 2', 'Share (percent)', '50');
    const percent = await typeIn(user, 'Bucket 1', 'Percent (%)', '100');
    const tooMuch = {
      ...HALF_FOR_CARE,
      buckets: [{ name: 'commons', of: 'total', percent: 10_000 }],
    };

    screen.getByRole('button', { name: 'Propose this change' }).focus();
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: 'Propose this change' });
    const effectiveFrom = within(form).getByLabelText<HTMLInputElement>(/^In force from/);
    // Shown in the reader's format; the body below carries the form the server reads.
    expect(effectiveFrom.value).toBe(showDate(firstOfNextMonth(localToday()), 'en'));
    await user.type(within(form).getByLabelText('Title'), 'Half for love and care');
    await user.type(within(form).getByLabelText('Summary'), 'Care work is underpaid.');

    proposalAnswers.push({
      status: 422,
      body: {
        type: 'https://disco.coop/problems/refused',
        title: 'Refused',
        status: 422,
        detail: 'This CAT parameter document could not be put in force.',
        hint: 'Fix the fields named and send the whole document again.',
        errors: [
          {
            field: 'body.change.parameters.buckets[0].percent',
            message: 'takes 100% of the total, leaving nothing',
          },
          {
            field: 'body.change.parameters.effectiveFrom',
            message: 'overlaps an earlier parameter version',
          },
        ],
      },
    });
    await user.click(within(form).getByRole('button', { name: 'Open the proposal' }));
    await within(form).findByText('This CAT parameter document could not be put in force.');
    expect(within(form).getByRole('alert').textContent).toContain(
      'Fix the fields named and send the whole document again.',
    );
    // The node's problem with the document lands beside the bucket's percentage, in the form.
    expect(percent.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(percent)).toBe('takes 100% of the total, leaving nothing');
    expect(effectiveFrom.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(effectiveFrom)).toContain('overlaps an earlier parameter version');

    // The member fixes both; editing the form clears what was said about the old document.
    await typeIn(user, 'Bucket 1', 'Percent (%)', '12');
    expect(percent.getAttribute('aria-invalid')).toBeNull();
    const fixed = { ...HALF_FOR_CARE, buckets: [{ name: 'commons', of: 'total', percent: 1200 }] };
    await user.clear(effectiveFrom);
    await user.type(effectiveFrom, '2031-01-01');
    proposalAnswers.push({ status: 201, body: { proposalId: 'p-42', recorded: [] } });
    await user.click(within(form).getByRole('button', { name: 'Open the proposal' }));
    expect((await screen.findByTestId('location')).textContent).toBe('/proposals/p-42');

    const [refused, opened] = posted(server.sent, '/api/proposals');
    expect(refused!.body).toMatchObject({
      change: { parameters: { ...tooMuch, effectiveFrom: firstOfNextMonth(localToday()) } },
    });
    expect(opened!.body).toEqual({
      title: 'Half for love and care',
      body: 'Care work is underpaid.',
      method: 'consent',
      deadline: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/),
      change: {
        kind: 'cat-parameter-change',
        parameters: { ...fixed, effectiveFrom: '2031-01-01' },
      },
    });
    // Voting ends a week from now by default, in the future as the node requires.
    const inDays =
      (Date.parse((opened!.body as { deadline: string }).deadline) - Date.now()) / 86_400_000;
    expect(inDays).toBeGreaterThan(6.9);
    expect(inDays).toBeLessThanOrEqual(7);
    expect(opened!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f]{32}$/);
    expect(opened!.headers.get('Idempotency-Key')).not.toBe(
      refused!.headers.get('Idempotency-Key'),
    );
  });

  it('keeps a form with problems in the browser, saying why beside the field and moving focus there', async () => {
    const { user } = renderDeck(<WhatIfEditor currency={undefined} missingHint="missing" />, {
      state: { propose: true },
    });
    await screen.findByRole('group', { name: 'Bucket 1' });
    const percent = await typeIn(user, 'Bucket 1', 'Percent (%)', '12.345');
    await user.type(screen.getByLabelText('Title'), 'Broken');
    await user.click(screen.getByRole('button', { name: 'Open the proposal' }));
    expect(descriptionOf(percent)).toBe(
      'Give a percentage from 0 to 100 with at most two decimals, such as 12.5.',
    );
    expect(globalThis.document.activeElement).toBe(percent);
    expect(posted(server.sent, '/api/proposals')).toEqual([]);
  });

  it('applies an edited JSON document to the form, and says why when it is not JSON', async () => {
    const { user } = renderDeck(<WhatIfEditor currency="EUR" missingHint="missing" />);
    await screen.findByRole('group', { name: 'Bucket 1' });
    await user.click(screen.getByText('Advanced: the document as JSON'));
    const json = screen.getByLabelText<HTMLTextAreaElement>('Parameter document (JSON)');
    expect(JSON.parse(json.value)).toEqual(IN_FORCE);
    await user.clear(json);
    await user.click(json);
    await user.paste('{ "algorithm": ');
    await user.click(screen.getByRole('button', { name: 'Apply the JSON to the form' }));
    expect(descriptionOf(json)).toMatch(/This is not a parameter document: /);
    await user.clear(json);
    await user.click(json);
    await user.paste(JSON.stringify(HALF_FOR_CARE));
    await user.click(screen.getByRole('button', { name: 'Apply the JSON to the form' }));
    const pot = screen.getByRole('group', { name: 'Pot 1' });
    expect(within(pot).getByLabelText<HTMLInputElement>('Share (percent)').value).toBe('50');
  });

  it('opens with the proposal form and the parameter form focused when Settings asks for a change, in Spanish too', async () => {
    renderDeck(<WhatIfEditor currency="EUR" missingHint="falta" />, {
      state: { propose: true },
      language: 'es',
    });
    const from = await screen.findByLabelText('En vigor desde', { selector: 'input' });
    await expect.poll(() => globalThis.document.activeElement).toBe(from);
    expect(
      screen.getByRole('button', { name: 'Proponer este cambio' }).getAttribute('aria-expanded'),
    ).toBe('true');
    expect(screen.getByRole('form', { name: 'Proponer este cambio' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('Se decide por').value).toBe('consent');
  });
});
