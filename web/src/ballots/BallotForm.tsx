// Placeholder of contract D (deck-parts helper), so the Deck compiles and a ranked ballot can be
// cast before the full BallotForm (every method, drag and keyboard ranking) is merged over it.
import { useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalDetail } from './types';

export function BallotForm(props: { proposal: ProposalDetail; onSubmit: (choice: unknown) => Promise<void>; disabled?: boolean }): JSX.Element {
  const { t } = useTranslation('ballots');
  const options = Array.isArray(props.proposal.settings['options']) ? (props.proposal.settings['options'] as string[]) : [];
  const [ranking, setRanking] = useState(options);
  if (props.proposal.method !== 'irv' && props.proposal.method !== 'schulze') return <p>{t('unsupported')}</p>;
  const move = (from: number, to: number) =>
    setRanking((current) => {
      const next = [...current];
      const [moved] = next.splice(from, 1);
      next.splice(to, 0, moved!);
      return next;
    });
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
            <button type="button" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t('moveUp', { option })}>
              ↑
            </button>
            <button type="button" disabled={i === ranking.length - 1} onClick={() => move(i, i + 1)} aria-label={t('moveDown', { option })}>
              ↓
            </button>
          </li>
        ))}
      </ol>
      <button type="submit" disabled={props.disabled}>
        {t('cast')}
      </button>
    </form>
  );
}
