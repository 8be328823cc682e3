// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useAddressFilters } from './address-filters';

/** Two filters chosen in one go, before the page can render again, and single changes. */
function Filters() {
  const [params, choose] = useAddressFilters();
  const location = useLocation();
  return (
    <>
      <button
        onClick={() => {
          choose('kind', 'work');
          choose('member', 'm-ben');
        }}
      >
        Ben’s work
      </button>
      <button onClick={() => choose('member', '')}>Anyone</button>
      <button onClick={() => choose('circle', 'c-care')}>Care circle</button>
      <p data-testid="address" data-kind={params.get('kind') ?? ''}>
        {location.search}
      </p>
    </>
  );
}

const at = (search: string) =>
  render(
    <MemoryRouter initialEntries={[`/activity${search}`]}>
      <Filters />
    </MemoryRouter>,
  );

describe('useAddressFilters', () => {
  afterEach(cleanup);

  it('keeps both of two filters chosen before the page renders again', () => {
    const { getByTestId, getByRole } = at('?kind=decisions');
    fireEvent.click(getByRole('button', { name: 'Ben’s work' }));
    expect(getByTestId('address').textContent).toBe('?kind=work&member=m-ben');
    expect(getByTestId('address').dataset['kind']).toBe('work');
  });

  it('clears a filter chosen empty, and starts each later change from the address reached', () => {
    const { getByTestId, getByRole } = at('?kind=work&member=m-ben');
    fireEvent.click(getByRole('button', { name: 'Anyone' }));
    expect(getByTestId('address').textContent).toBe('?kind=work');
    fireEvent.click(getByRole('button', { name: 'Care circle' }));
    expect(getByTestId('address').textContent).toBe('?kind=work&circle=c-care');
    fireEvent.click(getByRole('button', { name: 'Ben’s work' }));
    expect(getByTestId('address').textContent).toBe('?kind=work&circle=c-care&member=m-ben');
  });
});
