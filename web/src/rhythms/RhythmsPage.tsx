import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { Empty, QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { formatDate, localToday } from '../format';
import { useMembers } from '../members';
import { useMe, type Member } from '../session';
import {
  FREQUENCIES,
  fromRrule,
  parseExceptions,
  toRrule,
  WEEKDAYS,
  type Frequency,
  type Weekday,
} from './recurrence';
import { DateInput } from '../words/DateInput';

const NS = 'rhythms';
const KINDS = [
  'daily-check-in',
  'weekly-sprint',
  'circle-call',
  'mutual-support-call',
  'quarterly-evaluation',
] as const;
type Rhythm = components['schemas']['Rhythm'];
type Done = (message: string) => void;

/** When a gathering meets, in the rhythm's own time zone and the reader's language. */
export function formatWhen(at: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(at));
}

function useKindName() {
  const { t } = useTranslation(NS);
  return (kind: string) => t(`kinds.${kind}`, { defaultValue: kind });
}

function canManage(me: Member, circleId: string | null): boolean {
  return (
    me.founder || (circleId !== null && me.circles.some((c) => c.id === circleId && c.steward))
  );
}

function useRefreshRhythms() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['rhythms'] });
}

type Body = {
  circle?: string;
  name: string;
  kind: string;
  timeZone?: string;
  start: string;
  durationMinutes: number;
  rrule: string;
  exceptions: string[];
};

