import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { ShareLink } from '../account/ShareLink';
import { Empty, ErrorNotice, QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { formatDate, localToday } from '../format';
import { useMembers } from '../members';
import { useMe, type Member } from '../session';
import { mayDo } from './rights';
import { DateInput } from '../words/DateInput';

type MemberDetail = components['schemas']['MemberDetail'];
type Level = 'casual' | 'dating' | 'committed' | 'left';
type Timeline = 'fast-track' | 'agile' | 'long-run';
const NS = 'people';
const LEVELS: Level[] = ['casual', 'dating', 'committed', 'left'];
const TIMELINES: Timeline[] = ['fast-track', 'agile', 'long-run'];

/** A write about one member: refreshes what the page shows of them, and says what it did. */
function useMemberWrite<V>(
  memberId: string,
  write: (vars: V) => Promise<unknown>,
  said: (vars: V) => string,
) {
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: write,
    onMutate: () => setDone(null),
    onSuccess: async (_, vars) => {
      setDone(said(vars));
      await Promise.all(
        [['member', memberId], ['members'], ['leaves'], ['session']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
  return { mutation, done };
}

function LevelForm({ member }: { member: MemberDetail }) {
  const { t } = useTranslation(NS);
  const [level, setLevel] = useState<Level>('committed');
  const [stage, setStage] = useState<1 | 2 | 3>(1);
  const [timeline, setTimeline] = useState<Timeline>('agile');
  const words = (l: Level, s?: number) =>
    l === 'dating' ? t('level.dating', { stage: s ?? 1 }) : t(`level.levels.${l}`).toLowerCase();
  const { mutation, done } = useMemberWrite(
    member.memberId,
    (body: { level: Level; stage?: 1 | 2 | 3; timeline?: Timeline }) =>
      unwrap(
        api.POST('/api/members/{memberId}/level', {
          params: { path: { memberId: member.memberId } },
          body,
        }),
      ),
    (body) => t('level.done', { name: member.displayName, level: words(body.level, body.stage) }),
  );
  const errors = useFormErrors(mutation.error, {
    level: ['level'],
    stage: ['stage'],
    timeline: ['timeline', 'startDate'],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate(level === 'dating' ? { level, stage, timeline } : { level });
  };
  const now = member.level
    ? words(member.level.level, member.level.stage)
    : member.status === 'left'
      ? words('left')
      : t('level.none');
  return (
    <Section title={t('level.title')} id="level">
      <p>{t('level.now', { level: now })}</p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="row">
          <Field label={t('level.level')} errors={errors.field('level')}>
            {(p) => (
              <select {...p} value={level} onChange={(e) => setLevel(e.target.value as Level)}>
                {LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {t(`level.levels.${l}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {level === 'dating' && (
            <>
              <Field label={t('level.stage')} errors={errors.field('stage')}>
                {(p) => (
                  <select
                    {...p}
                    value={stage}
                    onChange={(e) => setStage(Number(e.target.value) as 1 | 2 | 3)}
                  >
                    {[1, 2, 3].map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('level.timeline')} errors={errors.field('timeline')}>
                {(p) => (
                  <select
                    {...p}
                    value={timeline}
                    onChange={(e) => setTimeline(e.target.value as Timeline)}
                  >
                    {TIMELINES.map((x) => (
                      <option key={x} value={x}>
                        {t(`level.timelines.${x}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </>
          )}
        </div>
        {errors.rest}
        <button type="submit" disabled={mutation.isPending}>
          {t('level.submit')}
        </button>
        <ResultStatus message={done} />
      </form>
    </Section>
  );
}

function Mentors({ member, canAssign }: { member: MemberDetail; canAssign: boolean }) {
  const { t } = useTranslation(NS);
  const members = useMembers();
  const [mentorId, setMentorId] = useState('');
  const nameOf = (id: string) => members.data?.find((m) => m.memberId === id)?.displayName ?? '';
  const path = { memberId: member.memberId };
  const add = useMemberWrite(
    member.memberId,
    (id: string) =>
      unwrap(
        api.POST('/api/members/{memberId}/mentors', { params: { path }, body: { mentorId: id } }),
      ),
    (id) => t('mentors.done', { mentor: nameOf(id), name: member.displayName }),
  );
  const remove = useMemberWrite(
    member.memberId,
    (id: string) =>
      unwrap(
        api.DELETE('/api/members/{memberId}/mentors/{mentorId}', {
          params: { path: { ...path, mentorId: id } },
        }),
      ),
    (id) => t('mentors.removed', { mentor: nameOf(id), name: member.displayName }),
  );
  const errors = useFormErrors(add.mutation.error, { mentor: ['mentorId'] });
  const candidates = (members.data ?? []).filter(
    (m) =>
      m.status === 'active' &&
      m.memberId !== member.memberId &&
      !member.mentors.some((x) => x.memberId === m.memberId),
  );
  return (
    <Section title={t('mentors.title')} id="mentors">
      {member.mentors.length === 0 ? (
        <Empty>{t('mentors.none')}</Empty>
      ) : (
        <ul className="list">
          {member.mentors.map((m) => (
            <li key={m.memberId}>
              {m.displayName}{' '}
              {canAssign && (
                <button
                  type="button"
                  disabled={remove.mutation.isPending}
                  onClick={() => remove.mutation.mutate(m.memberId)}
                >
                  {t('mentors.remove', { mentor: m.displayName })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {remove.mutation.error ? <ErrorNotice error={remove.mutation.error} /> : null}
      <ResultStatus message={remove.done} />
      {canAssign && (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            add.mutation.mutate(mentorId);
          }}
        >
          <Field label={t('mentors.add')} errors={errors.field('mentor')}>
            {(p) => (
              <select {...p} value={mentorId} onChange={(e) => setMentorId(e.target.value)}>
                <option value="">{t('mentors.choose')}</option>
                {candidates.map((m) => (
                  <option key={m.memberId} value={m.memberId}>
                    {m.displayName}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {errors.rest}
          <button type="submit" disabled={add.mutation.isPending || mentorId === ''}>
            {t('mentors.submit')}
          </button>
          <ResultStatus message={add.done} />
        </form>
      )}
    </Section>
  );
}

function Milestones({ member, canRecord }: { member: MemberDetail; canRecord: boolean }) {
  const { t, i18n } = useTranslation(NS);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(localToday());
  const { mutation, done } = useMemberWrite(
    member.memberId,
    (body: { title: string; date: string }) =>
      unwrap(
        api.POST('/api/members/{memberId}/milestones', {
          params: { path: { memberId: member.memberId } },
          body,
        }),
      ),
    (body) => t('milestones.done', { title: body.title }),
  );
  const errors = useFormErrors(mutation.error, { title: ['title'], date: ['date'] });
  return (
    <Section title={t('milestones.title')} id="milestones">
      {member.milestones.length === 0 ? (
        <Empty>{t('milestones.none')}</Empty>
      ) : (
        <ul className="list">
          {member.milestones.map((m) => (
            <li key={m.milestoneId}>
              {m.title} <span className="muted">{formatDate(m.date, i18n.language)}</span>
            </li>
          ))}
        </ul>
      )}
      {canRecord && (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            mutation.mutate({ title, date });
          }}
        >
          <Field label={t('milestones.what')} errors={errors.field('title')}>
            {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
          </Field>
          <Field label={t('milestones.date')} errors={errors.field('date')}>
            {(p) => <DateInput {...p} value={date} onValue={(value) => setDate(value)} />}
          </Field>
          {errors.rest}
          <button type="submit" disabled={mutation.isPending}>
            {t('milestones.submit')}
          </button>
          <ResultStatus message={done} />
        </form>
      )}
    </Section>
  );
}

function Commitment({ member, canRecord }: { member: MemberDetail; canRecord: boolean }) {
  const { t, i18n } = useTranslation(NS);
  const [statement, setStatement] = useState('');
  const { mutation, done } = useMemberWrite(
    member.memberId,
    (text: string) =>
      unwrap(
        api.POST('/api/members/{memberId}/commitment', {
          params: { path: { memberId: member.memberId } },
          body: { statement: text },
        }),
      ),
    () => t('commitment.done'),
  );
  const errors = useFormErrors(mutation.error, { statement: ['statement'] });
  return (
    <Section title={t('commitment.title')} id="commitment">
      {member.commitment && (
        <p>
          {t('commitment.recorded', {
            date: formatDate(member.commitment.recordedAt, i18n.language),
            statement: member.commitment.statement,
          })}
        </p>
      )}
      {canRecord && (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            mutation.mutate(statement);
          }}
        >
          <Field label={t('commitment.statement')} errors={errors.field('statement')}>
            {(p) => (
              <textarea
                {...p}
                rows={3}
                value={statement}
                onChange={(e) => setStatement(e.target.value)}
              />
            )}
          </Field>
          {errors.rest}
          <button type="submit" disabled={mutation.isPending}>
            {t('commitment.submit')}
          </button>
          <ResultStatus message={done} />
        </form>
      )}
    </Section>
  );
}

function Constituencies({ member, me }: { member: MemberDetail; me: Member }) {
  const { t } = useTranslation(NS);
  const all = useQuery({
    queryKey: ['constituencies'],
    queryFn: () => unwrap(api.GET('/api/constituencies')),
  });
  const [joinId, setJoinId] = useState('');
  const nameOf = (id: string) =>
    all.data?.items.find((c) => c.constituencyId === id || c.slug === id)?.name ?? id;
  const path = { memberId: member.memberId };
  const join = useMemberWrite(
    member.memberId,
    (constituencyId: string) =>
      unwrap(
        api.POST('/api/members/{memberId}/constituencies', {
          params: { path },
          body: { constituencyId },
        }),
      ),
    (id) => t('constituencies.done', { name: member.displayName, constituency: nameOf(id) }),
  );
  const leave = useMemberWrite(
    member.memberId,
    (constituencyId: string) =>
      unwrap(
        api.DELETE('/api/members/{memberId}/constituencies/{constituencyId}', {
          params: { path: { ...path, constituencyId } },
        }),
      ),
    (id) => t('constituencies.left', { name: member.displayName, constituency: nameOf(id) }),
  );
  const canJoin = mayDo(me, 'founder', member.memberId);
  const canLeave = mayDo(me, 'self-or-founder', member.memberId);
  const isIn = (c: { constituencyId: string; slug: string }) =>
    member.constituencies.includes(c.constituencyId) || member.constituencies.includes(c.slug);
  return (
    <Section title={t('constituencies.title')} id="constituencies">
      <QueryView query={all}>
        {(data) => (
          <>
            <ul className="list">
              {data.items.filter(isIn).map((c) => (
                <li key={c.constituencyId}>
                  {c.name}{' '}
                  {canLeave && (
                    <button
                      type="button"
                      disabled={leave.mutation.isPending}
                      onClick={() => leave.mutation.mutate(c.constituencyId)}
                    >
                      {t('constituencies.leave', {
                        name: member.displayName,
                        constituency: c.name,
                      })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {leave.mutation.error ? <ErrorNotice error={leave.mutation.error} /> : null}
            <ResultStatus message={leave.done} />
            {canJoin && (
              <form
                className="form"
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  join.mutation.mutate(joinId);
                }}
              >
                <Field label={t('constituencies.join')}>
                  {(p) => (
                    <select {...p} value={joinId} onChange={(e) => setJoinId(e.target.value)}>
                      <option value="" />
                      {data.items
                        .filter((c) => !isIn(c))
                        .map((c) => (
                          <option key={c.constituencyId} value={c.constituencyId}>
                            {c.name}
                          </option>
                        ))}
                    </select>
                  )}
                </Field>
                {join.mutation.error ? <ErrorNotice error={join.mutation.error} /> : null}
                <button type="submit" disabled={join.mutation.isPending || joinId === ''}>
                  {t('constituencies.submit')}
                </button>
                <ResultStatus message={join.done} />
              </form>
            )}
          </>
        )}
      </QueryView>
    </Section>
  );
}

function StartLeave({ member }: { member: MemberDetail }) {
  const { t, i18n } = useTranslation(NS);
  const [from, setFrom] = useState(localToday());
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const { mutation, done } = useMemberWrite(
    member.memberId,
    (body: { from: string; to?: string; reason?: string }) =>
      unwrap(
        api.POST('/api/members/{memberId}/leaves', {
          params: { path: { memberId: member.memberId } },
          body,
        }),
      ),
    (body) =>
      t('leave.done', { name: member.displayName, from: formatDate(body.from, i18n.language) }),
  );
  const errors = useFormErrors(mutation.error, {
    from: ['from'],
    to: ['to'],
    reason: ['reason'],
  });
  return (
    <Section title={t('leave.title')} id="start-leave">
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate({ from, ...(to ? { to } : {}), ...(reason.trim() ? { reason } : {}) });
        }}
      >
        <div className="row">
          <Field label={t('leave.from')} errors={errors.field('from')}>
            {(p) => <DateInput {...p} value={from} onValue={(value) => setFrom(value)} />}
          </Field>
          <Field label={t('leave.to')} errors={errors.field('to')}>
            {(p) => <DateInput {...p} value={to} onValue={(value) => setTo(value)} />}
          </Field>
        </div>
        <Field label={t('leave.reason')} errors={errors.field('reason')}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        {errors.rest}
        <button type="submit" disabled={mutation.isPending}>
          {t('leave.submit')}
        </button>
        <ResultStatus message={done} />
      </form>
    </Section>
  );
}

function Leaves({ me }: { me: Member }) {
  const { t, i18n } = useTranslation(NS);
  const queryClient = useQueryClient();
  const leaves = useQuery({
    queryKey: ['leaves'],
    queryFn: () => unwrap(api.GET('/api/leaves', { params: { query: { limit: 200 } } })),
  });
  const [lastDays, setLastDays] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const end = useMutation({
    mutationFn: ({ leaveId, lastDay }: { leaveId: string; lastDay: string; name: string }) =>
      unwrap(
        api.POST('/api/leaves/{leaveId}/end', { params: { path: { leaveId } }, body: { lastDay } }),
      ),
    onMutate: () => setDone(null),
    onSuccess: async (_, { name, lastDay }) => {
      setDone(t('leaves.done', { name, date: formatDate(lastDay, i18n.language) }));
      await queryClient.invalidateQueries({ queryKey: ['leaves'] });
      await queryClient.invalidateQueries({ queryKey: ['members'] });
    },
  });
  const date = (d: string) => formatDate(d, i18n.language);
  return (
    <Section title={t('leaves.title')} id="leaves">
      <ResultStatus message={done} />
      {end.error ? <ErrorNotice error={end.error} /> : null}
      <QueryView query={leaves}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{t('leaves.none')}</Empty>
          ) : (
            <ul className="list">
              {data.items.map((l) => (
                <li key={l.leaveId}>
                  {t('leaves.line', {
                    name: l.displayName,
                    from: date(l.from),
                    to: l.to ? date(l.to) : t('leaves.open'),
                  })}
                  {l.reason ? ` · ${l.reason}` : ''}
                  {l.endedAt && (
                    <span className="muted"> · {t('leaves.ended', { date: date(l.endedAt) })}</span>
                  )}
                  {!l.endedAt && mayDo(me, 'self-or-founder', l.memberId) && (
                    <form
                      className="inline-form"
                      noValidate
                      onSubmit={(e) => {
                        e.preventDefault();
                        end.mutate({
                          leaveId: l.leaveId,
                          lastDay: lastDays[l.leaveId] ?? localToday(),
                          name: l.displayName,
                        });
                      }}
                    >
                      <Field label={t('leaves.lastDay', { name: l.displayName })}>
                        {(p) => (
                          <DateInput
                            {...p}
                            value={lastDays[l.leaveId] ?? localToday()}
                            onValue={(value) => setLastDays((d) => ({ ...d, [l.leaveId]: value }))}
                          />
                        )}
                      </Field>
                      <button type="submit" disabled={end.isPending}>
                        {t('leaves.end', { name: l.displayName })}
                      </button>
                    </form>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </Section>
  );
}

function MemberAdmin({ memberId, me }: { memberId: string; me: Member }) {
  const { t } = useTranslation(NS);
  const member = useQuery({
    queryKey: ['member', memberId],
    queryFn: () => unwrap(api.GET('/api/members/{memberId}', { params: { path: { memberId } } })),
  });
  return (
    <QueryView query={member}>
      {(m) => {
        const dating = m.level?.level === 'dating';
        const parts: ReactNode[] = [
          mayDo(me, 'founder', m.memberId) && <LevelForm key="level" member={m} />,
          (dating || m.mentors.length > 0) && (
            <Mentors
              key="mentors"
              member={m}
              canAssign={mayDo(me, 'founder-or-committed', m.memberId)}
            />
          ),
          (dating || m.milestones.length > 0) && (
            <Milestones
              key="milestones"
              member={m}
              canRecord={
                mayDo(me, 'founder', m.memberId) ||
                m.mentors.some((x) => x.memberId === me.memberId)
              }
            />
          ),
          // The statement closes dating, so the node takes it only in the last stage.
          ((dating && m.level?.stage === 3) || m.commitment) && (
            <Commitment
              key="commitment"
              member={m}
              canRecord={dating && mayDo(me, 'self-or-founder', m.memberId)}
            />
          ),
          mayDo(me, 'self-or-founder', m.memberId) && <StartLeave key="leave" member={m} />,
          <Constituencies key="constituencies" member={m} me={me} />,
        ].filter(Boolean);
        return parts.length > 0 ? (
          <>{parts}</>
        ) : (
          <Empty>{t('nothing', { name: m.displayName })}</Empty>
        );
      }}
    </QueryView>
  );
}

/**
 * Members admin: pick a member and change what the policy lets you change about them (a level,
 * mentors, milestones, a commitment statement, a leave, constituencies); every member sees the
 * leaves and ends their own, and committed members and founders invite at any level.
 */
export function PeoplePage() {
  const { t } = useTranslation(NS);
  const me = useMe();
  const members = useMembers();
  const [memberId, setMemberId] = useState(me.memberId);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="card">
        <Field label={t('pick')}>
          {(p) => (
            <select {...p} value={memberId} onChange={(e) => setMemberId(e.target.value)}>
              {(members.data ?? [{ memberId: me.memberId, displayName: me.displayName }]).map(
                (m) => (
                  <option key={m.memberId} value={m.memberId}>
                    {m.displayName}
                  </option>
                ),
              )}
            </select>
          )}
        </Field>
      </div>
      <MemberAdmin memberId={memberId} me={me} />
      <Leaves me={me} />
      {me.status === 'active' && (me.founder || me.level === 'committed') && <InviteAtAnyLevel />}
    </>
  );
}

function InviteAtAnyLevel() {
  const { t } = useTranslation(NS);
  const constituencies = useQuery({
    queryKey: ['constituencies'],
    queryFn: () => unwrap(api.GET('/api/constituencies')),
  });
  const [level, setLevel] = useState<'' | 'casual' | 'dating' | 'committed'>('casual');
  const [stage, setStage] = useState<1 | 2 | 3>(1);
  const [timeline, setTimeline] = useState<Timeline>('agile');
  const [startDate, setStartDate] = useState(localToday());
  const [chosen, setChosen] = useState<string[]>([]);
  const invite = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/invitations', {
          body: {
            level:
              level === ''
                ? null
                : level === 'dating'
                  ? { level, stage, timeline, startDate }
                  : { level },
            constituencyIds: chosen,
          },
        }),
      ),
  });
  const errors = useFormErrors(invite.error, {
    level: ['level', 'level.'],
    constituencies: ['constituencyIds', 'constituencyIds.'],
  });
  return (
    <Section title={t('invite.title')} id="invite-any-level">
      <p className="muted">{t('invite.intro')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          invite.mutate();
        }}
      >
        <div className="row">
          <Field label={t('invite.level')} errors={errors.field('level')}>
            {(p) => (
              <select
                {...p}
                value={level}
                onChange={(e) => setLevel(e.target.value as typeof level)}
              >
                <option value="">{t('invite.noLevel')}</option>
                {(['casual', 'dating', 'committed'] as const).map((l) => (
                  <option key={l} value={l}>
                    {t(`level.levels.${l}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {level === 'dating' && (
            <>
              <Field label={t('level.stage')}>
                {(p) => (
                  <select
                    {...p}
                    value={stage}
                    onChange={(e) => setStage(Number(e.target.value) as 1 | 2 | 3)}
                  >
                    {[1, 2, 3].map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('level.timeline')}>
                {(p) => (
                  <select
                    {...p}
                    value={timeline}
                    onChange={(e) => setTimeline(e.target.value as Timeline)}
                  >
                    {TIMELINES.map((x) => (
                      <option key={x} value={x}>
                        {t(`level.timelines.${x}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('invite.start')}>
                {(p) => (
                  <DateInput {...p} value={startDate} onValue={(value) => setStartDate(value)} />
                )}
              </Field>
            </>
          )}
        </div>
        <fieldset>
          <legend>{t('invite.constituencies')}</legend>
          {(constituencies.data?.items ?? []).map((c) => (
            <label key={c.constituencyId} className="param-check">
              <input
                type="checkbox"
                checked={chosen.includes(c.constituencyId)}
                onChange={(e) =>
                  setChosen((list) =>
                    e.target.checked
                      ? [...list, c.constituencyId]
                      : list.filter((x) => x !== c.constituencyId),
                  )
                }
              />{' '}
              {c.name}
            </label>
          ))}
        </fieldset>
        {errors.field('constituencies') && (
          <ul className="field-errors">
            {errors.field('constituencies')!.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
        {errors.rest}
        <button type="submit" disabled={invite.isPending}>
          {t('invite.submit')}
        </button>
      </form>
      {invite.data && (
        <ShareLink
          label={t('invite.link')}
          url={`${window.location.origin}/join#${invite.data.token}`}
        />
      )}
    </Section>
  );
}
