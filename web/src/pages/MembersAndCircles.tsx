import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InviteSomeone } from '../account/InviteSomeone';
import { PasswordLinkForm } from '../account/PasswordLinkForm';
import { api, unwrap } from '../api/client';
import { Empty, Loading, QueryView, Section } from '../components';
import { formatDate } from '../format';
import { useMembers, type MemberSummary } from '../members';

function LevelBadge({ member }: { member: MemberSummary }) {
  const { t } = useTranslation();
  if (member.status === 'left') return <span className="badge">{t('members.left')}</span>;
  if (!member.level) return <span className="badge">{t('members.noLevel')}</span>;
  const { level, stage, timeline } = member.level;
  return (
    <span className={`badge badge-${level}`}>
      {level === 'dating'
        ? t('members.datingStage', {
            stage,
            timeline: t(`members.timelines.${timeline ?? 'agile'}`),
          })
        : t(`members.levels.${level}`)}
    </span>
  );
}

function LeaveBadge({ member }: { member: MemberSummary }) {
  const { t, i18n } = useTranslation();
  if (!member.onLeave) return null;
  const { to } = member.onLeave;
  return (
    <span className="badge">
      {to === null
        ? t('members.onLeave')
        : t('members.onLeaveUntil', { date: formatDate(to, i18n.language) })}
    </span>
  );
}

/** Mentors, milestones and commitment of one member, fetched when their row is opened. */
function MemberDetail({ memberId }: { memberId: string }) {
  const { t, i18n } = useTranslation();
  const detail = useQuery({
    queryKey: ['member', memberId],
    queryFn: () => unwrap(api.GET('/api/members/{memberId}', { params: { path: { memberId } } })),
  });
  return (
    <QueryView query={detail}>
      {(m) => (
        <>
          <p>
            <Link to={`/members/${m.memberId}`}>
              {t('me:profile.open', { name: m.displayName })}
            </Link>
          </p>
          <dl className="facts">
            <dt>{t('members.circles')}</dt>
            <dd>{m.circles.length ? m.circles.map((c) => c.name).join(', ') : '—'}</dd>
            <dt>{t('members.mentors')}</dt>
            <dd>{m.mentors.length ? m.mentors.map((x) => x.displayName).join(', ') : '—'}</dd>
            {m.mentees.length > 0 && (
              <>
                <dt>{t('members.mentees')}</dt>
                <dd>{m.mentees.map((x) => x.displayName).join(', ')}</dd>
              </>
            )}
            <dt>{t('members.milestones')}</dt>
            <dd>
              {m.milestones.length ? (
                <ul>
                  {m.milestones.map((ms) => (
                    <li key={ms.milestoneId}>
                      {formatDate(ms.date, i18n.language)}: {ms.title}
                    </li>
                  ))}
                </ul>
              ) : (
                '—'
              )}
            </dd>
            {m.commitment && (
              <>
                <dt>{t('members.commitment')}</dt>
                <dd>{m.commitment.statement}</dd>
              </>
            )}
            <dt>{t('members.joined')}</dt>
            <dd>{formatDate(m.joinedAt.slice(0, 10), i18n.language)}</dd>
          </dl>
        </>
      )}
    </QueryView>
  );
}

function Members() {
  const { t } = useTranslation();
  const members = useMembers();
  return (
    <Section title={t('members.members')} id="members">
      <QueryView query={members}>
        {(items) => (
          <ul className="list">
            {items.map((m) => (
              <li key={m.memberId}>
                <details>
                  <summary>
                    <strong>{m.displayName}</strong> <LevelBadge member={m} />{' '}
                    <LeaveBadge member={m} />
                    {m.founder && <span className="badge">{t('members.founder')}</span>}
                    <span className="muted"> {m.constituencies.join(', ')}</span>
                  </summary>
                  <MemberDetail memberId={m.memberId} />
                </details>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </Section>
  );
}

function CircleStewards({ circleId }: { circleId: string }) {
  const { t, i18n } = useTranslation();
  const circle = useQuery({
    queryKey: ['circle', circleId],
    queryFn: () => unwrap(api.GET('/api/circles/{circleId}', { params: { path: { circleId } } })),
  });
  if (circle.isPending) return <Loading />;
  const current = (circle.data?.stewardships ?? []).filter((s) => s.endedAt === null);
  return (
    <p>
      {t('members.stewards')}:{' '}
      {current.length === 0
        ? t('members.noSteward')
        : current
            .map((s) =>
              t('members.stewardTerm', {
                name: s.displayName,
                until: formatDate(s.termEnd, i18n.language),
              }),
            )
            .join('; ')}
      <span className="muted">
        {' '}
        · {t('members.memberCount', { count: circle.data?.members.length ?? 0 })}
      </span>
    </p>
  );
}

function Circles() {
  const { t } = useTranslation();
  const circles = useQuery({
    queryKey: ['circles'],
    queryFn: () => unwrap(api.GET('/api/circles')),
  });
  return (
    <Section title={t('members.circlesTitle')} id="circles">
      <QueryView query={circles}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('members.noCircles')}</Empty>
          ) : (
            <ul className="list">
              {items.map((c) => (
                <li key={c.circleId}>
                  <h3>
                    {c.name} {c.open && <span className="badge">{t('members.open')}</span>}
                  </h3>
                  <p className="muted">{c.purpose}</p>
                  <CircleStewards circleId={c.circleId} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      <p>
        <Link to="/circles">{t('circles:manage')}</Link>
      </p>
    </Section>
  );
}

export function MembersAndCircles() {
  const { t } = useTranslation();
  return (
    <div>
      <h1>{t('members.title')}</h1>
      <div className="grid-2">
        <Members />
        <Circles />
      </div>
      <div className="grid-2">
        <InviteSomeone />
        <PasswordLinkForm />
      </div>
    </div>
  );
}
