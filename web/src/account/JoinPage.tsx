import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { ErrorNotice, QueryView } from '../components';
import { formatDate } from '../format';
import { SESSION_KEY, signedInAs } from '../session';
import { forgetFragment, secretOfFragment } from './secret-from-link';

/** `/join#TOKEN`: a newcomer (or the founder) reads their invitation and chooses how to sign in. */
export function JoinPage() {
  const { t, i18n } = useTranslation('account');
  const [token] = useState(() => secretOfFragment(window.location.hash));
  useEffect(forgetFragment, []);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () =>
      unwrap(api.GET('/api/invitations/{token}', { params: { path: { token: token! } } })),
    enabled: token !== null,
    retry: false,
  });
  const accept = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/invitations/{token}/accept', {
          params: { path: { token: token! } },
          body: { email, password, ...(invitation.data?.kind === 'member' ? { displayName } : {}) },
        }),
      ),
    onSuccess: async (answer) => {
      await signedInAs(answer);
      queryClient.clear();
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      await navigate('/', { replace: true });
    },
  });
  if (token === null) {
    return (
      <div className="narrow">
        <h1>{t('join.title', { disco: 'DisCO' })}</h1>
        <p className="notice notice-error" role="alert">
          {t('join.noToken')}
        </p>
      </div>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    accept.mutate();
  };
  return (
    <div className="narrow">
      <QueryView query={invitation}>
        {(offer) => {
          const disco = offer.discoName ?? 'DisCO';
          const what = offer.level
            ? t('join.worker', { level: offer.level.level })
            : offer.constituencies.map((c) => c.name).join(', ');
          return (
            <>
              <h1>{t('join.title', { disco })}</h1>
              <p>
                {offer.kind === 'founder'
                  ? t('join.offerFounder', { disco })
                  : t('join.offer', { invitedBy: offer.invitedBy ?? disco, what })}
              </p>
              {offer.kind === 'member' && (
                <p className="muted">
                  {t('join.constituencies', {
                    list: offer.constituencies.map((c) => c.name).join(', '),
                  })}
                </p>
              )}
              <p className="muted">
                {t('join.expires', {
                  date: formatDate(offer.expiresAt.slice(0, 10), i18n.language),
                })}
              </p>
              <form onSubmit={submit} className="card form">
                {offer.kind === 'member' && (
                  <label>
                    {t('join.name')}
                    <input
                      autoComplete="nickname"
                      required
                      maxLength={120}
                      value={displayName}
                      onChange={(e) => setDisplayName(e.target.value)}
                    />
                  </label>
                )}
                <label>
                  {t('join.email')}
                  <input
                    type="email"
                    autoComplete="username"
                    required
                    value={email}
                    onChange={(e) => setEmail(e.target.value)}
                  />
                </label>
                <label>
                  {t('join.password')}
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
                {accept.error && <ErrorNotice error={accept.error} />}
                <button type="submit" disabled={accept.isPending}>
                  {accept.isPending ? t('join.joining') : t('join.submit')}
                </button>
              </form>
            </>
          );
        }}
      </QueryView>
    </div>
  );
}
