import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
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

/*
 * The node keeps whether a member saw the guide (GET/PUT /api/me/guide), so a member who saw it on
 * the phone is not greeted again on the laptop. This device remembers it too: '1' once shown
 * here, 'kept' once the node has it, so a returning member asks the node nothing, and a device
 * without a connection still shows the guide once.
 */
const KEPT = 'kept';

function localMark(memberId: string): string | null {
  try {
    return globalThis.localStorage?.getItem(SEEN_PREFIX + memberId) ?? null;
  } catch {
    return null; // storage refused: the node alone remembers
  }
}

function markSeen(memberId: string, mark: '1' | typeof KEPT): void {
  try {
    globalThis.localStorage?.setItem(SEEN_PREFIX + memberId, mark);
  } catch {
    // the node remembers; the guide stays reachable from the menu
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
 * The first-run guide on the dashboard: shown on a member's first visit on any device (the node
 * remembers it once shown; this device too, so it is shown once even offline), hidden by its
 * button, and always reachable again from the menu (the Guide page).
 */
export function FirstRunGuide({ memberId }: { memberId: string }) {
  const { t } = useTranslation('help');
  const [mark] = useState(() => localMark(memberId));
  const [dismissed, setDismissed] = useState(false);
  const asked = useQuery({
    queryKey: ['guide-seen', memberId],
    queryFn: () => unwrap(api.GET('/api/me/guide')),
    enabled: mark === null,
    // Asked once: the answer must not hide the guide while the member reads it.
    staleTime: Infinity,
  });
  const { mutate } = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/me/guide')),
    onSuccess: () => markSeen(memberId, KEPT),
  });
  // null while the node is asked whether this member saw the guide on another device; without
  // a node to ask, this device decides.
  const due: boolean | null =
    mark !== null
      ? false
      : asked.isSuccess
        ? asked.data.seenAt === null
        : asked.isError
          ? true
          : null;
  const seenElsewhere = asked.isSuccess && asked.data.seenAt !== null;
  useEffect(() => {
    if (seenElsewhere) markSeen(memberId, KEPT);
    if (due) markSeen(memberId, '1');
    // Shown now, or seen here before the node kept it (offline, or an older Deck): tell the node.
    if (due || mark === '1') mutate();
  }, [due, seenElsewhere, mark, memberId, mutate]);
  const show = due === true && !dismissed;
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
          setDismissed(true);
          document.getElementById('main')?.focus();
        }}
      >
        {t('guide.dismiss')}
      </button>
    </section>
  );
}
