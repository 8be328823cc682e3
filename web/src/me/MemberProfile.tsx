import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { Empty, QueryView, Section } from '../components';
import { formatCredits, formatDate, formatMoney } from '../format';
import { ThanksSection } from '../rhythms/Thanks';
import { useMe } from '../session';

type Profile = components['schemas']['MemberProfile'];
type PeriodCredits = Profile['credits']['month'];

/** The profile of one member as the policy lets the viewer see it (the server decides). */
export function useProfile(memberId: string) {
  return useQuery({
    queryKey: ['profile', memberId],
    queryFn: () =>
      unwrap(api.GET('/api/members/{memberId}/profile', { params: { path: { memberId } } })),
  });
}

function useStreamName() {
  const { t } = useTranslation();
  return (stream: string) => t(`streams.${stream}`, { ns: 'app', defaultValue: stream });
}

function LevelText({ member }: { member: Profile['member'] }) {
  const { t } = useTranslation('app');
  if (member.status === 'left') return <>{t('members.left')}</>;
  if (!member.level) return <>{t('members.noLevel')}</>;
  const { level, stage, timeline } = member.level;
  return (
    <>
      {level === 'dating'
        ? t('members.datingStage', {
            stage,
            timeline: t(`members.timelines.${timeline ?? 'agile'}`),
          })
        : t(`members.levels.${level}`)}
    </>
  );
}

