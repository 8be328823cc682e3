import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { Empty, QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { formatDate } from '../format';
import { useMe } from '../session';

const NS = 'rhythms';
const AUDIENCES = ['circle', 'mentors-stewards', 'self'] as const;
type Audience = (typeof AUDIENCES)[number];
type Checkin = components['schemas']['Checkin'];

function useRefreshCheckins() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['checkins'] });
}

function CheckinForm({ retentionDays }: { retentionDays: number | undefined }) {
  const { t, i18n } = useTranslation(NS);
  const refresh = useRefreshCheckins();
  const [feeling, setFeeling] = useState('');
  const [capacity, setCapacity] = useState('100');
  const [blockers, setBlockers] = useState('');
  const [needs, setNeeds] = useState('');
  const [audience, setAudience] = useState<Audience>('circle');
  const [badCapacity, setBadCapacity] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const write = useMutation({
    mutationFn: async (body: {
      feeling: string;
      capacity: number;
      blockers: string;
      needs: string;
      audience: Audience;
    }) => {
      const made = await unwrap(api.POST('/api/checkins', { body }));
      // Read it back as its audience will: what the member is told is what was kept.
      return unwrap(
        api.GET('/api/checkins/{checkinId}', { params: { path: { checkinId: made.checkinId } } }),
      );
    },
    onSuccess: async (kept) => {
      setDone(
        t('checkin.done', {
          week: formatDate(kept.weekOf, i18n.language),
          capacity: kept.capacity,
        }),
      );
      setFeeling('');
      setBlockers('');
      setNeeds('');
      await refresh();
    },
  });
  const errors = useFormErrors(write.error, {
    feeling: ['feeling'],
    capacity: ['capacity'],
    blockers: ['blockers'],
    needs: ['needs'],
    audience: ['audience'],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const value = Number(capacity);
    const ok = /^\d+$/.test(capacity.trim()) && value >= 0 && value <= 300;
    setBadCapacity(!ok);
    if (!ok) return;
    write.mutate({ feeling, capacity: value, blockers, needs, audience });
  };
  return (
    <Section title={t('checkin.title')} id="checkin">
      <p className="muted">
        {retentionDays ? t('checkin.intro', { days: retentionDays }) : t('checkin.introPlain')}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('checkin.feeling')} errors={errors.field('feeling')}>
          {(p) => (
            <textarea
              {...p}
              value={feeling}
              maxLength={500}
              onChange={(e) => setFeeling(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('checkin.capacity')}
          errors={badCapacity ? [t('checkin.badCapacity')] : errors.field('capacity')}
        >
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={capacity}
              onChange={(e) => setCapacity(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('checkin.blockers')} errors={errors.field('blockers')}>
          {(p) => (
            <textarea
              {...p}
              value={blockers}
              maxLength={2000}
              onChange={(e) => setBlockers(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('checkin.needs')} errors={errors.field('needs')}>
          {(p) => (
            <textarea
              {...p}
              value={needs}
              maxLength={2000}
              onChange={(e) => setNeeds(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('checkin.audience')} errors={errors.field('audience')}>
          {(p) => (
            <select
              {...p}
              value={audience}
              onChange={(e) => setAudience(e.target.value as Audience)}
            >
              {AUDIENCES.map((a) => (
                <option key={a} value={a}>
                  {t(`checkin.audiences.${a}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {errors.rest}
        <button type="submit" disabled={write.isPending}>
          {t('checkin.submit')}
        </button>
        <ResultStatus message={done} />
      </form>
    </Section>
  );
}

function CheckinItem({ c, mine, onDeleted }: { c: Checkin; mine: boolean; onDeleted: () => void }) {
  const { t, i18n } = useTranslation(NS);
  const refresh = useRefreshCheckins();
  const week = formatDate(c.weekOf, i18n.language);
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/checkins/{checkinId}', { params: { path: { checkinId: c.checkinId } } }),
      ),
    onSuccess: async () => {
      onDeleted();
      await refresh();
    },
  });
  return (
    <li>
      <p>
        {!mine && <strong>{c.displayName}: </strong>}
        {c.feeling}
      </p>
      <p className="muted">
        {t('checkin.line', {
          week,
          capacity: c.capacity,
          audience: t(`checkin.audiences.${c.audience}`),
        })}
      </p>
      {c.blockers && <p>{t('checkin.blockersShort', { text: c.blockers })}</p>}
      {c.needs && <p>{t('checkin.needsShort', { text: c.needs })}</p>}
      {mine && (
        <button type="button" disabled={remove.isPending} onClick={() => remove.mutate()}>
          {t('checkin.delete', { week })}
        </button>
      )}
    </li>
  );
}

/** The Me page's check-ins: the form, my own (to delete) and those shared with me. */
export function MyCheckins() {
  const { t } = useTranslation(NS);
  const me = useMe();
  const [deleted, setDeleted] = useState<{ message: string; seq: number } | null>(null);
  const query = useQuery({
    queryKey: ['checkins'],
    queryFn: () => unwrap(api.GET('/api/checkins', { params: { query: {} } })),
  });
  const signal = useQuery({
    queryKey: ['care-capacity'],
    queryFn: () => unwrap(api.GET('/api/care/capacity')),
    retry: false,
  });
  const onDeleted = () =>
    setDeleted((d) => ({ message: t('checkin.deleted'), seq: (d?.seq ?? 0) + 1 }));
  return (
    <>
      <CheckinForm retentionDays={signal.data?.retentionDays} />
      <QueryView query={query}>
        {(data) => {
          const mine = data.items.filter((c) => c.memberId === me.memberId);
          const shared = data.items.filter((c) => c.memberId !== me.memberId);
          return (
            <>
              <Section title={t('checkin.mine')} id="my-checkins">
                <ResultStatus message={deleted?.message ?? null} seq={deleted?.seq ?? 0} />
                {mine.length === 0 ? (
                  <Empty>{t('checkin.none')}</Empty>
                ) : (
                  <ul className="list">
                    {mine.map((c) => (
                      <CheckinItem key={c.checkinId} c={c} mine onDeleted={onDeleted} />
                    ))}
                  </ul>
                )}
              </Section>
              <Section title={t('checkin.shared')} id="shared-checkins">
                {shared.length === 0 ? (
                  <Empty>{t('checkin.none')}</Empty>
                ) : (
                  <ul className="list">
                    {shared.map((c) => (
                      <CheckinItem key={c.checkinId} c={c} mine={false} onDeleted={onDeleted} />
                    ))}
                  </ul>
                )}
              </Section>
            </>
          );
        }}
      </QueryView>
    </>
  );
}
