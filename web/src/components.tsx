import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError } from './api/client';
import type { MemberSummary } from './members';
import {
  fieldProblemText,
  inProblemCurrency,
  problemDetail,
  problemHint,
} from './words/problem-words';
import { useCatalogue } from './words/render';

/**
 * What went wrong, in the server's words (RFC 9457 detail, field errors and hint), said in the
 * reader's language where the server gave a code the Deck knows; English as sent otherwise.
 * Members are named from the member list when it is already loaded (never fetched from here:
 * a signed-out page must not ask for it).
 */
export function ErrorNotice({ error, missingHint }: { error: unknown; missingHint?: string }) {
  const { t, i18n } = useTranslation();
  useCatalogue();
  const queryClient = useQueryClient();
  if (error instanceof ApiError && error.status === 404 && missingHint) {
    return (
      <p className="notice" role="status">
        {missingHint}
      </p>
    );
  }
  const problem = error instanceof ApiError ? error.problem : null;
  const members = queryClient.getQueryData<MemberSummary[]>(['members']);
  const context = {
    language: i18n.language,
    nameOf: (id: string) => members?.find((m) => m.memberId === id)?.displayName,
  };
  const detail = problem ? problemDetail(problem, context) : undefined;
  const hint = problem ? problemHint(problem, context) : undefined;
  return (
    <div className="notice notice-error" role="alert">
      <p>{problem ? detail : t('common.networkError')}</p>
      {problem?.errors && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((e) => (
            <li key={e.field}>
              <code>{e.field}</code>: {fieldProblemText(e, inProblemCurrency(problem, context))}
            </li>
          ))}
        </ul>
      )}
      {hint && <p className="muted">{hint}</p>}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}

/** A query's three states in one place: loading, its error, or its data. */
export function QueryView<T>({
  query,
  missingHint,
  children,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean };
  missingHint?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.error || query.data === undefined)
    return <ErrorNotice error={query.error} {...(missingHint ? { missingHint } : {})} />;
  return <>{children(query.data)}</>;
}

export function Section({
  title,
  children,
  id,
}: {
  title: string;
  children: ReactNode;
  id?: string;
}) {
  const headingId = `${id ?? title.replace(/\W+/g, '-').toLowerCase()}-heading`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * What an empty list says: what it is, and with `next` where to go to fill it. The words stay in
 * a span of their own, so the link never changes how they read or are found. A `next` starting
 * with `#` is a form further down the same page: a plain anchor, which the browser scrolls to.
 */
export function Empty({
  children,
  next,
}: {
  children: ReactNode;
  next?: { to: string; label: string };
}) {
  return (
    <p className="muted empty">
      <span>{children}</span>
      {next && (
        <>
          {' '}
          {next.to.startsWith('#') ? (
            <a href={next.to}>{next.label}</a>
          ) : (
            <Link to={next.to}>{next.label}</Link>
          )}
        </>
      )}
    </p>
  );
}

/**
 * A `<details>` whose content is rendered once it is first opened, not before: the dashboard's
 * tables beside its charts are a third of its elements (and hundreds of formatted amounts), and a
 * first render that made them all kept a first visit waiting for content nobody had opened yet.
 * Opened once, the content stays (closing hides it, as a plain `<details>` does).
 */
export function DetailsOnOpen({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children}
    </details>
  );
}
