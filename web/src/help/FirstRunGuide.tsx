import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../session';

const SEEN_PREFIX = 'disco.guideSeen.';

const STEPS = [
  ['log', '/log'],
  ['validate', '/log'],
  ['decide', '/proposals'],
  ['money', '/distribution'],
  ['words', '/glossary'],
] as const;

/** Steps about logging and validating work, which only worker-members do. */
const WORKER_STEPS: ReadonlySet<string> = new Set(['log', 'validate']);

function seen(memberId: string): boolean {
  try {
    return globalThis.localStorage?.getItem(SEEN_PREFIX + memberId) !== null;
  } catch {
    return true; // storage refused: better no guide than one on every visit
  }
}

function markSeen(memberId: string): void {
  try {
    globalThis.localStorage?.setItem(SEEN_PREFIX + memberId, '1');
  } catch {
    // the guide stays reachable from the menu
  }
}

/**
 * The guide's steps, each with a link to where it happens; clients and supporters (no level) are
 * not invited to log or validate work, as the menu does not offer it to them.
 */
export function GuideSteps() {
  const { t } = useTranslation('help');
  const level = useSession().data?.member?.level;
  const steps = STEPS.filter(([step]) => level !== null || !WORKER_STEPS.has(step));
  return (
    <ol className="guide-steps">
      {steps.map(([step, to]) => (
        <li key={step}>
          <strong>{t(`guide.steps.${step}.title`)}</strong>
          <p>
            {t(`guide.steps.${step}.text`)} <Link to={to}>{t(`guide.steps.${step}.link`)}</Link>
          </p>
        </li>
      ))}
    </ol>
  );
}

/**
 * The first-run guide on the dashboard: shown on the first visit after a member's first sign-in
 * on this device (remembered in localStorage at once, so it is shown once), hidden by its button,
 * and always reachable again from the menu (the Guide page).
 */
export function FirstRunGuide({ memberId }: { memberId: string }) {
  const { t } = useTranslation('help');
  const [show, setShow] = useState(() => !seen(memberId));
  useEffect(() => {
    if (show) markSeen(memberId);
  }, [show, memberId]);
  if (!show) return null;
  return (
    <section className="card guide" aria-labelledby="guide-heading">
      <h2 id="guide-heading">{t('guide.title')}</h2>
      <p>{t('guide.intro')}</p>
      <GuideSteps />
      <p className="muted">{t('guide.again')}</p>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          setShow(false);
          document.getElementById('main')?.focus();
        }}
      >
        {t('guide.dismiss')}
      </button>
    </section>
  );
}
