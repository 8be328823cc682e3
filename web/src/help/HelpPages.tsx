import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { GuideSteps } from './FirstRunGuide';
import { en } from './messages.en';
import type { GlossaryTerm } from './Term';

const TERMS = Object.keys(en.terms) as GlossaryTerm[];

/** The first-run guide as a page of its own, reached from the menu. */
export function GuidePage() {
  const { t } = useTranslation('help');
  return (
    <div>
      <h1>{t('guide.title')}</h1>
      <p>{t('guide.intro')}</p>
      <GuideSteps />
    </div>
  );
}

/** Every DisCO term the Deck uses, each with its own anchor (`/glossary#gini`) for the inline links. */
export function GlossaryPage() {
  const { t } = useTranslation('help');
  const { hash } = useLocation();
  // A link from an inline term lands on its entry, which takes the focus for keyboard users;
  // after the Shell has moved the focus to the new page's main, as it does on every navigation.
  useEffect(() => {
    const entry = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (!entry) return;
    const timer = setTimeout(() => {
      entry.scrollIntoView();
      entry.focus();
    });
    return () => clearTimeout(timer);
  }, [hash]);
  return (
    <div>
      <h1>{t('glossary.title')}</h1>
      <p>{t('glossary.intro')}</p>
      <dl className="glossary">
        {TERMS.map((term) => (
          <div key={term}>
            <dt id={term} tabIndex={-1}>
              {t(`terms.${term}.name`)}
            </dt>
            <dd>
              <p>{t(`terms.${term}.short`)}</p>
              <p>{t(`terms.${term}.long`)}</p>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
