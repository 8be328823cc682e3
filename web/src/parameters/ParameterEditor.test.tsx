// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CAT_PARAMETERS } from '../../../src/core/distribution/sample-parameters.js';
import {
  asBearer,
  json,
  jsonBody,
  openTestCommunity,
  type TestCommunity,
} from '../../../src/http/test-community.js';
import { renderDeck } from '../test-render';
import { WhatIfEditor } from '../what-if/WhatIfEditor';
import { messages } from './messages';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value)
    .flatMap(([k, v]) =>
      typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
    )
    .sort();
}

/** The text of the elements a control names in `aria-describedby`. */
function descriptionOf(element: Element): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('the parameter form against a real node', () => {
  let community: TestCommunity;
  let inForce: Record<string, unknown>;
  const whatIfs: unknown[] = [];
  const original = globalThis.fetch;

  beforeAll(async () => {
    community = await openTestCommunity();
    const founder = community.people.founder;
    const set = await community.app.request(
      '/api/cat/parameters',
      asBearer(founder, jsonBody('POST', SAMPLE_CAT_PARAMETERS)),
    );
    expect(set.status).toBeLessThan(300);
    inForce = (await json(await community.app.request('/api/cat/parameters', asBearer(founder))))
      .current.document as Record<string, unknown>;
    // The typed client's requests reach the real routes, as the founder.
    globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request =
        input instanceof Request ? input : new Request(new URL(String(input), location.href), init);
      const url = new URL(request.url);
      const body = request.method === 'GET' ? undefined : await request.text();
      if (url.pathname === '/api/distribution/whatif') whatIfs.push(JSON.parse(body!));
      return community.app.request(
        url.pathname + url.search,
        asBearer(founder, {
          method: request.method,
          headers: { 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body }),
        }),
      );
    };
  });
  afterEach(() => {
    cleanup();
    whatIfs.length = 0;
  });
  afterAll(async () => {
    globalThis.fetch = original;
    await community.close();
  });

  it('has every message in English and Spanish', () => {
    expect(keys(messages.es)).toEqual(keys(messages.en));
  });

  it('sends the document in force, untouched through the form, back to the node deep-equal', async () => {
    const { user } = renderDeck(<WhatIfEditor currency="EUR" missingHint="missing" />);
    await screen.findByRole('group', { name: 'Bucket 1' });
    expect(screen.getByText('Nothing changes from the version in force.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Run what-if' }));
    await expect.poll(() => whatIfs.length).toBe(1);
    expect(whatIfs[0]).toEqual({ parameters: inForce });
    expect(inForce).toEqual(SAMPLE_CAT_PARAMETERS);
    await expect.poll(() => screen.getByRole('status').textContent).toMatch(/what-if is shown/);
  });

  it('gives a pot’s share to thanks received, says so in words, and runs it as a what-if, in Spanish', async () => {
    const { user } = renderDeck(<WhatIfEditor currency="EUR" missingHint="falta" />, {
      language: 'es',
    });
    await screen.findByRole('group', { name: 'Fondo 1' });
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Repartir parte de una bolsa según los agradecimientos que cada persona recibió en el periodo',
      }),
    );
    await user.selectOptions(screen.getByLabelText('De la bolsa'), 'love+care');
    await user.type(screen.getByLabelText('Porcentaje de la bolsa'), '20');
    expect(document.body.textContent).toMatch(
      /20\s?% de la bolsa love\+care se reparte según los agradecimientos/,
    );
    await user.click(screen.getByRole('button', { name: 'Simular' }));
    await expect.poll(() => whatIfs.length).toBe(1);
    expect(
      (whatIfs[0] as { parameters: { appreciation: unknown } }).parameters.appreciation,
    ).toEqual({ pot: 'love+care', percent: 2000 });
    await expect.poll(() => screen.getByRole('status').textContent).toMatch(/simulación/i);
  });

  it('counts mutual credit as income, says so in words, and runs it as a what-if, in Spanish', async () => {
    const { user } = renderDeck(<WhatIfEditor currency="EUR" missingHint="falta" />, {
      language: 'es',
    });
    await screen.findByRole('group', { name: 'Fondo 1' });
    expect(document.body.textContent).not.toMatch(
      /crédito mutuo recibido de DisCOs federadas desde/,
    );
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Contar como ingreso del reparto el crédito mutuo recibido de DisCOs federadas',
      }),
    );
    expect(document.body.textContent).toMatch(
      /crédito mutuo recibido de DisCOs federadas desde el último reparto se reparte como ingreso/,
    );
    expect(document.body.textContent).toMatch(/Crédito mutuo contado como ingreso/);
    const before = whatIfs.length;
    await user.click(screen.getByRole('button', { name: 'Simular' }));
    await expect.poll(() => whatIfs.length).toBe(before + 1);
    expect(
      (whatIfs[before] as { parameters: { mutualCreditIncome: unknown } }).parameters
        .mutualCreditIncome,
    ).toBe(true);
    await expect.poll(() => screen.getByRole('status').textContent).toMatch(/simulación/i);
  });

  it('puts the node’s refusal beside the field it names, in Spanish too', async () => {
    const { user } = renderDeck(<WhatIfEditor currency="EUR" missingHint="falta" />, {
      language: 'es',
    });
    const second = await screen.findByRole('group', { name: 'Fondo 2' });
    // Each bucket alone is a valid percentage; only the node sees that 95% of the total is more than the 90% left.
    await user.selectOptions(within(second).getByLabelText('Se toma de'), 'total');
    const percent = within(second).getByLabelText<HTMLInputElement>('Porcentaje (%)');
    await user.clear(percent);
    await user.type(percent, '95');
    await user.click(screen.getByRole('button', { name: 'Simular' }));
    await expect.poll(() => percent.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(percent)).toMatch(/95%.*90%/);
    // Focus moves on the next animation frame, after the refusal has been drawn.
    await expect.poll(() => document.activeElement).toBe(percent);
  });
});
