import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { ErrorNotice, QueryView } from '../components';
import { formatDate } from '../format';
import { SESSION_KEY, signedInAs } from '../session';
import { forgetFragment, secretOfFragment } from './secret-from-link';

/** `/reset-password#TOKEN`: a member who lost their password chooses a new one with a founder's link. */
export function ResetPasswordPage() {
  const { t, i18n } = useTranslation('account');
  const { t: tApp } = useTranslation();
  const [token] = useState(() => secretOfFragment(window.location.hash));
  useEffect(forgetFragment, []);
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const link = useQuery({
    queryKey: ['password-reset', token],
    queryFn: () =>
      unwrap(api.GET('/api/auth/password-resets/{token}', { params: { path: { token: token! } } })),
    enabled: token !== null,
    retry: false,
  });
  const reset = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/auth/password-resets/{token}', {
          params: { path: { token: token! } },
          body: { password },
        }),
      ),
    onSuccess: async (answer) => {
      await signedInAs(answer);
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    reset.mutate();
  };
  return (
    <div className="narrow">
      <h1>{t('reset.title')}</h1>
      {token === null ? (
        <p className="notice notice-error" role="alert">
          {t('reset.noToken')}
        </p>
      ) : reset.data ? (
        <>
          {reset.data.keyDropped && (
            <p className="notice" role="status">
              {t('reset.keyDropped')}
            </p>
          )}
          <p>
            <Link to="/">{tApp('notFound.home')}</Link>
          </p>
        </>
      ) : (
        <QueryView query={link}>
          {(who) => (
            <>
              <p>
                {t('reset.for', {
                  name: who.displayName,
                  date: formatDate(who.expiresAt.slice(0, 10), i18n.language),
                })}
              </p>
              <form onSubmit={submit} className="card form">
                <label>
                  {t('reset.password')}
                  <input
                    type="password"
                    autoComplete="new-password"
                    required
                    minLength={10}
                    maxLength={200}
                    value={password}
                    onChange={(e) => setPassword(e.target.value)}
                  />
                </label>
                {reset.error && <ErrorNotice error={reset.error} />}
                <button type="submit" disabled={reset.isPending}>
                  {reset.isPending ? t('reset.saving') : t('reset.submit')}
                </button>
              </form>
            </>
          )}
        </QueryView>
      )}
    </div>
  );
}