/** Creates a rhythm, or changes `editing` (whose circle stays as it was). */
function RhythmForm({ editing, onDone }: { editing: Rhythm | null; onDone: (m: string) => void }) {
  const { t } = useTranslation(NS);
  const me = useMe();
  const refresh = useRefreshRhythms();
  const kindName = useKindName();
  const circles = useQuery({
    queryKey: ['circles'],
    queryFn: () => unwrap(api.GET('/api/circles')),
  });
  const rule = editing ? fromRrule(editing.rrule) : null;
  const [kind, setKind] = useState(editing?.kind ?? 'circle-call');
  const [name, setName] = useState(editing?.name ?? '');
  const [circle, setCircle] = useState('');
  const [frequency, setFrequency] = useState<Frequency>(rule?.frequency ?? 'WEEKLY');
  const [interval, setInterval] = useState(String(rule?.interval ?? 1));
  const [weekdays, setWeekdays] = useState<Weekday[]>(rule?.weekdays ?? []);
  const [day, setDay] = useState(editing?.start.slice(0, 10) ?? localToday());
  const [time, setTime] = useState(editing?.start.slice(11, 16) ?? '10:00');
  const [duration, setDuration] = useState(String(editing?.durationMinutes ?? 60));
  const [timeZone, setTimeZone] = useState(editing?.timeZone ?? '');
  const [exceptions, setExceptions] = useState(editing?.exceptions.join('\n') ?? '');
  const rrule = toRrule({ frequency, interval: Math.max(1, Number(interval) || 1), weekdays });
  const save = useMutation({
    mutationFn: (body: Body) =>
      editing
        ? unwrap(
            api.PUT('/api/rhythms/{rhythmId}', {
              params: { path: { rhythmId: editing.rhythmId } },
              body,
            }),
          )
        : unwrap(api.POST('/api/rhythms', { body })),
    onSuccess: async (_, body) => {
      onDone(t(editing ? 'form.changed' : 'form.created', { name: body.name }));
      if (!editing) setName('');
      await refresh();
    },
  });
  const errors = useFormErrors(save.error, {
    kind: ['kind'],
    name: ['name'],
    circle: ['circle'],
    rrule: ['rrule'],
    start: ['start'],
    durationMinutes: ['durationMinutes'],
    timeZone: ['timeZone'],
    exceptions: ['exceptions'],
  });
  const manageable = me.founder
    ? circles.data?.items
    : circles.data?.items.filter((c) => canManage(me, c.circleId));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      ...(editing || circle === '' ? {} : { circle }),
      name,
      kind,
      ...(timeZone.trim() ? { timeZone: timeZone.trim() } : {}),
      start: `${day}T${time}`,
      durationMinutes: Number(duration),
      rrule,
      exceptions: parseExceptions(exceptions),
    });
  };
  const toggleDay = (d: Weekday) =>
    setWeekdays((ds) => (ds.includes(d) ? ds.filter((x) => x !== d) : [...ds, d]));
  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field label={t('form.name')} errors={errors.field('name')}>
        {(p) => (
          <input {...p} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      <Field label={t('form.kind')} errors={errors.field('kind')}>
        {(p) => (
          <select {...p} value={kind} onChange={(e) => setKind(e.target.value)}>
            {[...new Set([...KINDS, kind])].map((k) => (
              <option key={k} value={k}>
                {kindName(k)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!editing && (
        <Field label={t('form.circle')} errors={errors.field('circle')}>
          {(p) => (
            <select {...p} value={circle} onChange={(e) => setCircle(e.target.value)}>
              {me.founder && <option value="">{t('form.whole')}</option>}
              {manageable?.map((c) => (
                <option key={c.circleId} value={c.circleId}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('form.frequency')} errors={errors.field('rrule')}>
        {(p) => (
          <select
            {...p}
            value={frequency}
            onChange={(e) => setFrequency(e.target.value as Frequency)}
          >
            {FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {t(`form.frequencies.${f}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('form.interval')}>
        {(p) => (
          <input
            {...p}
            inputMode="numeric"
            value={interval}
            onChange={(e) => setInterval(e.target.value)}
          />
        )}
      </Field>
      {frequency === 'WEEKLY' && (
        <fieldset className="param-streams">
          <legend>{t('form.weekdays')}</legend>
          {WEEKDAYS.map((d) => (
            <label key={d} className="param-check">
              <input type="checkbox" checked={weekdays.includes(d)} onChange={() => toggleDay(d)} />{' '}
              {t(`form.days.${d}`)}
            </label>
          ))}
        </fieldset>
      )}
      <p className="muted">{t('form.rule', { rule: rrule })}</p>
      <Field label={t('form.firstDay')} errors={errors.field('start')}>
        {(p) => <DateInput {...p} value={day} onValue={(value) => setDay(value)} />}
      </Field>
      <Field label={t('form.time')}>
        {(p) => <input {...p} type="time" value={time} onChange={(e) => setTime(e.target.value)} />}
      </Field>
      <Field label={t('form.duration')} errors={errors.field('durationMinutes')}>
        {(p) => (
          <input
            {...p}
            inputMode="numeric"
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('form.timeZone')} errors={errors.field('timeZone')}>
        {(p) => (
          <input
            {...p}
            value={timeZone}
            maxLength={64}
            placeholder="Europe/Madrid"
            onChange={(e) => setTimeZone(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('form.exceptions')} errors={errors.field('exceptions')}>
        {(p) => (
          <textarea {...p} value={exceptions} onChange={(e) => setExceptions(e.target.value)} />
        )}
      </Field>
      {errors.rest}
      <button type="submit" disabled={save.isPending}>
        {t(editing ? 'form.save' : 'form.create')}
      </button>
    </form>
  );
}

/**
 * A rhythm's past gatherings: record who took part, then credit the time as care. Care work is
 * logged in a circle: a gathering of the whole DisCO is credited in the circle chosen here.
 */
function Gatherings({ rhythm, onDone }: { rhythm: Rhythm; onDone: Done }) {
  const { t, i18n } = useTranslation(NS);
  const queryClient = useQueryClient();
  const members = useMembers();
  const me = useMe();
  const circles = useQuery({
    queryKey: ['circles'],
    queryFn: () => unwrap(api.GET('/api/circles')),
    enabled: rhythm.circleId === null,
  });
  const creditable = (circles.data?.items ?? []).filter(
    (c) => me.founder || me.circles.some((m) => m.id === c.circleId && m.steward),
  );
  const [creditCircle, setCreditCircle] = useState('');
  const chosenCircle = creditCircle || (creditable.length === 1 ? creditable[0]!.circleId : '');
  const detail = useQuery({
    queryKey: ['rhythms', rhythm.rhythmId],
    queryFn: () =>
      unwrap(
        api.GET('/api/rhythms/{rhythmId}', { params: { path: { rhythmId: rhythm.rhythmId } } }),
      ),
  });
  const [occurrence, setOccurrence] = useState('');
  const [participants, setParticipants] = useState<string[]>([]);
  const [nobody, setNobody] = useState(false);
  const when = (at: string) => formatWhen(at, rhythm.timeZone, i18n.language);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['rhythms'] });
  const record = useMutation({
    mutationFn: (v: { occurrence: string; participants: string[] }) =>
      unwrap(
        api.PUT('/api/rhythms/{rhythmId}/gatherings/{occurrence}', {
          params: { path: { rhythmId: rhythm.rhythmId, occurrence: v.occurrence } },
          body: { participants: v.participants },
        }),
      ),
    onSuccess: async (_, v) => {
      onDone(t('gathering.recorded', { count: v.participants.length }));
      await refresh();
    },
  });
  const credit = useMutation({
    mutationFn: (at: string) =>
      unwrap(
        api.POST('/api/rhythms/{rhythmId}/gatherings/{occurrence}/credit', {
          params: { path: { rhythmId: rhythm.rhythmId, occurrence: at } },
          body: rhythm.circleId === null && chosenCircle ? { circle: chosenCircle } : {},
        }),
      ),
    onSuccess: async (r) => {
      onDone(t('gathering.creditDone', { count: r.contributionIds.length }));
      await refresh();
    },
  });
  const errors = useFormErrors(record.error, { participants: ['participants'] });
  const creditErrors = useFormErrors(credit.error, { circle: ['circle'] });
  return (
    <QueryView query={detail}>
      {(d) => {
        const chosen = occurrence || d.recent[0]?.at || '';
        const submit = (e: FormEvent) => {
          e.preventDefault();
          setNobody(participants.length === 0);
          if (participants.length === 0 || !chosen) return;
          record.mutate({ occurrence: chosen, participants });
        };
        return (
          <>
            {d.gatherings.length > 0 && (
              <ul className="list">
                {d.gatherings.map((g) => (
                  <li key={g.occurrence}>
                    {t('gathering.recordedList', {
                      when: when(g.occurrence),
                      names: g.participants.map((p) => p.displayName).join(', '),
                    })}
                    {g.creditedAt ? (
                      <span className="muted"> · {t('gathering.credited')}</span>
                    ) : (
                      <>
                        {' '}
                        <button
                          type="button"
                          disabled={credit.isPending}
                          onClick={() => credit.mutate(g.occurrence)}
                        >
                          {t('gathering.credit', { when: when(g.occurrence) })}
                        </button>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {rhythm.circleId === null && d.gatherings.some((g) => !g.creditedAt) && (
              <Field label={t('gathering.creditCircle')} errors={creditErrors.field('circle')}>
                {(p) => (
                  <select
                    {...p}
                    value={chosenCircle}
                    onChange={(e) => setCreditCircle(e.target.value)}
                  >
                    <option value="" />
                    {creditable.map((c) => (
                      <option key={c.circleId} value={c.circleId}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {creditErrors.rest}
            {d.recent.length === 0 ? (
              <Empty>{t('gathering.noRecent')}</Empty>
            ) : (
              <form className="form" onSubmit={submit} noValidate>
                <h4>{t('gathering.title')}</h4>
                <Field label={t('gathering.occurrence')}>
                  {(p) => (
                    <select {...p} value={chosen} onChange={(e) => setOccurrence(e.target.value)}>
                      {d.recent.map((o) => (
                        <option key={o.at} value={o.at}>
                          {when(o.at)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <fieldset className="param-streams">
                  <legend>{t('gathering.participants')}</legend>
                  {members.data
                    ?.filter((m) => m.status === 'active')
                    .map((m) => (
                      <label key={m.memberId} className="param-check">
                        <input
                          type="checkbox"
                          checked={participants.includes(m.memberId)}
                          onChange={() =>
                            setParticipants((ps) =>
                              ps.includes(m.memberId)
                                ? ps.filter((x) => x !== m.memberId)
                                : [...ps, m.memberId],
                            )
                          }
                        />{' '}
                        {m.displayName}
                      </label>
                    ))}
                  {(nobody || errors.field('participants')) && (
                    <p className="field-error" role="alert">
                      {nobody
                        ? t('gathering.pickSomeone')
                        : errors.field('participants')?.join(' ')}
                    </p>
                  )}
                </fieldset>
                {errors.rest}
                <button type="submit" disabled={record.isPending}>
                  {t('gathering.record')}
                </button>
              </form>
            )}
          </>
        );
      }}
    </QueryView>
  );
}

function RhythmItem({
  rhythm,
  onEdit,
  onDone,
}: {
  rhythm: Rhythm;
  onEdit: () => void;
  onDone: Done;
}) {
  const { t, i18n } = useTranslation(NS);
  const me = useMe();
  const kindName = useKindName();
  const refresh = useRefreshRhythms();
  const manage = canManage(me, rhythm.circleId);
  // Any circle's steward records and credits the gatherings of the whole DisCO.
  const attend = manage || (rhythm.circleId === null && me.circles.some((c) => c.steward));
  const end = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/rhythms/{rhythmId}/end', {
          params: { path: { rhythmId: rhythm.rhythmId } },
        }),
      ),
    onSuccess: async () => {
      onDone(t('list.ending', { name: rhythm.name }));
      await refresh();
    },
  });
  const endErrors = useFormErrors(end.error, {});
  const next = rhythm.next.slice(0, 3).map((o) => formatWhen(o.at, rhythm.timeZone, i18n.language));
  return (
    <li>
      <h3>{rhythm.name}</h3>
      <p>
        {kindName(rhythm.kind)} · {rhythm.circleName ?? t('list.whole')}
        {rhythm.endedAt && (
          <span className="muted">
            {' '}
            · {t('list.ended')} {formatDate(rhythm.endedAt, i18n.language)}
          </span>
        )}
      </p>
      <p>{next.length > 0 ? t('list.next', { when: next.join(' · ') }) : t('list.noNext')}</p>
      {manage && !rhythm.endedAt && (
        <>
          <p>
            <button type="button" onClick={onEdit}>
              {t('list.change', { name: rhythm.name })}
            </button>{' '}
            <button type="button" disabled={end.isPending} onClick={() => end.mutate()}>
              {t('list.end', { name: rhythm.name })}
            </button>
          </p>
          {endErrors.rest}
        </>
      )}
      {attend && !rhythm.endedAt && (
        <details>
          <summary>{t('list.attendance', { name: rhythm.name })}</summary>
          <Gatherings rhythm={rhythm} onDone={onDone} />
        </details>
      )}
    </li>
  );
}

function CalendarFeed() {
  const { t, i18n } = useTranslation(NS);
  const queryClient = useQueryClient();
  const status = useQuery({
    queryKey: ['calendar-feed'],
    queryFn: () => unwrap(api.GET('/api/me/calendar-feed')),
  });
  const [made, setMade] = useState<{ token: string; url: string } | null>(null);
  const [done, setDone] = useState<{ message: string; seq: number } | null>(null);
  const say = (message: string) => setDone((d) => ({ message, seq: (d?.seq ?? 0) + 1 }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['calendar-feed'] });
  const make = useMutation({
    mutationFn: () => unwrap(api.POST('/api/me/calendar-feed')),
    onSuccess: async (r) => {
      setMade({ token: r.token, url: new URL(r.path, window.location.origin).href });
      say(t('feed.made'));
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/me/calendar-feed')),
    onSuccess: async () => {
      setMade(null);
      say(t('feed.revoked'));
      await refresh();
    },
  });
  // Fetches the feed as a calendar app would, so the member knows the link works before pasting it.
  const check = useMutation({
    mutationFn: async (token: string) => {
      const { data, error } = await api.GET('/api/calendar/{token}', {
        params: { path: { token } },
        parseAs: 'text',
      });
      if (error !== undefined || data === undefined) throw new Error('feed');
      return (data.match(/^BEGIN:VEVENT/gm) ?? []).length;
    },
    onSuccess: (count) => say(t('feed.checked', { count })),
  });
  const errors = useFormErrors(make.error ?? revoke.error ?? check.error, {});
  return (
    <Section title={t('feed.title')} id="calendar-feed">
      <p className="muted">{t('feed.intro')}</p>
      <QueryView query={status}>
        {(s) => (
          <p>
            {s.active && s.createdAt
              ? t('feed.active', { date: formatDate(s.createdAt, i18n.language) })
              : t('feed.none')}
          </p>
        )}
      </QueryView>
      <ResultStatus message={done?.message ?? null} seq={done?.seq ?? 0} />
      {made && (
        <div className="field">
          <label htmlFor="calendar-link">{t('feed.link')}</label>
          <input id="calendar-link" readOnly value={made.url} onFocus={(e) => e.target.select()} />
          <p>
            <button
              type="button"
              onClick={() =>
                void navigator.clipboard?.writeText(made.url).then(() => say(t('feed.copied')))
              }
            >
              {t('feed.copy')}
            </button>{' '}
            <button
              type="button"
              disabled={check.isPending}
              onClick={() => check.mutate(made.token)}
            >
              {t('feed.check')}
            </button>
          </p>
        </div>
      )}
      {errors.rest}
      <p>
        <button type="button" disabled={make.isPending} onClick={() => make.mutate()}>
          {status.data?.active ? t('feed.remake') : t('feed.make')}
        </button>{' '}
        {status.data?.active && (
          <button type="button" disabled={revoke.isPending} onClick={() => revoke.mutate()}>
            {t('feed.revoke')}
          </button>
        )}
      </p>
    </Section>
  );
}

/** Founders: how long check-ins are kept. */
function Retention({ current }: { current: number | undefined }) {
  const { t } = useTranslation(NS);
  const queryClient = useQueryClient();
  const [days, setDays] = useState(current === undefined ? '' : String(current));
  const [done, setDone] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (retentionDays: number) =>
      unwrap(api.PUT('/api/checkins/settings', { body: { retentionDays } })),
    onSuccess: async (r) => {
      setDone(t('retention.saved', { days: r.retentionDays, deleted: r.deleted }));
      await queryClient.invalidateQueries({ queryKey: ['care-capacity'] });
    },
  });
  const errors = useFormErrors(save.error, { retentionDays: ['retentionDays'] });
  return (
    <Section title={t('retention.title')} id="retention">
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setDone(null);
          save.mutate(Number(days));
        }}
      >
        <Field label={t('retention.days')} errors={errors.field('retentionDays')}>
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
        <button type="submit" disabled={save.isPending}>
          {t('retention.save')}
        </button>
        <ResultStatus message={done} />
      </form>
    </Section>
  );
}

/** `/rhythms`: the DisCO's rhythms, the forms to keep them, and the member's calendar link. */
export function RhythmsPage() {
  const { t } = useTranslation(NS);
  const me = useMe();
  const [editing, setEditing] = useState<Rhythm | null>(null);
  const [result, setResult] = useState<{ message: string; seq: number } | null>(null);
  const onDone: Done = (message) => {
    setEditing(null);
    setResult((r) => ({ message, seq: (r?.seq ?? 0) + 1 }));
  };
  const rhythms = useQuery({
    queryKey: ['rhythms', 'list'],
    queryFn: () => unwrap(api.GET('/api/rhythms', { params: { query: {} } })),
  });
  const signal = useQuery({
    queryKey: ['care-capacity'],
    queryFn: () => unwrap(api.GET('/api/care/capacity')),
  });
  const steward = me.founder || me.circles.some((c) => c.steward);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ResultStatus message={result?.message ?? null} seq={result?.seq ?? 0} />
      <Section title={t('list.title')} id="rhythm-list">
        <QueryView query={rhythms}>
          {(data) =>
            data.items.length === 0 ? (
              <Empty
                next={
                  steward
                    ? { to: '#rhythm-form-heading', label: t('help:empty.firstRhythm') }
                    : undefined
                }
              >
                {t('list.none')}
              </Empty>
            ) : (
              <ul className="list">
                {data.items.map((r) => (
                  <RhythmItem
                    key={r.rhythmId}
                    rhythm={r}
                    onEdit={() => setEditing(r)}
                    onDone={onDone}
                  />
                ))}
              </ul>
            )
          }
        </QueryView>
      </Section>
      {steward ? (
        <Section
          title={editing ? t('form.changeTitle', { name: editing.name }) : t('form.createTitle')}
          id="rhythm-form"
        >
          <RhythmForm key={editing?.rhythmId ?? 'new'} editing={editing} onDone={onDone} />
          {editing && (
            <button type="button" onClick={() => setEditing(null)}>
              {t('form.cancel')}
            </button>
          )}
        </Section>
      ) : (
        <p className="muted">{t('form.readOnly')}</p>
      )}
      <CalendarFeed />
      {me.founder && signal.data && <Retention current={signal.data.retentionDays} />}
    </>
  );
}
