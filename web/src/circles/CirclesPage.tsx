import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { Empty, ErrorNotice, Loading, QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { formatDate, localToday } from '../format';
import { useMembers } from '../members';
import { SESSION_KEY, useMe, type Member } from '../session';
import { DateInput } from '../words/DateInput';

type Circle = components['schemas']['Circle'];
type Detail = components['schemas']['CircleDetail'];
const NS = 'circles';

/** Whether the policy lets me manage this circle's members and stewards (circle.join, circle.steward). */
function manages(me: Member, circleId: string): boolean {
  return (
    me.status === 'active' && (me.founder || me.circles.some((c) => c.id === circleId && c.steward))
  );
}

/** After a change to a circle: its detail, the list's counts and my own rights (stewardship). */
function useRefresh(circleId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['circle', circleId] }),
      queryClient.invalidateQueries({ queryKey: ['circles'] }),
      queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
    ]);
  };
}

function AddMember({ circle, onDone }: { circle: Detail; onDone: (message: string) => void }) {
  const { t } = useTranslation(NS);
  const members = useMembers();
  const refresh = useRefresh(circle.circleId);
  const inCircle = new Set(circle.members.map((m) => m.memberId));
  const outside = (members.data ?? []).filter((m) => !inCircle.has(m.memberId) && !m.leftAt);
  const [picked, setPicked] = useState('');
  const memberId = outside.some((m) => m.memberId === picked)
    ? picked
    : (outside[0]?.memberId ?? '');
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/circles/{circleId}/members', {
          params: { path: { circleId: circle.circleId } },
          body: { memberId },
        }),
      ),
    onSuccess: async () => {
      await refresh();
      const member = outside.find((m) => m.memberId === memberId)?.displayName ?? '';
      onDone(t('add.done', { member, name: circle.name }));
    },
  });
  const errors = useFormErrors(add.error, { memberId: ['memberId'] });
  if (outside.length === 0) return null;
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <Field label={t('add.member', { name: circle.name })} errors={errors.field('memberId')}>
        {(p) => (
          <select {...p} value={memberId} onChange={(e) => setPicked(e.target.value)}>
            {outside.map((m) => (
              <option key={m.memberId} value={m.memberId}>
                {m.displayName}
              </option>
            ))}
          </select>
        )}
      </Field>
      {errors.rest}
      <button type="submit" disabled={add.isPending}>
        {t('add.submit', { name: circle.name })}
      </button>
    </form>
  );
}

