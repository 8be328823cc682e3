// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatParameters } from '../api/types';
import { localToday } from '../format';
import { fakeServer, renderDeck, type SentRequest } from '../test-render';
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

  const editDocument = async (user: ReturnType<typeof renderDeck>['user'], text: string) => {
    const document = screen.getByLabelText('Parameter document (JSON)');
    await user.clear(document);
    await user.click(document);
    await user.paste(text);
    return document;
  };

  it('starts from the document in force, sends the edited one and shows the difference per member', async () => {
    const { user } = renderDeck(<WhatIfEditor currency="EUR" missingHint="missing" />);
    const document = screen.getByLabelText<HTMLTextAreaElement>('Parameter document (JSON)');
    await expect.poll(() => JSON.parse(document.value) as unknown).toEqual(IN_FORCE);
    await editDocument(user, JSON.stringify(HALF_FOR_CARE));
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
  });

  it('proposes the edited document by keyboard, shows the node’s field errors beside their fields, and lands on the new proposal', async () => {
    const { user } = renderDeck(<WhatIfEditor currency="EUR" missingHint="missing" />, {
      path: '/distribution',
    });
    const document = screen.getByLabelText<HTMLTextAreaElement>('Parameter document (JSON)');
    await expect.poll(() => document.value).toContain('value-equation@1');
    const tooMuch = {
      ...HALF_FOR_CARE,
      buckets: [{ name: 'commons', of: 'total', percent: 12_000 }],
    };
    await editDocument(user, JSON.stringify(tooMuch, null, 2));

    // From the document: Tab past "Run what-if" to "Propose this change", Enter opens the form.
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Propose this change' })).toBe(
      globalThis.document.activeElement,
    );
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: 'Propose this change' });
    const effectiveFrom = within(form).getByLabelText<HTMLInputElement>('In force from');
    expect(effectiveFrom.value).toBe(firstOfNextMonth(localToday()));
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
            message: 'must not exceed 100% (10000 basis points)',
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
    expect(document.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(document)).toBe(
      'buckets[0].percent: must not exceed 100% (10000 basis points)',
    );
    expect(effectiveFrom.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(effectiveFrom)).toContain('overlaps an earlier parameter version');

    // The member fixes both; editing the document clears what was said about the old text.
    const fixed = { ...tooMuch, buckets: [{ name: 'commons', of: 'total', percent: 1200 }] };
    await editDocument(user, JSON.stringify(fixed));
    expect(document.getAttribute('aria-invalid')).toBeNull();
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

  it('keeps a document that is not JSON in the browser, saying why beside it and moving focus there', async () => {
    const { user } = renderDeck(<WhatIfEditor currency={undefined} missingHint="missing" />, {
      state: { propose: true },
    });
    const document = screen.getByLabelText<HTMLTextAreaElement>('Parameter document (JSON)');
    await expect.poll(() => document.value).toContain('value-equation@1');
    await editDocument(user, '{ "algorithm": "value-equation@1", ');
    await user.type(screen.getByLabelText('Title'), 'Broken');
    await user.click(screen.getByRole('button', { name: 'Open the proposal' }));
    expect(descriptionOf(document)).toMatch(/^This is not a valid parameter document: /);
    expect(globalThis.document.activeElement).toBe(document);
    await editDocument(user, '[1, 2]');
    await user.click(screen.getByRole('button', { name: 'Open the proposal' }));
    expect(descriptionOf(document)).toBe('The document must be a JSON object.');
    expect(posted(server.sent, '/api/proposals')).toEqual([]);
  });

  it('opens with the proposal form and the document focused when Settings asks for a change, in Spanish too', async () => {
    renderDeck(<WhatIfEditor currency="EUR" missingHint="falta" />, {
      state: { propose: true },
      language: 'es',
    });
    const document = screen.getByLabelText('Documento de parámetros (JSON)');
    expect(globalThis.document.activeElement).toBe(document);
    expect(
      screen.getByRole('button', { name: 'Proponer este cambio' }).getAttribute('aria-expanded'),
    ).toBe('true');
    expect(screen.getByRole('form', { name: 'Proponer este cambio' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('Se decide por').value).toBe('consent');
  });
});
