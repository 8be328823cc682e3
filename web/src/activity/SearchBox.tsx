import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';

/** The search field of the header (inside the menu on a phone): it opens the results page. */
export function SearchBox() {
  const { t } = useTranslation('activity');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(`/search?q=${encodeURIComponent(q.trim())}`);
  };
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label>
        <span className="visually-hidden">{t('search.label')}</span>
        <input
          type="search"
          name="q"
          value={q}
          maxLength={200}
          placeholder={t('search.placeholder')}
          onChange={(e) => setQ(e.target.value)}
        />
      </label>
      <button type="submit">{t('search.button')}</button>
    </form>
  );
}
