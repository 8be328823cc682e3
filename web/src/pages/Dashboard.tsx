import { useQuery, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { Dashboard as DashboardData, Flows, Stream } from '../api/types';
import { STREAM_COLOURS } from '../charts/colours';
import { SankeyChart } from '../charts/SankeyChart';
import { SidewaysScroll } from '../charts/SidewaysScroll';
import { StreamsChart } from '../charts/StreamsChart';
import { STREAMS } from '../charts/streams-layout';
import { DetailsOnOpen, Empty, QueryView, Section } from '../components';
import { FirstRunGuide } from '../help/FirstRunGuide';
import { Term } from '../help/Term';
import { useMe } from '../session';
import { CapacitySignal } from '../rhythms/CapacitySignal';
import { nodeName } from '../words/node-name';
import { useCatalogue } from '../words/render';
import {
  dateFormat,
  formatCredits,
  formatDate,
  formatMoney,
  formatPercent,
  localToday,
  numberFormat,
} from '../format';

// The feed's lines are said through the message catalogues: loaded after the figures, not before.
const LatestActivity = lazy(() =>
  import('../activity/ActivityLines').then((m) => ({ default: m.LatestActivity })),
);

const flowsQuery = {
  queryKey: ['flows'],
  queryFn: () => unwrap(api.GET('/api/distribution/flows')),
};
const dashboardQuery = {
  queryKey: ['dashboard'],
  queryFn: () => unwrap(api.GET('/api/dashboard')),
};

/**
 * The dashboard is where members land, so its data is asked for while the app starts, alongside
 * the session check, instead of one after the other: on a first visit that waterfall is most of
 * the wait. Only when this browser was signed in at its last session check (`probablySignedIn`)
 * or the node preloaded the figures for its session cookie (`preloadedByNode`, a first visit),
 * so a signed-out visit asks for nothing it would be refused. (The charts are small SVG code in
 * the entry chunk: nothing more to load.)
 */
export function startDashboardEarly(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(dashboardQuery);
  void queryClient.prefetchQuery(flowsQuery);
}

function FlowTable({ flows }: { flows: Flows }) {
  const { t, i18n } = useTranslation();
  const labels = new Map(flows.nodes.map((n) => [n.id, nodeName(n, { language: i18n.language })]));
  return (
    <DetailsOnOpen summary={t('dashboard.flowTable')}>
      <table className="flow-table">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.from')}</th>
            <th scope="col">{t('dashboard.to')}</th>
            <th scope="col" className="num">
              {t('common.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {flows.links.map((l) => (
            <tr key={`${l.source}>${l.target}`}>
              <td>{labels.get(l.source)}</td>
              <td>{labels.get(l.target)}</td>
              <td className="num">{formatMoney(l.amount, flows.currency, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DetailsOnOpen>
  );
}

function ValueFlow() {
  const { t, i18n } = useTranslation();
  // The nodes' English labels are the server's; another language needs the catalogue.
  const catalogueHere = useCatalogue(!i18n.language.startsWith('en'), ['outcomes']);
  const flows = useQuery(flowsQuery);
  const currency = flows.data?.currency ?? 'EUR';
  const money = useCallback(
    (minor: bigint) => formatMoney(minor.toString(), currency, i18n.language),
    [currency, i18n.language],
  );
  // The same graph object while the data and the language stay: the chart lays it out again
  // (d3-sankey's iterations) only when it changes, not on each render of this section.
  const graph = useMemo(
    () =>
      flows.data && {
        links: flows.data.links,
        nodes: flows.data.nodes.map((n) => ({
          ...n,
          label: nodeName(n, { language: i18n.language }),
        })),
      },
    // The labels read the catalogue: made again once it has arrived.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [flows.data, i18n.language, catalogueHere],
  );
  return (
    <Section title={t('dashboard.flow')} id="flow">
      <QueryView query={flows} missingHint={t('dashboard.flowMissing')}>
        {(data) =>
          data.links.length === 0 ? (
            <Empty next={{ to: '/distribution', label: t('help:empty.distribution') }}>
              {t('dashboard.flowEmpty', { period: data.period })}
            </Empty>
          ) : (
            <>
              <p className="muted">
                {t('dashboard.flowPeriod', { period: data.period })} <Term term="buckets" />{' '}
                <Term term="pots" />
              </p>
              {/* A phone scrolls the diagram sideways rather than pile its labels on each other. */}
              <SidewaysScroll label={t('dashboard.flowScroll')} cue={t('dashboard.flowScrollCue')}>
                <SankeyChart
                  flows={graph!}
                  money={money}
                  label={t('dashboard.flowChart', { period: data.period })}
                />
              </SidewaysScroll>
              <FlowTable flows={data} />
            </>
          )
        }
      </QueryView>
    </Section>
  );
}

/** Whether a week (its first day) is still going on: its credits so far are not a drop. */
function partialWeek(weekStart: string, today: string = localToday()): boolean {
  const end = new Date(`${weekStart}T12:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 7);
  return today < end.toISOString().slice(0, 10);
}

function Overview({ data }: { data: DashboardData }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const streamName = useCallback((s: Stream) => t(`streams.${s}`), [t]);
  const weekLabel = useCallback(
    (week: string, partial: boolean) => {
      const date = dateFormat(language, {
        day: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }).format(new Date(`${week}T12:00:00Z`));
      return partial ? t('me:dashboard.partialWeek', { date }) : date;
    },
    [language, t],
  );
  const number = useCallback(
    (credits: number) => numberFormat(language, { maximumFractionDigits: 2 }).format(credits),
    [language],
  );
  const credits = useCallback((minor: string) => formatCredits(minor, language), [language]);
  const weeks = data.streamsOverTime;
  const last = weeks[weeks.length - 1];
  return (
    <>
      <Section title={t('dashboard.awaiting')} id="awaiting">
        {data.proposalsAwaitingMyVote.length === 0 ? (
          <Empty next={{ to: '/proposals', label: t('help:empty.allProposals') }}>
            {t('dashboard.awaitingNone')}
          </Empty>
        ) : (
          <ul>
            {data.proposalsAwaitingMyVote.map((p) => (
              <li key={p.id}>
                <Link to={`/proposals/${p.id}`}>{p.title}</Link>{' '}
                <span className="muted">
                  {t('dashboard.until', { date: formatDate(p.deadline, i18n.language) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('dashboard.streams')} id="streams">
        <p className="muted terms">
          <Term term="credits" /> · <Term term="livelihood" /> · <Term term="love" /> ·{' '}
          <Term term="care" />
        </p>
        <StreamsChart
          weeks={weeks}
          label={t('dashboard.streamsChart')}
          streamName={streamName}
          weekLabel={weekLabel}
          number={number}
          credits={credits}
          lastIsPartial={last !== undefined && partialWeek(last.week)}
        />
        <DetailsOnOpen summary={t('dashboard.streamsTable')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.week')}</th>
                {STREAMS.map((s) => (
                  <th key={s} scope="col" className="num">
                    {streamName(s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.streamsOverTime.map((w) => (
                <tr key={w.week}>
                  <td>
                    {partialWeek(w.week)
                      ? t('me:dashboard.partialWeek', { date: formatDate(w.week, i18n.language) })
                      : formatDate(w.week, i18n.language)}
                  </td>
                  {STREAMS.map((s) => (
                    <td key={s} className="num">
                      {formatCredits(w[s], i18n.language)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </DetailsOnOpen>
      </Section>
      <div className="grid-2">
        <Section title={t('dashboard.care')} id="care">
          <p>
            {t('dashboard.gini', { gini: data.care.gini.toFixed(2) })} <Term term="gini" />
          </p>
          <ul className="bars">
            {data.care.shares.map((s) => (
              <li key={s.memberId}>
                <span>{s.name}</span>
                <span className="bar" aria-hidden="true">
                  <span
                    style={{
                      width: `${Math.round(s.share * 100)}%`,
                      background: STREAM_COLOURS.care,
                    }}
                  />
                </span>
                <span className="num">
                  {formatPercent(s.share, i18n.language)}
                  {s.thanked > 0 && ` · ${t('dashboard.thanked', { count: s.thanked })}`}
                </span>
              </li>
            ))}
          </ul>
          <CapacitySignal />
        </Section>
        <Section title={t('dashboard.duties')} id="duties">
          {data.duties.length === 0 ? (
            <Empty>
              {t('dashboard.dutiesNone')} <Term term="duties" />
            </Empty>
          ) : (
            <ul className="bars">
              {data.duties.map((d) => {
                const owed = Number(d.owed);
                const done = Math.min(Number(d.done), owed);
                const duty = t('me:dashboard.duty', {
                  name: d.name,
                  stream: streamName(d.stream as Stream),
                  period: d.period,
                });
                return (
                  <li key={`${d.memberId}-${d.stream}-${d.period}`}>
                    <span>{duty}</span>
                    <progress max={owed || 1} value={done} aria-label={duty} />
                    <span className="num">
                      {t('me:dashboard.dutyCredits', {
                        done: formatCredits(d.done, i18n.language),
                        owed: formatCredits(d.owed, i18n.language),
                      })}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </Section>
      </div>
    </>
  );
}

export function Dashboard() {
  const { t } = useTranslation();
  const dashboard = useQuery(dashboardQuery);
  const me = useMe();
  const worker = me.level !== null;
  return (
    // data-ready: the benchmark's mark (bench/deck-time-to-usable.ts) that the figures are on screen.
    <div data-ready={dashboard.isSuccess ? 'figures' : undefined}>
      <h1>{t('dashboard.title')}</h1>
      <FirstRunGuide memberId={me.memberId} />
      {worker && (
        <p className="lead">
          <Link to="/log" className="button">
            {t('dashboard.logWork')}
          </Link>
        </p>
      )}
      <ValueFlow />
      <QueryView query={dashboard} missingHint={t('dashboard.missing')}>
        {(data) => <Overview data={data} />}
      </QueryView>
      <Suspense fallback={null}>
        <LatestActivity />
      </Suspense>
    </div>
  );
}
