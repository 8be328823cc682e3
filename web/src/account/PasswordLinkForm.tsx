import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Section } from '../components';
import { formatDate } from '../format';
import { useMembers } from '../members';
import { useMe } from '../session';
import { ShareLink } from './ShareLink';

/** Members and circles, for founders: a single-use link for a member who lost their password. */
export function PasswordLinkForm() {
  const { t, i18n } = useTranslation('account');
  const me = useMe();
  const members = useMembers();
  const [memberId, setMemberId] = useState('');
  const [mail, setMail] = useState(false);
  const issue = useMutation({
    mutationFn: (send: boolean) =>
      unwrap(
        api.POST('/api/members/{memberId}/password-reset', {
          params: { path: { memberId }, query: send ? { mail: 'true' } : {} },
        }),
      ),
  });
  if (!me.founder || me.status !== 'active') return null;
  const active = (members.data ?? []).filter((m) => m.status === 'active');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    issue.mutate(mail);
  };
  const name = active.find((m) => m.memberId === issue.data?.memberId)?.displayName ?? '';
  return (
    <Section title={t('resetLink.title')} id="password-link">
      <p className="muted">{t('resetLink.help')}</p>
      <form onSubmit={submit} className="form">
        <label>
          {t('resetLink.member')}
          <select required value={memberId} onChange={(e) => setMemberId(e.target.value)}>
            <option value="" />
            {active.map((m) => (
              <option key={m.memberId} value={m.memberId}>
                {m.displayName}
              </option>
            ))}
          </select>
        </label>
        <label className="choice">
          <input type="checkbox" checked={mail} onChange={(e) => setMail(e.target.checked)} />{' '}
          {t('resetLink.mail')}
        </label>
        {issue.error && <ErrorNotice error={issue.error} />}
        <button type="submit" disabled={issue.isPending || memberId === ''}>
          {t('resetLink.submit')}
        </button>
      </form>
      {issue.data && issue.variables && (
        <p role="status">
          {issue.data.mailed ? t('resetLink.mailed', { name }) : t('resetLink.noMail')}
        </p>
      )}
      {issue.data && (
        <ShareLink
          label={t('resetLink.link', {
            name,
            date: formatDate(issue.data.expiresAt.slice(0, 10), i18n.language),
          })}
          url={`${window.location.origin}/reset-password#${issue.data.token}`}
        />
      )}
    </Section>
  );
}
