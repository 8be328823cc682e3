import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { SankeyChart } from '../charts/SankeyChart';
import { STREAM_COLOURS } from '../charts/colours';
import { Empty, QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { FieldErrors } from '../what-if/ProposeChangeForm';
import { formatCredits, formatDate, formatPercent } from '../format';
import { useMe, type Member } from '../session';

const NS = 'evaluations';
type Evaluation = components['schemas']['Evaluation'];
type Facts = components['schemas']['EvaluationFacts'];
type Stream = Facts['flows']['streams'][number]['stream'];

const canManage = (me: Member, circleId: string | null) =>
  me.founder || (circleId !== null && me.circles.some((c) => c.id === circleId && c.steward));
const canReflect = (me: Member, circleId: string | null) =>
  me.status === 'active' &&
  (circleId === null || me.founder || me.circles.some((c) => c.id === circleId));
const hours = (milli: string, language: string) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(Number(milli) / 1000);

/** The last quarter that has ended, as `2026-Q3`. */
export function lastEndedQuarter(now: Date = new Date()): string {
  const q = Math.floor(now.getMonth() / 3);
  return q === 0 ? `${now.getFullYear() - 1}-Q4` : `${now.getFullYear()}-Q${q}`;
}

function OpenForm() {
  const { t } = useTranslation(NS);
  const me = useMe();
  const queryClient = useQueryClient();
  const [quarter, setQuarter] = useState(lastEndedQuarter());
  const [circle, setCircle] = useState(
    me.founder ? '' : (me.circles.find((c) => c.steward)?.id ?? ''),
  );
  const [done, setDone] = useState<string | null>(null);
  const circles = useQuery({
    queryKey: ['circles'],
    queryFn: () => unwrap(api.GET('/api/circles')),
  });
  const open = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/evaluations', { body: { quarter, ...(circle ? { circle } : {}) } })),
    onSuccess: async () => {
      setDone(t('open.opened', { quarter }));
      await queryClient.invalidateQueries({ queryKey: ['evaluations'] });
    },
  });
  const errors = useFormErrors(open.error, { quarter: ['quarter'], circle: ['circle'] });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    open.mutate();
  };
  const choices = (circles.data?.items ?? []).filter((c) =>
    me.founder ? true : me.circles.some((m) => m.id === c.circleId && m.steward),
  );
  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field
        label={t('open.quarter')}
        hint={t('open.quarterHint')}
        errors={errors.field('quarter')}
      >
        {(p) => (
          <input
            {...p}
            value={quarter}
            pattern="\d{4}-Q[1-4]"
            onChange={(e) => setQuarter(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('open.scope')} errors={errors.field('circle')}>
        {(p) => (
          <select {...p} value={circle} onChange={(e) => setCircle(e.target.value)}>
            {me.founder && <option value="">{t('open.whole')}</option>}
            {choices.map((c) => (
              <option key={c.circleId} value={c.circleId}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {errors.rest}
      <button type="submit" disabled={open.isPending}>
        {t('open.submit')}
      </button>
      <ResultStatus message={done} />
    </form>
  );
}

/** `/evaluations`: every quarter's evaluations, and the form to open one. */
export function EvaluationsPage() {
  const { t } = useTranslation(NS);
  const me = useMe();
  const list = useQuery({
    queryKey: ['evaluations', 'list'],
    queryFn: () => unwrap(api.GET('/api/evaluations', { params: { query: {} } })),
  });
  const steward = me.founder || me.circles.some((c) => c.steward);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <Section title={t('list.title')} id="evaluation-list">
        <QueryView query={list}>
          {(data) =>
            data.items.length === 0 ? (
              <Empty>{t('list.none')}</Empty>
            ) : (
              <ul className="list">
                {data.items.map((e) => (
                  <li key={e.evaluationId}>
                    <Link to={`/evaluations/${e.evaluationId}`}>
                      {t('list.line', {
                        quarter: e.quarter,
                        scope: e.circleName ?? t('list.whole'),
                      })}
                    </Link>{' '}
                    <span className={`badge ${e.status}`}>{t(`list.${e.status}`)}</span>
                    <p className="muted">
                      {t('list.counts', { reflections: e.reflections, decisions: e.decisions })}
                    </p>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
      </Section>
      <Section title={t('open.title')} id="open-evaluation">
        {steward ? <OpenForm /> : <p className="muted">{t('open.readOnly')}</p>}
      </Section>
    </>
  );
}

function Flows({ e }: { e: Evaluation }) {
  const { t, i18n } = useTranslation(NS);
  const f = e.facts;
  const streamName = (s: Stream) => t(`flows.streams.${s}`);
  const name = (id: string) => e.names[id] ?? id;
  const links = [
    ...f.flows.streams
      .filter((s) => s.credits !== '0')
      .map((s) => ({ source: 'quarter', target: `stream-${s.stream}`, amount: s.credits })),
    ...f.careCredits.shares
      .filter((s) => s.amount !== '0')
      .map((s) => ({ source: 'stream-care', target: `member-${s.memberId}`, amount: s.amount })),
  ];
  const nodes = [
    { id: 'quarter', label: e.quarter, kind: 'source' as const },
    ...f.flows.streams.map((s) => ({
      id: `stream-${s.stream}`,
      label: streamName(s.stream),
      kind: 'stream' as const,
    })),
    ...f.careCredits.shares.map((s) => ({
      id: `member-${s.memberId}`,
      label: name(s.memberId),
      kind: 'member' as const,
    })),
  ].filter((n) => links.some((l) => l.source === n.id || l.target === n.id));
  return (
    <Section title={t('flows.title')} id="flows">
      {links.length === 0 ? (
        <Empty>{t('flows.none')}</Empty>
      ) : (
        <>
          <p>{t('flows.total', { credits: formatCredits(f.flows.credits, i18n.language) })}</p>
          <div className="table-scroll" role="region" aria-label={t('flows.scroll')} tabIndex={0}>
            <SankeyChart
              flows={{ nodes, links }}
              label={t('flows.chart', { quarter: e.quarter })}
              money={(minor) => formatCredits(minor.toString(), i18n.language)}
            />
          </div>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('flows.stream')}</th>
                  <th scope="col" className="num">
                    {t('flows.credits')}
                  </th>
                  <th scope="col" className="num">
                    {t('flows.hours')}
                  </th>
                  <th scope="col" className="num">
                    {t('flows.share')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {f.flows.streams.map((s) => (
                  <tr key={s.stream}>
                    <th scope="row">{streamName(s.stream)}</th>
                    <td className="num">{formatCredits(s.credits, i18n.language)}</td>
                    <td className="num">{hours(s.hours, i18n.language)}</td>
                    <td className="num">{formatPercent(s.shareBp / 10_000, i18n.language)}</td>
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

function Care({ e }: { e: Evaluation }) {
  const { t, i18n } = useTranslation(NS);
  const c = e.facts.careHours;
  const gini = Number(c.gini.numerator) / Number(c.gini.denominator);
  return (
    <Section title={t('care.title')} id="care-shares">
      {c.total === '0' ? (
        <Empty>{t('care.none')}</Empty>
      ) : (
        <>
          <p>{t('care.gini', { gini: gini.toFixed(2) })}</p>
          <ul className="bars">
            {c.shares.map((s) => (
              <li key={s.memberId}>
                <span>{e.names[s.memberId] ?? s.memberId}</span>
                <span className="bar" aria-hidden="true">
                  <span style={{ width: `${s.shareBp / 100}%`, background: STREAM_COLOURS.care }} />
                </span>
                <span className="num">
                  {formatPercent(s.shareBp / 10_000, i18n.language)} ·{' '}
                  {t('care.hours', { hours: hours(s.amount, i18n.language) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

function Duties({ e }: { e: Evaluation }) {
  const { t, i18n } = useTranslation(NS);
  const d = e.facts.duties;
  return (
    <Section title={t('duties.title')} id="duties">
      {d.items.length === 0 ? (
        <Empty>{t('duties.none')}</Empty>
      ) : (
        <>
          <p>{t('duties.summary', { met: d.met, missed: d.missed })}</p>
          <ul className="list">
            {d.items.map((x) => (
              <li key={`${x.memberId}-${x.stream}-${x.period}`}>
                {t('duties.line', {
                  name: e.names[x.memberId] ?? x.memberId,
                  stream: t(`flows.streams.${x.stream}`),
                  period: x.period,
                })}{' '}
                <span className={`badge ${x.met ? 'met' : 'missed'}`}>
                  {t(x.met ? 'duties.met' : 'duties.missed')}
                </span>{' '}
                <span className="muted">
                  {t('duties.progress', {
                    done: formatCredits(x.done, i18n.language),
                    owed: formatCredits(x.owed, i18n.language),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

function Signals({ e }: { e: Evaluation }) {
  const { t, i18n } = useTranslation(NS);
  const f = e.facts;
  return (
    <div className="grid-2">
      <Section title={t('overloads.title')} id="overloads">
        <p>
          {t('overloads.logged', {
            members: f.overloads.loggedMembers,
            weeks: f.overloads.loggedWeeks,
          })}
        </p>
        <p>
          {t('overloads.capacity', {
            overloaded: f.overloads.capacityOverloaded,
            reporting: f.overloads.capacityReporting,
            threshold: f.overloads.threshold,
          })}
        </p>
        <p className="muted">{t('overloads.private')}</p>
      </Section>
      <Section title={t('thanks.title')} id="thanks">
        <p>
          {t('thanks.summary', { given: f.appreciations.given, forCare: f.appreciations.forCare })}
        </p>
        <ul className="list">
          {f.appreciations.received.map((a) => (
            <li key={a.memberId}>
              {t('thanks.line', { name: e.names[a.memberId] ?? a.memberId, count: a.count })}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('reviews.title')} id="reviews">
        {f.decisionsDue.length === 0 ? (
          <Empty>{t('reviews.none')}</Empty>
        ) : (
          <ul className="list">
            {f.decisionsDue.map((d) => (
              <li key={d.proposalId}>
                <Link to={`/proposals/${d.proposalId}`}>
                  {t('reviews.line', {
                    title: d.title,
                    date: formatDate(d.reviewDate, i18n.language),
                  })}
                </Link>{' '}
                {d.reviewProposalId ? (
                  <Link to={`/proposals/${d.reviewProposalId}`}>{t('reviews.opened')}</Link>
                ) : (
                  <span className="muted">{t('reviews.waiting')}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}

function Reflections({ e }: { e: Evaluation }) {
  const { t, i18n } = useTranslation(NS);
  const me = useMe();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const reflect = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/evaluations/{evaluationId}/reflections', {
          params: { path: { evaluationId: e.evaluationId } },
          body: { text },
        }),
      ),
    onSuccess: async () => {
      setText('');
      setDone(t('reflections.added'));
      await queryClient.invalidateQueries({ queryKey: ['evaluations'] });
    },
  });
  const errors = useFormErrors(reflect.error, { text: ['text'] });
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    setDone(null);
    reflect.mutate();
  };
  return (
    <Section title={t('reflections.title')} id="reflections">
      {e.reflections.length === 0 ? (
        <Empty>{t('reflections.none')}</Empty>
      ) : (
        <ul className="list">
          {e.reflections.map((r) => (
            <li key={r.reflectionId}>
              <p className="muted">
                {t('reflections.by', {
                  name: e.names[r.memberId] ?? r.memberId,
                  date: formatDate(r.at, i18n.language),
                })}
              </p>
              <p>{r.text}</p>
            </li>
          ))}
        </ul>
      )}
      {e.status === 'closed' ? (
        <p className="muted">{t('reflections.closedNote')}</p>
      ) : (
        canReflect(me, e.circleId) && (
          <form className="form" onSubmit={submit} noValidate>
            <Field
              label={t('reflections.label')}
              hint={t('reflections.hint')}
              errors={errors.field('text')}
            >
              {(p) => (
                <textarea
                  {...p}
                  value={text}
                  maxLength={4000}
                  onChange={(ev) => setText(ev.target.value)}
                />
              )}
            </Field>
            {errors.rest}
            <button type="submit" disabled={reflect.isPending}>
              {t('reflections.submit')}
            </button>
          </form>
        )
      )}
      <ResultStatus message={done} />
    </Section>
  );
}

type DecisionKind = Evaluation['decisions'][number]['kind'];

/**
 * The proposals opened since the evaluation was, each with what it is to the evaluation: nothing,
 * a review it led to, or duties it changed. Members pick them by title, never by id.
 */
function DecisionPicker({
  e,
  chosen,
  choose,
  errors,
}: {
  e: Evaluation;
  chosen: Record<string, DecisionKind>;
  choose: (proposalId: string, kind: DecisionKind | '') => void;
  errors: readonly string[] | undefined;
}) {
  const { t, i18n } = useTranslation(NS);
  const proposals = useQuery({
    queryKey: ['proposals', 'since', e.openedAt],
    queryFn: () => unwrap(api.GET('/api/proposals', { params: { query: { limit: 100 } } })),
    select: (page) =>
      page.items.filter((p) => p.status !== 'withdrawn' && p.openedAt >= e.openedAt),
  });
  return (
    <fieldset className="field">
      <legend>{t('close.decisions')}</legend>
      <p className="muted">
        {t('close.intro')} <Link to="/proposals/new">{t('close.newProposal')}</Link>
      </p>
      <QueryView query={proposals}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t('close.noProposals')}</Empty>
          ) : (
            <ul className="list">
              {items.map((p) => (
                <li key={p.proposalId}>
                  <Field
                    label={t('close.proposal', {
                      title: p.title,
                      date: formatDate(p.openedAt.slice(0, 10), i18n.language),
                    })}
                  >
                    {(props) => (
                      <select
                        {...props}
                        value={chosen[p.proposalId] ?? ''}
                        onChange={(ev) =>
                          choose(p.proposalId, ev.target.value as DecisionKind | '')
                        }
                      >
                        <option value="">{t('close.notLinked')}</option>
                        <option value="review">{t('decisions.kinds.review')}</option>
                        <option value="duty-adjustment">
                          {t('decisions.kinds.duty-adjustment')}
                        </option>
                      </select>
                    )}
                  </Field>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      <FieldErrors id={`decisions-errors-${e.evaluationId}`} errors={errors} />
    </fieldset>
  );
}

function CloseForm({ e }: { e: Evaluation }) {
  const { t } = useTranslation(NS);
  const queryClient = useQueryClient();
  const [summary, setSummary] = useState('');
  const [chosen, setChosen] = useState<Record<string, DecisionKind>>({});
  const choose = (proposalId: string, kind: DecisionKind | '') =>
    setChosen((was) => {
      const next = { ...was };
      if (kind === '') delete next[proposalId];
      else next[proposalId] = kind;
      return next;
    });
  const close = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/evaluations/{evaluationId}/close', {
          params: { path: { evaluationId: e.evaluationId } },
          body: {
            summary,
            decisions: Object.entries(chosen).map(([proposalId, kind]) => ({ kind, proposalId })),
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['evaluations'] }),
  });
  const errors = useFormErrors(close.error, { summary: ['summary'], decisions: ['decisions'] });
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    close.mutate();
  };
  return (
    <Section title={t('close.title')} id="close-evaluation">
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('close.summary')} errors={errors.field('summary')}>
          {(p) => (
            <textarea
              {...p}
              value={summary}
              maxLength={4000}
              onChange={(ev) => setSummary(ev.target.value)}
            />
          )}
        </Field>
        <DecisionPicker e={e} chosen={chosen} choose={choose} errors={errors.field('decisions')} />
        {errors.rest}
        <button type="submit" disabled={close.isPending}>
          {t('close.submit')}
        </button>
      </form>
      <ResultStatus message={close.isSuccess ? t('close.closed') : null} />
    </Section>
  );
}

function Decisions({ e }: { e: Evaluation }) {
  const { t } = useTranslation(NS);
  const { t: common } = useTranslation();
  // The node names a decided proposal by its outcome, an undecided one by its status.
  const statusWord = (status: string) =>
    ['open', 'closed', 'withdrawn'].includes(status)
      ? common(`proposals.statuses.${status as 'open' | 'closed' | 'withdrawn'}`)
      : common(`proposal.outcomes.${status as 'passed'}`, {
          defaultValue: common('proposal.outcomes.unknown'),
        });
  return (
    <Section title={t('decisions.title')} id="decisions">
      <h3>{t('decisions.summary')}</h3>
      <p>{e.summary}</p>
      {e.decisions.length === 0 ? (
        <Empty>{t('decisions.none')}</Empty>
      ) : (
        <ul className="list">
          {e.decisions.map((d) => (
            <li key={d.proposalId}>
              <Link to={`/proposals/${d.proposalId}`}>
                {t('decisions.line', {
                  kind: t(`decisions.kinds.${d.kind}`),
                  title: d.title || d.proposalId,
                  status: statusWord(d.status),
                })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** `/evaluations/:evaluationId`: one evaluation, pleasant to read, with its forms. */
export function EvaluationPage() {
  const { t, i18n } = useTranslation(NS);
  const me = useMe();
  const { evaluationId = '' } = useParams();
  const query = useQuery({
    queryKey: ['evaluations', evaluationId],
    queryFn: () =>
      unwrap(api.GET('/api/evaluations/{evaluationId}', { params: { path: { evaluationId } } })),
  });
  // The heading stands outside the query, so a missing evaluation still reads as a page.
  return (
    <>
      <p>
        <Link to="/evaluations">{t('detail.back')}</Link>
      </p>
      <h1>{query.data ? t('detail.title', { quarter: query.data.quarter }) : t('title')}</h1>
      <QueryView query={query}>
        {(e) => (
          <>
            <p>
              {t('detail.scope', {
                scope: e.circleName ?? t('list.whole'),
                from: formatDate(e.from, i18n.language),
                to: formatDate(e.to, i18n.language),
              })}{' '}
              {e.status === 'open'
                ? t('detail.status.open')
                : t('detail.status.closed', { date: formatDate(e.closedAt ?? '', i18n.language) })}
            </p>
            <p className="muted">
              {e.factsVerified
                ? t('detail.verified')
                : t('detail.notVerified', { hash: e.factsHash.slice(0, 16) })}{' '}
              <Link to="/money#books-heading">{t('detail.books')}</Link>
            </p>
            <Flows e={e} />
            <div className="grid-2">
              <Care e={e} />
              <Duties e={e} />
            </div>
            <Signals e={e} />
            <Reflections e={e} />
            {e.status === 'closed' ? (
              <Decisions e={e} />
            ) : (
              canManage(me, e.circleId) && <CloseForm e={e} />
            )}
          </>
        )}
      </QueryView>
    </>
  );
}