function AppointSteward({ circle, onDone }: { circle: Detail; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation(NS);
  const refresh = useRefresh(circle.circleId);
  const current = circle.stewardships.filter((s) => s.endedAt === null);
  const [picked, setPicked] = useState('');
  const memberId = picked || circle.members[0]?.memberId || '';
  const [termStart, setTermStart] = useState(localToday());
  const [termEnd, setTermEnd] = useState('');
  const [replaces, setReplaces] = useState('');
  const appoint = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/circles/{circleId}/stewards', {
          params: { path: { circleId: circle.circleId } },
          body: { memberId, termStart, termEnd, ...(replaces ? { replaces } : {}) },
        }),
      ),
    onSuccess: async () => {
      await refresh();
      const member = circle.members.find((m) => m.memberId === memberId)?.displayName ?? '';
      onDone(
        t('appoint.done', {
          member,
          name: circle.name,
          until: formatDate(termEnd, i18n.language),
        }),
      );
      setReplaces('');
    },
  });
  const errors = useFormErrors(appoint.error, {
    memberId: ['memberId'],
    termStart: ['termStart'],
    termEnd: ['termEnd'],
    replaces: ['replaces'],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    appoint.mutate();
  };
  const title = t('appoint.title', { name: circle.name });
  if (circle.members.length === 0) return <p className="muted">{t('appoint.onlyMembers')}</p>;
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={title}>
      <h4>{title}</h4>
      <Field label={t('appoint.member')} errors={errors.field('memberId')}>
        {(p) => (
          <select {...p} value={memberId} onChange={(e) => setPicked(e.target.value)}>
            {circle.members.map((m) => (
              <option key={m.memberId} value={m.memberId}>
                {m.displayName}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="row">
        <Field label={t('appoint.termStart')} errors={errors.field('termStart')}>
          {(p) => <DateInput {...p} value={termStart} onValue={(value) => setTermStart(value)} />}
        </Field>
        <Field label={t('appoint.termEnd')} errors={errors.field('termEnd')}>
          {(p) => <DateInput {...p} value={termEnd} onValue={(value) => setTermEnd(value)} />}
        </Field>
      </div>
      {current.length > 0 && (
        <Field label={t('appoint.replaces')} errors={errors.field('replaces')}>
          {(p) => (
            <select {...p} value={replaces} onChange={(e) => setReplaces(e.target.value)}>
              <option value="">{t('appoint.nobody')}</option>
              {current.map((s) => (
                <option key={s.memberId} value={s.memberId}>
                  {s.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {errors.rest}
      <button type="submit" disabled={appoint.isPending}>
        {t('appoint.submit')}
      </button>
    </form>
  );
}

/** A circle, its members and stewards, and what the policy lets me do in it. */
function CircleCard({ summary }: { summary: Circle }) {
  const { t, i18n } = useTranslation(NS);
  const me = useMe();
  const refresh = useRefresh(summary.circleId);
  const [done, setDone] = useState<string | null>(null);
  const detail = useQuery({
    queryKey: ['circle', summary.circleId],
    queryFn: () =>
      unwrap(
        api.GET('/api/circles/{circleId}', { params: { path: { circleId: summary.circleId } } }),
      ),
  });
  const join = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/circles/{circleId}/members', {
          params: { path: { circleId: summary.circleId } },
          body: {},
        }),
      ),
    onMutate: () => setDone(null),
    onSuccess: async () => {
      await refresh();
      setDone(t('joined', { name: summary.name }));
    },
  });
  const remove = useMutation({
    mutationFn: (m: { memberId: string; displayName: string }) =>
      unwrap(
        api.DELETE('/api/circles/{circleId}/members/{memberId}', {
          params: { path: { circleId: summary.circleId, memberId: m.memberId } },
        }),
      ).then(() => m),
    onMutate: () => setDone(null),
    onSuccess: async (m) => {
      await refresh();
      setDone(
        m.memberId === me.memberId
          ? t('left', { name: summary.name })
          : t('remove.done', { member: m.displayName, name: summary.name }),
      );
    },
  });
  const end = useMutation({
    mutationFn: (m: { memberId: string; displayName: string }) =>
      unwrap(
        api.DELETE('/api/circles/{circleId}/stewards/{memberId}', {
          params: { path: { circleId: summary.circleId, memberId: m.memberId } },
        }),
      ).then(() => m),
    onMutate: () => setDone(null),
    onSuccess: async (m) => {
      await refresh();
      setDone(t('end.done', { member: m.displayName, name: summary.name }));
    },
  });
  const announce = (message: string) => setDone(message);
  const circle = detail.data;
  const manager = manages(me, summary.circleId);
  const active = me.status === 'active';
  const mine = circle?.members.some((m) => m.memberId === me.memberId) ?? false;
  const current = circle?.stewardships.filter((s) => s.endedAt === null) ?? [];
  const error = join.error ?? remove.error ?? end.error;
  return (
    <li>
      <h2>
        {summary.name} <span className="badge">{summary.open ? t('open') : t('closed')}</span>
      </h2>
      <p className="muted">{summary.purpose}</p>
      {!circle ? (
        detail.error ? (
          <ErrorNotice error={detail.error} />
        ) : (
          <Loading />
        )
      ) : (
        <>
          <h3>{t('stewards')}</h3>
          {current.length === 0 ? (
            <p>{t('noSteward')}</p>
          ) : (
            <ul className="list">
              {current.map((s) => (
                <li key={s.memberId}>
                  {t('term', { name: s.displayName, until: formatDate(s.termEnd, i18n.language) })}{' '}
                  {manager && (
                    <button
                      type="button"
                      className="secondary"
                      disabled={end.isPending}
                      onClick={() => end.mutate(s)}
                    >
                      {t('end.submit', { member: s.displayName })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('members')}</h3>
          {circle.members.length === 0 ? (
            <p>{t('noMembers')}</p>
          ) : (
            <ul className="list">
              {circle.members.map((m) => (
                <li key={m.memberId}>
                  {m.displayName}{' '}
                  {manager && m.memberId !== me.memberId && (
                    <button
                      type="button"
                      className="secondary"
                      disabled={remove.isPending}
                      onClick={() => remove.mutate(m)}
                    >
                      {t('remove.submit', { member: m.displayName, name: summary.name })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <div className="actions">
            {active && !mine && (summary.open || manager) && (
              <button type="button" disabled={join.isPending} onClick={() => join.mutate()}>
                {t('join', { name: summary.name })}
              </button>
            )}
            {active && mine && (
              <button
                type="button"
                className="secondary"
                disabled={remove.isPending}
                onClick={() =>
                  remove.mutate({ memberId: me.memberId, displayName: me.displayName })
                }
              >
                {t('leave', { name: summary.name })}
              </button>
            )}
          </div>
          {error ? <ErrorNotice error={error} /> : null}
          {manager && <AddMember circle={circle} onDone={announce} />}
          {manager && <AppointSteward circle={circle} onDone={announce} />}
        </>
      )}
      <ResultStatus message={done} />
    </li>
  );
}

function CreateCircle() {
  const { t } = useTranslation(NS);
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [purpose, setPurpose] = useState('');
  const [open, setOpen] = useState(true);
  const [done, setDone] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (body: { name: string; slug: string; purpose: string; open: boolean }) =>
      unwrap(api.POST('/api/circles', { body })).then(() => body),
    onMutate: () => setDone(null),
    onSuccess: async (body) => {
      setDone(t('create.done', { name: body.name }));
      setName('');
      setSlug('');
      setPurpose('');
      await queryClient.invalidateQueries({ queryKey: ['circles'] });
    },
  });
  const errors = useFormErrors(create.error, {
    name: ['name'],
    slug: ['slug'],
    purpose: ['purpose'],
    open: ['open'],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ name, slug, purpose, open });
  };
  return (
    <Section title={t('create.title')} id="create-circle">
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('create.name')} errors={errors.field('name')}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('create.slug')} errors={errors.field('slug')} hint={t('create.slugHint')}>
          {(p) => <input {...p} value={slug} onChange={(e) => setSlug(e.target.value)} />}
        </Field>
        <Field label={t('create.purpose')} errors={errors.field('purpose')}>
          {(p) => <textarea {...p} value={purpose} onChange={(e) => setPurpose(e.target.value)} />}
        </Field>
        <label className="choice">
          <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} />{' '}
          {t('create.open')}
        </label>
        {errors.rest}
        <button type="submit" disabled={create.isPending}>
          {t('create.submit')}
        </button>
        <ResultStatus message={done} />
      </form>
    </Section>
  );
}

/**
 * The working circles: who is in each and who stewards it; members join open circles and leave
 * any; stewards and founders add and take out members and appoint, rotate and end stewards;
 * founders and committed members create circles.
 */
export function CirclesPage() {
  const { t } = useTranslation(NS);
  const me = useMe();
  const circles = useQuery({
    queryKey: ['circles'],
    queryFn: () => unwrap(api.GET('/api/circles')),
  });
  const mayCreate = me.status === 'active' && (me.founder || me.level === 'committed');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <QueryView query={circles}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('none')}</Empty>
          ) : (
            <ul className="list circles">
              {items.map((c) => (
                <CircleCard key={c.circleId} summary={c} />
              ))}
            </ul>
          )
        }
      </QueryView>
      {mayCreate && <CreateCircle />}
    </>
  );
}
