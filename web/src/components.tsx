import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api/client';

/** What went wrong, in the server's words (RFC 9457 detail, field errors and hint). */
export function ErrorNotice({ error, missingHint }: { error: unknown; missingHint?: string }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404 && missingHint) {
    return (
      <p className="notice" role="status">
        {missingHint}
      </p>
    );
  }
  const problem = error instanceof ApiError ? error.problem : null;
  return (
    <div className="notice notice-error" role="alert">
      <p>{problem ? problem.detail : t('common.networkError')}</p>
      {problem?.errors && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((e) => (
            <li key={e.field}>
              <code>{e.field}</code>: {e.message}
            </li>
          ))}
        </ul>
      )}
      {problem?.hint && <p className="muted">{problem.hint}</p>}
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

export function Empty({ children }: { children: ReactNode }) {
  return <p className="muted">{children}</p>;
}