function CreditsTable({ caption, credits }: { caption: string; credits: PeriodCredits }) {
  const { t, i18n } = useTranslation('me');
  const streamName = useStreamName();
  if (credits.streams.length === 0)
    return (
      <>
        <h3>{caption}</h3>
        <Empty>{t('profile.noCredits')}</Empty>
      </>
    );
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('profile.stream')}</th>
            <th scope="col" className="num">
              {t('profile.counted')}
            </th>
            <th scope="col" className="num">
              {t('profile.waiting')}
            </th>
            <th scope="col" className="num">
              {t('profile.hours')}
            </th>
          </tr>
        </thead>
        <tbody>
          {credits.streams.map((s) => (
            <tr key={s.stream}>
              <th scope="row">{streamName(s.stream)}</th>
              <td className="num">{formatCredits(s.counted, i18n.language)}</td>
              <td className="num">{formatCredits(s.waiting, i18n.language)}</td>
              <td className="num">
                {t('profile.hoursValue', {
                  count: s.hoursMilli / 1000,
                  formatParams: { count: { maximumFractionDigits: 3 } },
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Balances({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation('me');
  const streamName = useStreamName();
  const credits = (minor: string) => formatCredits(minor, i18n.language);
  return (
    <Section title={t('profile.balances')} id="balances">
      <dl className="facts">
        <dt>{t('profile.payable')}</dt>
        <dd>{t('profile.payableWhy')}</dd>
        <dt>{t('profile.historical')}</dt>
        <dd>{t('profile.historicalWhy')}</dd>
        <dt>{t('profile.recorded')}</dt>
        <dd>{t('profile.recordedWhy')}</dd>
      </dl>
      {profile.balances.length === 0 ? (
        <Empty>{t('profile.noBalances')}</Empty>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('profile.balances')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('profile.stream')}</th>
                <th scope="col" className="num">
                  {t('profile.payable')}
                </th>
                <th scope="col" className="num">
                  {t('profile.historical')}
                </th>
                <th scope="col" className="num">
                  {t('profile.recorded')}
                </th>
                <th scope="col" className="num">
                  {t('profile.paid')}
                </th>
              </tr>
            </thead>
            <tbody>
              {profile.balances.map((b) => (
                <tr key={b.stream}>
                  <th scope="row">{streamName(b.stream)}</th>
                  <td className="num">{credits(b.payable)}</td>
                  <td className="num">{credits(b.historical)}</td>
                  <td className="num">{credits(b.recorded)}</td>
                  <td className="num">{credits(b.paid)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

function Payouts({ payouts }: { payouts: NonNullable<Profile['private']>['payouts'] }) {
  const { t, i18n } = useTranslation('me');
  const money = (minor: string, currency: string) => formatMoney(minor, currency, i18n.language);
  const due = payouts.reduce((sum, p) => sum + BigInt(p.due), 0n);
  return (
    <Section title={t('profile.payouts')} id="payouts">
      {payouts.length === 0 ? (
        <Empty>{t('profile.noPayouts')}</Empty>
      ) : (
        <>
          <p>{t('profile.stillOwed', { amount: money(due.toString(), payouts[0]!.currency) })}</p>
          <div
            className="table-scroll"
            role="region"
            aria-label={t('profile.payouts')}
            tabIndex={0}
          >
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('profile.period')}</th>
                  <th scope="col" className="num">
                    {t('profile.owed')}
                  </th>
                  <th scope="col" className="num">
                    {t('profile.paidOut')}
                  </th>
                  <th scope="col" className="num">
                    {t('profile.due')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {payouts.map((p) => (
                  <tr key={p.runId}>
                    <th scope="row">{p.period}</th>
                    <td className="num">{money(p.owed, p.currency)}</td>
                    <td className="num">{money(p.paid, p.currency)}</td>
                    <td className="num">{money(p.due, p.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}

function Duties({ duties }: { duties: Profile['duties'] }) {
  const { t, i18n } = useTranslation('me');
  const streamName = useStreamName();
  const credits = (minor: string) => formatCredits(minor, i18n.language);
  return (
    <Section title={t('profile.duties')} id="duties">
      {duties.length === 0 ? (
        <Empty>{t('profile.noDuties')}</Empty>
      ) : (
        <ul className="list">
          {duties.map((d) => (
            <li key={`${d.stream}-${d.period}`}>
              <strong>
                {t('profile.duty', { stream: streamName(d.stream), period: d.period })}
              </strong>
              {': '}
              {t('profile.dutyProgress', {
                done: credits(d.done),
                owed: credits(d.owed),
                remaining: credits(d.remaining),
              })}
              {d.met && <span className="badge">{t('profile.dutyMet')}</span>}
              {d.behind && <span className="badge">{t('profile.dutyBehind')}</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Path({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation('me');
  const m = profile.member;
  const people = (list: Array<{ memberId: string; displayName: string }>) =>
    list.length === 0
      ? t('profile.none')
      : list.map((x, i) => (
          <span key={x.memberId}>
            {i > 0 && ', '}
            <Link to={`/members/${x.memberId}`}>{x.displayName}</Link>
          </span>
        ));
  const next = profile.nextMilestone;
  return (
    <Section title={t('profile.path')} id="path">
      <dl className="facts">
        <dt>{t('profile.level')}</dt>
        <dd>
          <LevelText member={m} />
        </dd>
        <dt>{t('profile.mentors')}</dt>
        <dd>{people(m.mentors)}</dd>
        {m.mentees.length > 0 && (
          <>
            <dt>{t('profile.mentees')}</dt>
            <dd>{people(m.mentees)}</dd>
          </>
        )}
        <dt>{t('profile.milestones')}</dt>
        <dd>
          {m.milestones.length === 0 ? (
            t('profile.none')
          ) : (
            <ul>
              {m.milestones.map((ms) => (
                <li key={ms.milestoneId}>
                  {formatDate(ms.date, i18n.language)}: {ms.title}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {next && (
          <>
            <dt>{t('profile.nextMilestone')}</dt>
            <dd>
              {next.kind === 'stage'
                ? t('profile.nextStage', { stage: next.stage })
                : t('profile.nextCommitment')}
            </dd>
          </>
        )}
      </dl>
    </Section>
  );
}

function Private({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation('me');
  const own = profile.private;
  if (!own) return null;
  const date = (d: string) => formatDate(d, i18n.language);
  const scope = (d: { circleId: string | null; topic: string | null }) =>
    d.circleId === null && d.topic === null
      ? t('profile.everything')
      : t('profile.scope', {
          scope: [d.topic ? t(`proposals.kinds.${d.topic}`, { ns: 'app' }) : null, d.circleId]
            .filter(Boolean)
            .join(', '),
        });
  return (
    <>
      <Payouts payouts={own.payouts} />
      <Section title={t('profile.leaves')} id="leaves">
        {own.leaves.length === 0 ? (
          <Empty>{t('profile.noLeaves')}</Empty>
        ) : (
          <ul className="list">
            {own.leaves.map((l) => (
              <li key={l.leaveId}>
                {l.to === null
                  ? t('profile.leaveOpen', { from: date(l.from) })
                  : t('profile.leaveRange', { from: date(l.from), to: date(l.to) })}
                {l.reason && <span className="muted"> · {l.reason}</span>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('profile.delegations')} id="delegations">
        {own.delegations.given.length + own.delegations.received.length === 0 ? (
          <Empty>{t('profile.noDelegations')}</Empty>
        ) : (
          <ul className="list">
            {own.delegations.given.map((d) => (
              <li key={`g-${d.delegateId}-${d.circleId}-${d.topic}`}>
                {t('profile.gave', { name: d.delegateName })} {scope(d)}
              </li>
            ))}
            {own.delegations.received.map((d) => (
              <li key={`r-${d.delegatorId}-${d.circleId}-${d.topic}`}>
                {t('profile.received', { name: d.delegatorName })} {scope(d)}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('profile.keys')} id="keys">
        {profile.member.keys.length === 0 ? (
          <Empty>{t('profile.noKeys')}</Empty>
        ) : (
          <ul className="list">
            {profile.member.keys.map((k) => (
              <li key={k.publicKey}>
                <code>{k.publicKey.slice(0, 16)}…</code>{' '}
                {k.revokedAt
                  ? t('profile.keyRevoked', { date: date(k.revokedAt) })
                  : t('profile.keyActive', { date: date(k.registeredAt) })}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/settings">{t('profile.manageKeys')}</Link>
        </p>
      </Section>
    </>
  );
}

/** Everything the viewer may see of one member: the "Me" page and every profile page. */
export function MemberProfile({ memberId, title }: { memberId: string; title?: string }) {
  const { t } = useTranslation('me');
  const profile = useProfile(memberId);
  const me = useMe();
  return (
    <QueryView query={profile}>
      {(p) => (
        <>
          <h1>{title ?? p.member.displayName}</h1>
          {p.self ? <p>{t('me.intro')}</p> : <p className="muted">{t('profile.publicPart')}</p>}
          <Section title={t('profile.credits')} id="credits">
            <CreditsTable
              caption={t('profile.month', { period: p.credits.month.period })}
              credits={p.credits.month}
            />
            <CreditsTable
              caption={t('profile.quarter', {
                start: p.credits.quarter.start,
                end: p.credits.quarter.end,
              })}
              credits={p.credits.quarter}
            />
          </Section>
          <Balances profile={p} />
          <Duties duties={p.duties} />
          <Path profile={p} />
          <Private profile={p} />
          <ThanksSection
            memberId={p.member.memberId}
            name={p.member.displayName}
            canThank={!p.self && me.status === 'active'}
          />
        </>
      )}
    </QueryView>
  );
}
