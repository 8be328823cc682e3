// Placeholder of contract D (deck-parts helper): the real panel recomputes hashes, links,
// signatures and Merkle proofs in the browser; it replaces this file at merge.
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';

export function VerifyPanel(): JSX.Element {
  const { t } = useTranslation('verify');
  return (
    <div>
      <button type="button" disabled>
        {t('title')}
      </button>
      <p className="muted">{t('unavailable')}</p>
    </div>
  );
}
