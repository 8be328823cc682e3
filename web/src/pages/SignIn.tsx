import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { ErrorNotice } from '../components';
import { safeNext } from '../safe-next';
import { SESSION_KEY, signedInAs, useSession } from '../session';

export function SignIn() {
  const { t } = useTranslation();
  const { t: tAccount } = useTranslation('account');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/sign-in', { body: { email, password } })),
    onSuccess: async (answer) => {
      await signedInAs(answer);
      queryClient.clear();
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      await navigate(safeNext(params.get('next')), { replace: true });
    },
  });
  if (session.data?.member && !signIn.isPending)
    return <Navigate to={safeNext(params.get('next'))} replace />;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };
  return (
    <div className="narrow">
      <h1>{t('signIn.title')}</h1>
      <form onSubmit={submit} className="card form">
        <label>
          {t('signIn.email')}
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          {t('signIn.password')}
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {signIn.error && <ErrorNotice error={signIn.error} />}
        <button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? t('signIn.signingIn') : t('signIn.submit')}
        </button>
      </form>
      <p className="muted">{tAccount('lost')}</p>
      <p className="muted">{t('signIn.public')}</p>
    </div>
  );
}
