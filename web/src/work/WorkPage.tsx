import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { Empty, ErrorNotice, QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { formatCredits, formatDate, formatMoney, localToday } from '../format';
import { decimalToMinor } from '../money/amount';
import { useMe } from '../session';
import { DateInput } from '../words/DateInput';

type Project = components['schemas']['Project'];
const NS = 'work';
const STATUSES = ['proposed', 'active', 'completed', 'cancelled'] as const;
type Status = (typeof STATUSES)[number];
const STREAMS = ['livelihood', 'love', 'care'] as const;
const PERS = ['hour', 'word', 'unit'] as const;

/** An optional amount field: empty is "not given", anything else must be an amount. */
function optionalMinor(text: string): { ok: boolean; minor?: string } {
  if (text.trim() === '') return { ok: true };
  const minor = decimalToMinor(text);
  return minor === null ? { ok: false } : { ok: true, minor };
}

function ProjectLine({ project, canManage }: { project: Project; canManage: boolean }) {
  const { t, i18n } = useTranslation(NS);
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>(project.status as Status);
  const [done, setDone] = useState<string | null>(null);
  const currency = useQuery({
    queryKey: ['books', ''],
    queryFn: () => unwrap(api.GET('/api/books', { params: { query: {} } })),
  }).data?.currency;
  const update = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/projects/{projectId}', {
          params: { path: { projectId: project.projectId } },
          body: { status },
        }),
      ),
    onMutate: () => setDone(null),
    onSuccess: async () => {
      setDone(
        t('projects.updated', { name: project.name, status: t(`projects.statuses.${status}`) }),
      );
      await queryClient.invalidateQueries({ queryKey: ['projects'] });
    },
  });
  const money = (minor: string) =>
    currency ? formatMoney(minor, currency, i18n.language) : formatCredits(minor, i18n.language);
  return (
    <li>
      <strong>{project.name}</strong>{' '}
      <span className="muted">
        {t('projects.line', {
          client: project.client,
          status: t(`projects.statuses.${project.status as Status}`),
          hours: project.hours,
          consumed: money(project.consumed),
          budget: project.budget ? money(project.budget) : t('projects.noBudget'),
        })}
      </span>
      {canManage && (
        <form
          className="inline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate();
          }}
        >
          <Field label={t('projects.status', { name: project.name })}>
            {(p) => (
              <select {...p} value={status} onChange={(e) => setStatus(e.target.value as Status)}>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`projects.statuses.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" disabled={update.isPending || status === project.status}>
            {t('projects.update', { name: project.name })}
          </button>
        </form>
      )}
      {update.error ? <ErrorNotice error={update.error} /> : null}
      <ResultStatus message={done} />
    </li>
  );
}

function NewProject({ currency }: { currency: string }) {
  const { t } = useTranslation(NS);
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [client, setClient] = useState('');
  const [budget, setBudget] = useState('');
  const [agreedPrice, setAgreedPrice] = useState('');
  const [status, setStatus] = useState<Status>('active');
  const [checked, setChecked] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (body: {
      name: string;
      client: string;
      status: Status;
      budget?: string;
      agreedPrice?: string;
    }) => unwrap(api.POST('/api/projects', { body })).then(() => body),
    onMutate: () => setDone(null),
    onSuccess: async (body) => {
      setDone(t('newProject.done', { name: body.name }));
      setName('');
      setClient('');
      setBudget('');
      setAgreedPrice('');
      setChecked(false);
      await queryClient.invalidateQueries({ queryKey: ['projects'] });
    },
  });
  const errors = useFormErrors(create.error, {
    name: ['name'],
    client: ['client'],
    budget: ['budget'],
    agreedPrice: ['agreedPrice'],
    status: ['status'],
  });
  const b = optionalMinor(budget);
  const a = optionalMinor(agreedPrice);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (!b.ok || !a.ok) return;
    create.mutate({
      name,
      client,
      status,
      ...(b.minor ? { budget: b.minor } : {}),
      ...(a.minor ? { agreedPrice: a.minor } : {}),
    });
  };
  return (
    <Section title={t('newProject.title')} id="new-project">
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('newProject.name')} errors={errors.field('name')}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('newProject.client')} errors={errors.field('client')}>
          {(p) => <input {...p} value={client} onChange={(e) => setClient(e.target.value)} />}
        </Field>
        <div className="row">
          <Field
            label={`${t('newProject.budget')} (${t('amount', { currency })})`}
            errors={checked && !b.ok ? [t('badAmount')] : errors.field('budget')}
          >
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={budget}
                onChange={(e) => setBudget(e.target.value)}
              />
            )}
          </Field>
          <Field
            label={`${t('newProject.agreedPrice')} (${t('amount', { currency })})`}
            errors={checked && !a.ok ? [t('badAmount')] : errors.field('agreedPrice')}
          >
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={agreedPrice}
                onChange={(e) => setAgreedPrice(e.target.value)}
              />
            )}
          </Field>
        </div>
        <Field label={t('newProject.status')} errors={errors.field('status')}>
          {(p) => (
            <select {...p} value={status} onChange={(e) => setStatus(e.target.value as Status)}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`projects.statuses.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {errors.rest}
        <button type="submit" disabled={create.isPending}>
          {t('newProject.submit')}
        </button>
        <ResultStatus message={done} />
      </form>
    </Section>
  );
}

function SetRate() {
  const { t, i18n } = useTranslation(NS);
  const queryClient = useQueryClient();
  const [stream, setStream] = useState<(typeof STREAMS)[number]>('livelihood');
  const [taskKind, setTaskKind] = useState('');
  const [per, setPer] = useState<(typeof PERS)[number]>('hour');
  const [amount, setAmount] = useState('');
  const [from, setFrom] = useState(localToday());
  const [checked, setChecked] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const minor = decimalToMinor(amount);
  const set = useMutation({
    mutationFn: (body: {
      stream: (typeof STREAMS)[number];
      taskKind: string;
      per: string;
      amount: string;
      effectiveFrom: string;
    }) => unwrap(api.POST('/api/rates', { body })).then(() => body),
    onMutate: () => setDone(null),
    onSuccess: async (body) => {
      setDone(
        t('rates.done', {
          taskKind: body.taskKind,
          stream: t(`app:streams.${body.stream}`),
          amount: formatCredits(body.amount, i18n.language),
          per: t(`rates.pers.${per}`),
          from: formatDate(body.effectiveFrom, i18n.language),
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ['rates'] });
    },
  });
  const errors = useFormErrors(set.error, {
    stream: ['stream'],
    taskKind: ['taskKind'],
    per: ['per'],
    amount: ['amount'],
    from: ['effectiveFrom'],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (minor === null) return;
    set.mutate({ stream, taskKind, per, amount: minor, effectiveFrom: from });
  };
  return (
    <Section title={t('rates.title')} id="set-rate">
      <p className="muted">{t('rates.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="row">
          <Field label={t('rates.stream')} errors={errors.field('stream')}>
            {(p) => (
              <select
                {...p}
                value={stream}
                onChange={(e) => setStream(e.target.value as typeof stream)}
              >
                {STREAMS.map((s) => (
                  <option key={s} value={s}>
                    {t(`app:streams.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('rates.per')} errors={errors.field('per')}>
            {(p) => (
              <select {...p} value={per} onChange={(e) => setPer(e.target.value as typeof per)}>
                {PERS.map((x) => (
                  <option key={x} value={x}>
                    {t(`rates.pers.${x}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label={t('rates.taskKind')} errors={errors.field('taskKind')}>
          {(p) => <input {...p} value={taskKind} onChange={(e) => setTaskKind(e.target.value)} />}
        </Field>
        <div className="row">
          <Field
            label={t('rates.amount', { per: t(`rates.pers.${per}`) })}
            errors={checked && minor === null ? [t('badAmount')] : errors.field('amount')}
          >
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('rates.from')} errors={errors.field('from')}>
            {(p) => <DateInput {...p} value={from} onValue={(value) => setFrom(value)} />}
          </Field>
        </div>
        {errors.rest}
        <button type="submit" disabled={set.isPending}>
          {t('rates.submit')}
        </button>
        <ResultStatus message={done} />
      </form>
    </Section>
  );
}

/**
 * Work and settings: every member sees the livelihood projects; founders and committed members
 * create them and change their status; founders set credit rates (the rates in force are listed
 * on Settings).
 */
export function WorkPage() {
  const { t } = useTranslation(NS);
  const me = useMe();
  const projects = useQuery({
    queryKey: ['projects'],
    queryFn: () => unwrap(api.GET('/api/projects')),
  });
  const currency = useQuery({
    queryKey: ['books', ''],
    queryFn: () => unwrap(api.GET('/api/books', { params: { query: {} } })),
  }).data?.currency;
  const active = me.status === 'active';
  const canManage = active && (me.founder || me.level === 'committed');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <Section title={t('projects.title')} id="projects">
        <QueryView query={projects}>
          {(data) =>
            data.items.length === 0 ? (
              <Empty>{t('projects.none')}</Empty>
            ) : (
              <ul className="list">
                {data.items.map((p) => (
                  <ProjectLine key={p.projectId} project={p} canManage={canManage} />
                ))}
              </ul>
            )
          }
        </QueryView>
      </Section>
      {canManage && currency && <NewProject currency={currency} />}
      {active && me.founder && <SetRate />}
    </>
  );
}
