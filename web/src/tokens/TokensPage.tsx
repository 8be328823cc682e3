import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { Empty, ErrorNotice, QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { formatDate } from '../format';

const NS = 'tokens';

/** Days as typed: empty means "no expiry"; anything else must be a whole number the node accepts. */
export function parseDays(text: string): { ok: true; days?: number } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true };
  if (!/^\d+$/.test(trimmed)) return { ok: false };
  const days = Number(trimmed);
  return days >= 1 && days <= 3650 ? { ok: true, days } : { ok: false };
}

/** The secret, shown once: focused so it is read out and ready to copy. */
function NewToken({ label, token }: { label: string; token: string }) {
  const { t } = useTranslation(NS);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), [token]);
  return (
    <div className="notice notice-ok" role="status">
      <p>{label}</p>
      <input
        ref={ref}
        readOnly
        value={token}
        aria-label={t('create.secret')}
        onFocus={(e) => e.currentTarget.select()}
      />
    </div>
  );
}

/** The member's own API tokens: create one (its secret shown once), see them, revoke them. */
export function TokensPage() {
  const { t, i18n } = useTranslation(NS);
  const queryClient = useQueryClient();
  const tokens = useQuery({
    queryKey: ['tokens'],
    queryFn: () => unwrap(api.GET('/api/tokens', { params: { query: {} } })),
  });
  const [name, setName] = useState('');
  const [days, setDays] = useState('');
  const [daysWrong, setDaysWrong] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (body: { name: string; expiresInDays?: number }) =>
      unwrap(api.POST('/api/tokens', { body })),
    onSuccess: async () => {
      setName('');
      setDays('');
      await queryClient.invalidateQueries({ queryKey: ['tokens'] });
    },
  });
  const revoke = useMutation({
    mutationFn: ({ id }: { id: string; name: string }) =>
      unwrap(api.DELETE('/api/tokens/{id}', { params: { path: { id } } })),
    onSuccess: async (_, { name: revoked }) => {
      setDone(t('list.revokedDone', { name: revoked }));
      await queryClient.invalidateQueries({ queryKey: ['tokens'] });
    },
  });
  const errors = useFormErrors(create.error, { name: ['name'], days: ['expiresInDays'] });
  const date = (iso: string) => formatDate(iso, i18n.language);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const parsed = parseDays(days);
    setDaysWrong(!parsed.ok);
    if (!parsed.ok) return;
    create.mutate({ name, ...(parsed.days ? { expiresInDays: parsed.days } : {}) });
  };
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <Section title={t('create.title')} id="create-token">
        <form className="form" onSubmit={submit} noValidate>
          <Field label={t('create.name')} errors={errors.field('name')}>
            {(p) => (
              <input
                {...p}
                value={name}
                maxLength={100}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('create.days')}
            hint={t('create.daysHint')}
            errors={daysWrong ? [t('create.badDays')] : errors.field('days')}
          >
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                value={days}
                onChange={(e) => setDays(e.target.value)}
              />
            )}
          </Field>
          {errors.rest}
          <button type="submit" disabled={create.isPending}>
            {t('create.submit')}
          </button>
        </form>
        {create.data && (
          <NewToken
            label={t('create.shown', { name: create.data.name })}
            token={create.data.token}
          />
        )}
      </Section>
      <Section title={t('list.title')} id="token-list">
        <ResultStatus message={done} />
        {revoke.error ? <ErrorNotice error={revoke.error} /> : null}
        <QueryView query={tokens}>
          {(data) =>
            data.items.length === 0 ? (
              <Empty>{t('list.empty')}</Empty>
            ) : (
              <ul className="list">
                {data.items.map((token) => (
                  <li key={token.id}>
                    <strong>{token.name}</strong>{' '}
                    <span className="muted">
                      {[
                        t('list.created', { date: date(token.createdAt) }),
                        token.expiresAt ? t('list.expires', { date: date(token.expiresAt) }) : null,
                        token.lastUsedAt
                          ? t('list.used', { date: date(token.lastUsedAt) })
                          : t('list.never'),
                        token.revokedAt ? t('list.revoked', { date: date(token.revokedAt) }) : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>{' '}
                    {!token.revokedAt && (
                      <button
                        type="button"
                        disabled={revoke.isPending}
                        onClick={() => revoke.mutate({ id: token.id, name: token.name })}
                      >
                        {t('list.revoke', { name: token.name })}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
      </Section>
    </>
  );
}
