// Placeholder of contract D (deck-parts helper), so the Deck compiles and a ranked ballot can be
// cast before the full BallotForm (every method, drag and keyboard ranking) is merged over it.
// It ranks the same way the full form does: "Rank X" moves an option into the ranking.
import { useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalDetail } from './types';

export function BallotForm(props: { proposal: ProposalDetail; onSubmit: (choice: unknown) => Promise<void>; disabled?: boolean }): JSX.Element {
  const { t } = useTranslation('ballots');
  const options = Array.isArray(props.proposal.settings['options']) ? (props.proposal.settings['options'] as string[]) : [];
  const [ranking, setRanking] = useState<string[]>([]);
  if (props.proposal.method !== 'irv' && props.proposal.method !== 'schulze') return <p>{t('unsupported')}</p>;
  const moveUp = (i: number) => setRanking((r) => [...r.slice(0, i - 1), r[i]!, r[i - 1]!, ...r.slice(i + 1)]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void props.onSubmit({ ballot: { ranking } });
  };
  return (
    <form onSubmit={submit}>
      <ol aria-label={t('ranking')}>
        {ranking.map((option, i) => (
          <li key={option}>
            {option}{' '}
            {i > 0 && (
              <button type="button" onClick={() => moveUp(i)} aria-label={t('moveUp', { option })}>
                ↑
              </button>
            )}
          </li>
        ))}
      </ol>
      <ul aria-label={t('unranked')}>
        {options
          .filter((o) => !ranking.includes(o))
          .map((option) => (
            <li key={option}>
              <button type="button" onClick={() => setRanking((r) => [...r, option])}>
                {t('rank', { option })}
              </button>
            </li>
          ))}
      </ul>
      <button type="submit" disabled={props.disabled || ranking.length === 0}>
        {t('submit')}
      </button>
    </form>
  );
}
