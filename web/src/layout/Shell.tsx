import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { api, setCsrfToken, unwrap } from '../api/client';
import { Loading } from '../components';
import { LANGUAGES } from '../i18n';
import { NotificationBell } from '../me/NotificationBell';
import { SearchBox } from '../activity/SearchBox';
import { confirmedSession, forgetSession, useSession } from '../session';

// On every page but needed by none to show: the ledger monitor's banner (its first check waits for
// the browser to be idle anyway) and the sender of work queued offline load after the page's own
// chunk, so a first visit's critical script is smaller (docs/benchmarks.md, issue 17).
const LedgerAlarmBanner = lazy(() =>
  import('../monitor/LedgerAlarmBanner').then((m) => ({ default: m.LedgerAlarmBanner })),
);
const OfflineSender = lazy(() =>
  import('../offline/QueuedWork').then((m) => ({ default: m.OfflineSender })),
);

const MEMBER_PAGES = [
  ['/', 'nav.dashboard'],
  ['/me', 'me:nav.me'],
  ['/log', 'nav.log'],
  ['/work', 'nav.work'],
  ['/members', 'nav.members'],
  ['/circles', 'circles:nav'],
  ['/people', 'nav.people'],
  ['/constituencies', 'constituencies:nav'],
  ['/proposals', 'nav.proposals'],
  ['/distribution', 'nav.distribution'],
  ['/money', 'nav.money'],
  ['/ledger', 'nav.ledger'],
  ['/commons', 'nav.commons'],
  ['/settings', 'nav.settings'],
  ['/tokens', 'nav.tokens'],
  ['/rhythms', 'rhythms:nav'],
  ['/evaluations', 'evaluations:nav'],
  ['/solidarity', 'solidarity:nav'],
  ['/guide', 'help:nav.guide'],
  ['/glossary', 'help:nav.glossary'],
  ['/activity', 'activity:nav'],
  ['/federated', 'federation:nav'],
] as const;
const PUBLIC_PAGES = [
  ['/commons', 'nav.commons'],
  ['/ledger', 'nav.ledger'],
  ['/glossary', 'help:nav.glossary'],
] as const;

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span className="visually-hidden">{t('shell.language')}</span>
      <select
        value={i18n.resolvedLanguage}
        onChange={(e) => void i18n.changeLanguage(e.target.value)}
        aria-label={t('shell.language')}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`shell.languages.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The frame of every page: skip link, the DisCO's name, navigation, language, who is signed in. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const health = useQuery({
    queryKey: ['health'],
    queryFn: () => unwrap(api.GET('/api/health')),
    staleTime: 300_000,
  });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  // The phone menu closes by itself on navigation: it is open only on the page it was opened on.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === location.pathname;
  // After a navigation, keyboard and screen-reader users start at the new page, not in the menu.
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    main.current?.focus();
  }, [location.pathname]);
  // Each page is named in the tab and in history by its heading: "Proposals · DisCO Deck".
  const deckName = health.data?.ledger.name ?? t('shell.deck');
  useEffect(() => {
    const root = main.current;
    if (!root) return;
    const name = () => {
      const heading = root.querySelector('h1')?.textContent?.trim();
      const title = heading ? `${heading} · ${deckName}` : deckName;
      if (document.title !== title) document.title = title;
    };
    name();
    const observer = new MutationObserver(name);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [deckName, i18n.language]);
  const menuButton = useRef<HTMLButtonElement>(null);
  // Escape closes the phone menu and gives focus back to the button that opened it.
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpenOn(null);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);
  const member = session.data?.member ?? null;
  const signOut = useMutation({
    mutationFn: async () => {
      // Signing out is a write: it waits for the node's answer to the session (its CSRF token)
      // when the page is still drawn from the remembered one.
      await confirmedSession(queryClient).catch(() => undefined);
      return unwrap(api.POST('/api/auth/sign-out'));
    },
    onSettled: async () => {
      setCsrfToken(null);
      queryClient.clear();
      await forgetSession();
      await navigate('/sign-in');
    },
  });
  // Logging and validating work is for worker-members: clients and supporters are not invited to.
  const pages = member
    ? MEMBER_PAGES.filter(([to]) => to !== '/log' || member.level !== null)
    : PUBLIC_PAGES;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="top">
        <div className="top-row">
          <Link to="/" className="brand">
            {deckName}
          </Link>
          {member && <NotificationBell />}
          <button
            type="button"
            className="menu-button"
            ref={menuButton}
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpenOn(menuOpen ? null : location.pathname)}
          >
            {t('shell.menu')}
          </button>
        </div>
        <nav id="main-nav" aria-label={t('shell.navigation')} className={menuOpen ? 'open' : ''}>
          <ul>
            {pages.map(([to, key]) => (
              <li key={to}>
                <NavLink to={to} end={to === '/'}>
                  {t(key)}
                </NavLink>
              </li>
            ))}
          </ul>
          <div className="who">
            <SearchBox />
            <LanguageSwitch />
            {member ? (
              <>
                <span className="muted">{member.displayName}</span>
                <button type="button" className="link-button" onClick={() => signOut.mutate()}>
                  {t('shell.signOut')}
                </button>
              </>
            ) : (
              location.pathname !== '/sign-in' && (
                <NavLink to="/sign-in">{t('shell.signIn')}</NavLink>
              )
            )}
          </div>
        </nav>
      </header>
      <Suspense fallback={null}>
        <LedgerAlarmBanner />
        {/* It sends work queued offline: only once the node has confirmed who is signed in. */}
        {member && !session.isPlaceholderData && <OfflineSender memberId={member.memberId} />}
      </Suspense>
      <main id="main" tabIndex={-1} ref={main}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
