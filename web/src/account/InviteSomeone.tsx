import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Section } from '../components';
import { formatDate } from '../format';
import { useMe } from '../session';
import { ShareLink } from './ShareLink';

const TERMS = {
  supporter: { level: null, constituencyIds: ['supporters'] },
  client: { level: null, constituencyIds: ['users-clients'] },
  casual: { level: { level: 'casual' as const }, constituencyIds: ['worker-members'] },
};
type Kind = keyof typeof TERMS;

/**
 * Members and circles: committed members and founders make an invitation link for a newcomer.
 * Dating and committed newcomers join through the CLI or a level decision, which need more than a form.
 */
export function InviteSomeone() {
  const { t, i18n } = useTranslation('account');
  const me = useMe();
  const [kind, setKind] = useState<Kind>('supporter');
  const [mailTo, setMailTo] = useState('');
  const invite = useMutation({
    mutationFn: (to: string) =>
      unwrap(
        api.POST('/api/invitations', {
          body: {
            ...TERMS[kind],
            ...(to ? { mailTo: to, mailLanguage: i18n.language === 'es' ? 'es' : 'en' } : {}),
          },
        }),
      ),
  });
  if (me.status !== 'active' || !(me.founder || me.level === 'committed')) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate(mailTo.trim());
  };
  return (
    <Section title={t('invite.title')} id="invite">
      <form onSubmit={submit} className="form">
        <label>
          {t('invite.as')}
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {(Object.keys(TERMS) as Kind[]).map((k) => (
              <option key={k} value={k}>
                {t(`invite.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('invite.mailTo')}
          <input
            type="email"
            autoComplete="off"
            value={mailTo}
            onChange={(e) => setMailTo(e.target.value)}
            aria-describedby="invite-mail-hint"
          />
        </label>
        <p className="muted" id="invite-mail-hint">
          {t('invite.mailToHint')}
        </p>
        {invite.error && <ErrorNotice error={invite.error} />}
        <button type="submit" disabled={invite.isPending}>
          {invite.isPending ? t('invite.making') : t('invite.submit')}
        </button>
      </form>
      {invite.data && invite.variables && (
        <p role="status">
          {invite.data.mailed ? t('invite.mailed', { to: invite.variables }) : t('invite.noMail')}
        </p>
      )}
      {invite.data && (
        <ShareLink
          label={t('invite.link', {
            date: formatDate(invite.data.expiresAt.slice(0, 10), i18n.language),
          })}
          url={`${window.location.origin}/join#${invite.data.token}`}
        />
      )}
    </Section>
  );
}
