// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { renderDeck } from '../test-render';
import { BallotForm } from './BallotForm';
import type { Method } from './types';
import { testProposal as proposal } from './test-proposal';

/*
 * The ballot form as a member uses it (clicks, keys, typing) and what it hands to `onSubmit`:
 * the body of `PUT /api/proposals/{id}/ballot`. Dragging needs layout, which happy-dom has not,
 * so rankings are made here with the buttons, by mouse and by keyboard.
 */

/** Renders the form with an `onSubmit` that keeps what it was given, and answers as `answer` says. */
function castWith(
  method: Method,
  settings: Record<string, unknown>,
  answer: () => Promise<void> = async () => {},
) {
  const submitted: unknown[] = [];
  const rendered = renderDeck(
    <BallotForm
      proposal={proposal(method, settings)}
      onSubmit={async (body) => {
        submitted.push(body);
        await answer();
      }}
    />,
  );
  const cast = () => rendered.user.click(screen.getByRole('button', { name: 'Cast my ballot' }));
  return { ...rendered, submitted, cast };
}

const problems = () => screen.getByRole('alert').textContent;
const focused = () => document.activeElement;

describe('BallotForm, as a member fills it in', () => {
  afterEach(cleanup);

  it('ranks with the buttons by mouse and keyboard, moving focus to the next option, and submits the order', async () => {
    const { user, submitted, cast } = castWith('irv', {
      options: ['Tuesday', 'Wednesday', 'Thursday'],
    });
    await cast();
    expect(problems()).toContain('Rank at least one option.');
    expect(submitted).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Rank Thursday' }));
    expect(focused()).toBe(screen.getByRole('button', { name: 'Rank Wednesday' }));
    await user.keyboard('{Enter}');
    expect(focused()).toBe(screen.getByRole('button', { name: 'Rank Tuesday' }));
    await user.keyboard(' ');
    // Tuesday was last to be ranked: focus moves to its drag handle, then Tab reaches its move buttons.
    expect(focused()).toBe(screen.getByRole('button', { name: 'Drag Tuesday to reorder' }));
    await user.tab();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Move Tuesday up' }));
    await user.keyboard('{Enter}');
    expect(screen.getByText('Tuesday is now number 2 of 3.')).toBeTruthy();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Move Tuesday up' }));
    const ranked = within(screen.getByRole('list', { name: 'Your ranking, best first' }));
    expect(ranked.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Thursday'),
      expect.stringContaining('Tuesday'),
      expect.stringContaining('Wednesday'),
    ]);

    await user.click(screen.getByRole('button', { name: 'Remove Wednesday from the ranking' }));
    expect(screen.getByRole('button', { name: 'Rank Wednesday' })).toBeTruthy();
    await cast();
    expect(submitted).toEqual([{ ballot: { ranking: ['Thursday', 'Tuesday'] } }]);
    await screen.findByText('Your ballot was cast.');
  });

  it('scores only the options switched on, within the range', async () => {
    const { user, submitted, cast } = castWith('score', {
      options: ['Library', 'Park'],
      min: 0,
      max: 5,
    });
    const park = screen.getByLabelText<HTMLInputElement>('Score for Park');
    expect(park.disabled).toBe(true);
    await cast();
    expect(problems()).toContain('Score at least one option.');
    await user.click(screen.getByLabelText('Score Park'));
    expect(park.disabled).toBe(false);
    expect(park.getAttribute('aria-valuetext')).toBe('0');
    fireEvent.change(park, { target: { value: '4' } });
    expect(park.getAttribute('aria-valuetext')).toBe('4');
    await cast();
    expect(submitted).toEqual([{ ballot: { scores: { Park: 4 } } }]);
  });

  it('spreads dots with the buttons and by typing, refusing more dots than the member has', async () => {
    const { user, submitted, cast } = castWith('dot-vote', {
      options: ['Library', 'Park', 'Café'],
      dots: 5,
    });
    for (let i = 0; i < 3; i++)
      await user.click(screen.getByRole('button', { name: 'One more dot on Library' }));
    expect(screen.getByText('2 of 5 dots left')).toBeTruthy();
    const park = screen.getByLabelText('Dots on Park');
    await user.type(park, '3');
    await cast();
    expect(problems()).toContain('Too many dots: you gave 6 and have 5.');
    expect(submitted).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'One dot fewer on Library' }));
    // Fixed: the problem goes as soon as the ballot is right.
    expect(problems()).not.toContain('Too many dots');
    await cast();
    expect(submitted).toEqual([{ ballot: { dots: { Library: 2, Park: 3 } } }]);
  });

  it('approves up to the most allowed', async () => {
    const { user, submitted, cast } = castWith('approval', {
      options: ['Library', 'Park', 'Café'],
      maxApprovals: 2,
    });
    expect(screen.getByText('You may approve at most 2.')).toBeTruthy();
    for (const option of ['Library', 'Park', 'Café'])
      await user.click(screen.getByLabelText(option));
    await cast();
    expect(problems()).toContain('You approved 3; at most 2 may be approved.');
    await user.click(screen.getByLabelText('Park'));
    await cast();
    expect(submitted).toEqual([{ ballot: { approvals: ['Library', 'Café'] } }]);
  });

  it('asks an objection for its reason before sending it', async () => {
    const { user, submitted, cast } = castWith('consent', {});
    expect(screen.queryByLabelText('Why do you object?')).toBeNull();
    await user.click(screen.getByLabelText('I object'));
    const reason = screen.getByLabelText<HTMLTextAreaElement>('Why do you object?');
    expect(reason.required).toBe(true);
    await cast();
    expect(problems()).toContain('An objection needs a reason.');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    await user.type(reason, '  It would cost the care budget  ');
    await cast();
    expect(submitted).toEqual([
      { ballot: { response: 'object', reason: 'It would cost the care budget' } },
    ]);
  });

  it('shows the node’s refusal and its fields, and lets the member try again', async () => {
    let refusals = 1;
    const { user, submitted, cast } = castWith('majority', {}, async () => {
      if (refusals-- > 0) {
        throw new ApiError(409, {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          detail: 'The proposal was amended while you voted.',
          errors: [{ field: 'body.ballot', message: 'cast on version 1' }],
        });
      }
    });
    await user.click(screen.getByLabelText('Yes'));
    await cast();
    await screen.findByText('The ballot was not cast: The proposal was amended while you voted.');
    expect(problems()).toContain('body.ballot: cast on version 1');
    await cast();
    await screen.findByText('Your ballot was cast.');
    expect(submitted).toEqual([{ ballot: { choice: 'yes' } }, { ballot: { choice: 'yes' } }]);
  });
});
