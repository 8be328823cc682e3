import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { Empty, QueryView, Section } from '../components';
import { Field, ResultStatus } from '../flow-kit';
import { useRecordForm } from './record-form';
import { currentPeriod, formatDate, formatMoney, localToday } from '../format';
import { useMemberName } from '../members';
import { useMe } from '../session';
import { AmountField, MonthField, TextField, useAmount } from './money-fields';
import { accountLabel } from './books';
import { QuarterEvaluations } from '../evaluations/QuarterEvaluations';
import { DateInput } from '../words/DateInput';
import { SidewaysScroll } from '../charts/SidewaysScroll';

const NS = 'money';
const SOURCES = ['client', 'grant', 'donation'] as const;

/** The DisCO's base currency, which the books are kept in. */
function useCurrency(): string | undefined {
  return useQuery({
    queryKey: ['books', ''],
    queryFn: () => unwrap(api.GET('/api/books', { params: { query: {} } })),
  }).data?.currency;
}

function RecordIncome({ currency }: { currency: string }) {
  const { t, i18n } = useTranslation(NS);
  const [source, setSource] = useState<(typeof SOURCES)[number]>('client');
  const amount = useAmount();
  const fee = useAmount();
  const [date, setDate] = useState(localToday());
  const [payer, setPayer] = useState('');
  const [description, setDescription] = useState('');
  const { errors, done, submit, pending } = useRecordForm({
    send: (body: {
      source: (typeof SOURCES)[number];
      amount: string;
      currency: string;
      date: string;
      description: string;
      payer?: string;
      fee?: string;
    }) => unwrap(api.POST('/api/income', { body })),
    recorded: (data) => {
      setDescription('');
      setPayer('');
      amount.setText('');
      fee.setText('');
      return t('income.done', { amount: formatMoney(data.amount, data.currency, i18n.language) });
    },
    places: {
      source: ['source'],
      amount: ['amount', 'currency'],
      fee: ['fee'],
      date: ['date'],
      payer: ['payer'],
      description: ['description'],
    },
  });
  const onSubmit = submit(() => {
    const amountOk = amount.check();
    const feeOk = fee.text.trim() === '' || fee.check();
    if (!amountOk || !feeOk) return undefined;
    return {
      source,
      amount: amount.minor!,
      currency,
      date,
      description,
      ...(payer.trim() ? { payer } : {}),
      ...(fee.text.trim() ? { fee: fee.minor! } : {}),
    };
  });
  return (
    <Section title={t('income.title')} id="record-income">
      <form className="form" onSubmit={onSubmit} noValidate>
        <Field label={t('income.source')} errors={errors.field('source')}>
          {(p) => (
            <select
              {...p}
              value={source}
              onChange={(e) => setSource(e.target.value as typeof source)}
            >
              {SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`income.sources.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <AmountField
          amount={amount}
          label={t('amount', { currency })}
          errors={errors.field('amount')}
        />
        <Field label={t('date')} errors={errors.field('date')}>
          {(p) => <DateInput {...p} value={date} onValue={(value) => setDate(value)} />}
        </Field>
        <TextField
          label={t('income.payer')}
          value={payer}
          onValue={setPayer}
          maxLength={200}
          errors={errors.field('payer')}
        />
        <TextField
          label={t('income.description')}
          value={description}
          onValue={setDescription}
          maxLength={2000}
          errors={errors.field('description')}
        />
        <AmountField
          amount={fee}
          label={t('income.fee', { currency })}
          errors={errors.field('fee')}
          hint={false}
        />
        {errors.rest}
        <button type="submit" disabled={pending}>
          {t('income.submit')}
        </button>
        <ResultStatus message={done} />
      </form>
    </Section>
  );
}

function RecordExpense({ currency }: { currency: string }) {
  const { t, i18n } = useTranslation(NS);
  const amount = useAmount();
  const [date, setDate] = useState(localToday());
  const [payee, setPayee] = useState('');
  const [reason, setReason] = useState('');
  const { errors, done, submit, pending } = useRecordForm({
    send: (body: {
      amount: string;
      currency: string;
      date: string;
      payee: string;
      reason: string;
    }) => unwrap(api.POST('/api/expenses', { body })),
    recorded: (_, body) => {
      amount.setText('');
      setPayee('');
      setReason('');
      return t('expense.done', { amount: formatMoney(body.amount, currency, i18n.language) });
    },
    places: {
      amount: ['amount', 'currency'],
      date: ['date'],
      payee: ['payee'],
      reason: ['reason'],
    },
  });
  const onSubmit = submit(() =>
    amount.check() ? { amount: amount.minor!, currency, date, payee, reason } : undefined,
  );
  return (
    <Section title={t('expense.title')} id="record-expense">
      <form className="form" onSubmit={onSubmit} noValidate>
        <AmountField
          amount={amount}
          label={t('amount', { currency })}
          errors={errors.field('amount')}
        />
        <Field label={t('date')} errors={errors.field('date')}>
          {(p) => <DateInput {...p} value={date} onValue={(value) => setDate(value)} />}
        </Field>
        <TextField
          label={t('expense.payee')}
          value={payee}
          onValue={setPayee}
          maxLength={200}
          errors={errors.field('payee')}
        />
        <TextField
          label={t('expense.reason')}
          value={reason}
          onValue={setReason}
          maxLength={2000}
          errors={errors.field('reason')}
        />
        {errors.rest}
        <button type="submit" disabled={pending}>
          {t('expense.submit')}
        </button>
        <ResultStatus message={done} />
      </form>
    </Section>
  );
}

function RecordPayout({ currency }: { currency: string }) {
  const { t, i18n } = useTranslation(NS);
  const runs = useQuery({
    queryKey: ['runs'],
    queryFn: () => unwrap(api.GET('/api/distribution/runs')),
  });
  const [chosenRun, setRunId] = useState('');
  const runId = chosenRun || runs.data?.items[0]?.id || '';
  const run = useQuery({
    queryKey: ['run', runId],
    queryFn: () =>
      unwrap(api.GET('/api/distribution/runs/{runId}', { params: { path: { runId } } })),
    enabled: runId !== '',
  });
  const lines = (run.data?.members ?? []).filter((m) => m.amount !== '0');
  const [chosenMember, setMemberId] = useState('');
  const memberId = lines.some((l) => l.memberId === chosenMember)
    ? chosenMember
    : (lines[0]?.memberId ?? '');
  const amount = useAmount();
  const [reference, setReference] = useState('');
  const money = (minor: string) => formatMoney(minor, currency, i18n.language);
  const { errors, done, submit, pending } = useRecordForm({
    send: (body: { runId: string; memberId: string; amount: string; reference: string }) =>
      unwrap(api.POST('/api/payouts', { body })),
    recorded: (_, body) => {
      amount.setText('');
      setReference('');
      const name = lines.find((l) => l.memberId === body.memberId)?.name ?? '';
      return t('payout.done', { amount: money(body.amount), name });
    },
    places: { run: ['runId'], member: ['memberId'], amount: ['amount'], reference: ['reference'] },
  });
  const onSubmit = submit(() =>
    amount.check() ? { runId, memberId, amount: amount.minor!, reference } : undefined,
  );
  return (
    <Section title={t('payout.title')} id="record-payout">
      <p className="muted">{t('payout.intro')}</p>
      <QueryView query={runs}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{t('payout.noRuns')}</Empty>
          ) : (
            <form className="form" onSubmit={onSubmit} noValidate>
              <Field label={t('payout.run')} errors={errors.field('run')}>
                {(p) => (
                  <select {...p} value={runId} onChange={(e) => setRunId(e.target.value)}>
                    {data.items.map((r) => (
                      <option key={r.id} value={r.id}>
                        {r.period}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {run.data && lines.length === 0 ? (
                <Empty>{t('payout.nobody')}</Empty>
              ) : (
                <>
                  <Field label={t('payout.member')} errors={errors.field('member')}>
                    {(p) => (
                      <select
                        {...p}
                        value={memberId}
                        onChange={(e) => {
                          setMemberId(e.target.value);
                        }}
                      >
                        {lines.map((l) => (
                          <option key={l.memberId} value={l.memberId}>
                            {t('payout.line', { name: l.name, amount: money(l.amount) })}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <AmountField
                    amount={amount}
                    label={t('amount', { currency })}
                    errors={errors.field('amount')}
                  />
                  <TextField
                    label={t('payout.reference')}
                    value={reference}
                    onValue={setReference}
                    maxLength={200}
                    errors={errors.field('reference')}
                  />
                  {errors.rest}
                  <button type="submit" disabled={pending || memberId === ''}>
                    {t('payout.submit')}
                  </button>
                </>
              )}
              <ResultStatus message={done} />
            </form>
          )
        }
      </QueryView>
    </Section>
  );
}

function previousPeriod(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

function CloseMonth({ currency }: { currency: string }) {
  const { t, i18n } = useTranslation(NS);
  const [period, setPeriod] = useState(previousPeriod(localToday()));
  const { errors, done, submit, pending } = useRecordForm({
    send: (body: { period: string }) => unwrap(api.POST('/api/distribution/runs', { body })),
    recorded: (run) =>
      t('close.done', {
        period: run.period,
        paid: formatMoney(run.totals.paid, currency, i18n.language),
      }),
    places: { period: ['period'] },
  });
  return (
    <Section title={t('close.title')} id="close-month">
      <p className="muted">{t('close.intro')}</p>
      <form className="form" noValidate onSubmit={submit(() => ({ period }))}>
        <MonthField
          label={t('close.period')}
          value={period}
          onValue={setPeriod}
          errors={errors.field('period')}
        />
        {errors.rest}
        <button type="submit" disabled={pending}>
          {t('close.submit')}
        </button>
        <ResultStatus message={done} />
      </form>
    </Section>
  );
}

/** One period's income or expenses, newest as the node lists them, or what to do when there are none. */
function MoneyList<Item extends { id: string }>({
  title,
  query,
  empty,
  next,
  line,
}: {
  title: string;
  query: UseQueryResult<{ items: Item[] }>;
  empty: string;
  next: { to: string; label: string } | undefined;
  line: (item: Item) => ReactNode;
}) {
  return (
    <>
      <h3>{title}</h3>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty next={next}>{empty}</Empty>
          ) : (
            <ul className="list">
              {data.items.map((item) => (
                <li key={item.id}>{line(item)}</li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}

function IncomeAndExpenses({ currency, treasurer }: { currency: string; treasurer: boolean }) {
  const { t, i18n } = useTranslation(NS);
  const [period, setPeriod] = useState(currentPeriod());
  const query = { params: { query: period ? { period } : {} } };
  const income = useQuery({
    queryKey: ['income', period],
    queryFn: () => unwrap(api.GET('/api/income', query)),
  });
  const expenses = useQuery({
    queryKey: ['expenses', period],
    queryFn: () => unwrap(api.GET('/api/expenses', query)),
  });
  const money = (minor: string, c = currency) => formatMoney(minor, c, i18n.language);
  return (
    <Section title={t('lists.title')} id="money-lists">
      <MonthField label={t('lists.period')} value={period} onValue={setPeriod} />
      <MoneyList
        title={t('lists.income')}
        query={income}
        empty={t('lists.noIncome')}
        next={
          treasurer
            ? { to: '#record-income-heading', label: t('help:empty.recordIncome') }
            : undefined
        }
        line={(i) => (
          <>
            <span className="num">{money(i.amount, i.currency)}</span>{' '}
            {t(`income.sources.${i.source as (typeof SOURCES)[number]}`)}
            {i.payer ? ` ${t('lists.from', { payer: i.payer })}` : ''}: {i.description}{' '}
            <span className="muted">{formatDate(i.date, i18n.language)}</span>
          </>
        )}
      />
      <MoneyList
        title={t('lists.expenses')}
        query={expenses}
        empty={t('lists.noExpenses')}
        next={
          treasurer
            ? { to: '#record-expense-heading', label: t('help:empty.recordExpense') }
            : undefined
        }
        line={(x) => (
          <>
            <span className="num">{money(x.amount, x.currency)}</span> {x.payee}: {x.reason}{' '}
            <span className="muted">{formatDate(x.date, i18n.language)}</span>
          </>
        )}
      />
    </Section>
  );
}

function Books() {
  const { t, i18n } = useTranslation(NS);
  const nameOf = useMemberName();
  const [period, setPeriod] = useState('');
  const books = useQuery({
    queryKey: ['books', period],
    queryFn: () => unwrap(api.GET('/api/books', { params: { query: period ? { period } : {} } })),
  });
  const words = {
    bank: t('books.names.bank'),
    fees: t('books.names.fees'),
    expenses: t('books.names.expenses'),
    distribution: t('books.names.distribution'),
    income: (source: string) =>
      t('books.names.income', {
        source: (SOURCES as readonly string[]).includes(source)
          ? t(`income.sources.${source as (typeof SOURCES)[number]}`)
          : source,
      }),
    bucket: (name: string) => t('books.names.bucket', { name }),
    payable: (name: string) => t('books.names.payable', { name }),
  };
  return (
    <Section title={t('books.title')} id="books">
      <p className="muted">{t('books.intro')}</p>
      <MonthField label={t('books.period')} value={period} onValue={setPeriod} />
      {period && <QuarterEvaluations month={period} />}
      <QueryView query={books}>
        {(data) => {
          const money = (minor: string) => formatMoney(minor, data.currency, i18n.language);
          return data.accounts.length === 0 ? (
            <Empty>{t('books.empty')}</Empty>
          ) : (
            <>
              <SidewaysScroll label={t('books.title')} cue={t('books.scrollCue')}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('books.account')}</th>
                      <th scope="col" className="num">
                        {t('books.debit')}
                      </th>
                      <th scope="col" className="num">
                        {t('books.credit')}
                      </th>
                      <th scope="col" className="num">
                        {t('books.balance')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.accounts.map((a) => (
                      <tr key={a.account}>
                        <th scope="row">{accountLabel(a.account, nameOf, words)}</th>
                        <td className="num">{money(a.debit)}</td>
                        <td className="num">{money(a.credit)}</td>
                        <td className="num">{money(a.balance)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </SidewaysScroll>
              <p>{t('books.trial', { amount: money(data.trialBalance) })}</p>
            </>
          );
        }}
      </QueryView>
    </Section>
  );
}

/**
 * The collective's money: treasurers (founders and committed members) record income and
 * expenses, founders close months and record payouts against a run's member lines, and every
 * member reads the books with members named.
 */
export function MoneyPage() {
  const { t } = useTranslation(NS);
  const me = useMe();
  const currency = useCurrency();
  const active = me.status === 'active';
  const treasurer = active && (me.founder || me.level === 'committed');
  const founder = active && me.founder;
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {!treasurer && <p className="muted">{t('readOnly')}</p>}
      {currency && (
        <>
          {treasurer && <RecordIncome currency={currency} />}
          {treasurer && <RecordExpense currency={currency} />}
          {founder && <CloseMonth currency={currency} />}
          {founder && <RecordPayout currency={currency} />}
          <IncomeAndExpenses currency={currency} treasurer={treasurer} />
        </>
      )}
      <Books />
    </>
  );
}
