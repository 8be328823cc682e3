import { useQuery, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { Dashboard as DashboardData, Flows, Stream } from '../api/types';
import type { ChartOption } from '../charts/EChart';
import { NODE_COLOURS, STREAM_COLOURS } from '../charts/colours';
import {
  LABEL_LINE,
  LABEL_WIDTH,
  NODE_GAP,
  nodeAmounts,
  SANKEY_MIN_WIDTH,
  sankeyHeight,
} from '../charts/sankey-layout';
import { Empty, Loading, QueryView, Section } from '../components';
import { useMe } from '../session';
import { CapacitySignal } from '../rhythms/Checkins';
import {
  formatCredits,
  formatDate,
  formatMoney,
  formatPercent,
  localToday,
  minorToDecimal,
} from '../format';

// echarts is the heaviest thing the Deck draws with: it loads only when a chart is on screen.
const loadEChart = () => import('../charts/EChart');
const EChart = lazy(loadEChart);

const flowsQuery = {
  queryKey: ['flows'],
  queryFn: () => unwrap(api.GET('/api/distribution/flows')),
};
const dashboardQuery = {
  queryKey: ['dashboard'],
  queryFn: () => unwrap(api.GET('/api/dashboard')),
};

/**
 * The dashboard is where members land, so its data and its chart code are asked for while the app
 * starts, alongside the session check, instead of one after the other: on a first visit that
 * waterfall is most of the wait. Only when this browser was signed in at its last session check
 * (`probablySignedIn`), so a signed-out visit asks for nothing it would be refused.
 */
export function startDashboardEarly(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(dashboardQuery);
  void queryClient.prefetchQuery(flowsQuery);
  void loadEChart();
}

const STREAMS: Stream[] = ['livelihood', 'love', 'care'];

function sankeyOption(flows: Flows, language: string): ChartOption {
  const labels = new Map(flows.nodes.map((n) => [n.id, n.label]));
  const amounts = new Map(flows.links.map((l) => [`${l.source}>${l.target}`, l.amount]));
  const money = (amount: bigint) => formatMoney(amount.toString(), flows.currency, language);
  const throughput = nodeAmounts(flows);
  const linked = new Set(flows.links.flatMap((l) => [l.source, l.target]));
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: {
        dataType?: string;
        data: { source?: string; target?: string; name?: string };
      }) =>
        p.dataType === 'edge'
          ? `${labels.get(p.data.source ?? '')} → ${labels.get(p.data.target ?? '')}: ${formatMoney(amounts.get(`${p.data.source}>${p.data.target}`) ?? '0', flows.currency, language)}`
          : `${labels.get(p.data.name ?? '') ?? ''}: ${money(throughput.get(p.data.name ?? '') ?? 0n)}`,
    },
    series: [
      {
        type: 'sankey',
        // Room on the right for the last column's labels.
        left: 8,
        right: LABEL_WIDTH + 8,
        top: 2 * LABEL_LINE,
        bottom: 2 * LABEL_LINE,
        layoutIterations: 32,
        nodeGap: NODE_GAP,
        emphasis: { focus: 'adjacency' },
        label: {
          color: '#1a1a1a',
          fontSize: 12,
          lineHeight: LABEL_LINE,
          width: LABEL_WIDTH - 8,
          overflow: 'break',
          // A white outline keeps a label readable where it crosses a link.
          textBorderColor: '#ffffff',
          textBorderWidth: 3,
          // Plain text: echarts' rich text would lay the amount beside the name, past the edge.
          formatter: (p: { name: string }) =>
            `${labels.get(p.name) ?? p.name}\n${money(throughput.get(p.name) ?? 0n)}`,
        },
        lineStyle: { color: 'gradient', opacity: 0.45 },
        // A node nothing flowed through (a stream without claims this period) would only clutter.
        data: flows.nodes
          .filter((n) => linked.has(n.id))
          .map((n) => ({ name: n.id, itemStyle: { color: NODE_COLOURS[n.kind] } })),
        // Geometry only: the amounts shown are the exact strings above.
        links: flows.links.map((l) => ({
          source: l.source,
          target: l.target,
          value: Number(minorToDecimal(l.amount)),
        })),
      },
    ],
  };
}

function FlowTable({ flows }: { flows: Flows }) {
  const { t, i18n } = useTranslation();
  const labels = new Map(flows.nodes.map((n) => [n.id, n.label]));
  return (
    <details>
      <summary>{t('dashboard.flowTable')}</summary>
      <table>
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
    </details>
  );
}

function ValueFlow() {
  const { t, i18n } = useTranslation();
  const flows = useQuery(flowsQuery);
  const option = useMemo(
    () => (flows.data ? sankeyOption(flows.data, i18n.language) : null),
    [flows.data, i18n.language],
  );
  return (
    <Section title={t('dashboard.flow')} id="flow">
      <QueryView query={flows} missingHint={t('dashboard.flowMissing')}>
        {(data) =>
          data.links.length === 0 ? (
            <Empty>{t('dashboard.flowEmpty', { period: data.period })}</Empty>
          ) : (
            <>
              <p className="muted">{t('dashboard.flowPeriod', { period: data.period })}</p>
              {/* A phone scrolls the diagram sideways rather than pile its labels on each other. */}
              <div
                className="table-scroll"
                role="region"
                aria-label={t('dashboard.flowScroll')}
                tabIndex={0}
              >
                <Suspense fallback={<Loading />}>
                  {option && (
                    <EChart
                      option={option}
                      label={t('dashboard.flowChart', { period: data.period })}
                      height={sankeyHeight(data)}
                      minWidth={SANKEY_MIN_WIDTH}
                    />
                  )}
                </Suspense>
              </div>
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

function streamsOption(
  data: DashboardData,
  streamName: (s: Stream) => string,
  soFar: (week: string) => string,
): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { color: '#1a1a1a' } },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: {
      type: 'category',
      data: data.streamsOverTime.map((w) => (partialWeek(w.week) ? soFar(w.week) : w.week)),
      axisLabel: { color: '#1a1a1a' },
    },
    yAxis: { type: 'value', axisLabel: { color: '#1a1a1a' } },
    series: STREAMS.map((stream) => ({
      name: streamName(stream),
      type: 'line',
      stack: 'credits',
      areaStyle: { opacity: 0.25 },
      color: STREAM_COLOURS[stream],
      data: data.streamsOverTime.map((w) => Number(minorToDecimal(w[stream]))),
    })),
  };
}

function Overview({ data }: { data: DashboardData }) {
  const { t, i18n } = useTranslation();
  const streamName = (s: Stream) => t(`streams.${s}`);
  const option = useMemo(
    () =>
      streamsOption(
        data,
        (s) => t(`streams.${s}`),
        (week) => t('me:dashboard.partialWeek', { date: week }),
      ),
    [data, t],
  );
  return (
    <>
      <Section title={t('dashboard.awaiting')} id="awaiting">
        {data.proposalsAwaitingMyVote.length === 0 ? (
          <Empty>{t('dashboard.awaitingNone')}</Empty>
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
        <Suspense fallback={<Loading />}>
          <EChart option={option} label={t('dashboard.streamsChart')} height={280} />
        </Suspense>
        <details>
          <summary>{t('dashboard.streamsTable')}</summary>
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
        </details>
      </Section>
      <div className="grid-2">
        <Section title={t('dashboard.care')} id="care">
          <p>{t('dashboard.gini', { gini: data.care.gini.toFixed(2) })}</p>
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
                <span className="num">{formatPercent(s.share, i18n.language)}</span>
              </li>
            ))}
          </ul>
          <CapacitySignal />
        </Section>
        <Section title={t('dashboard.duties')} id="duties">
          {data.duties.length === 0 ? (
            <Empty>{t('dashboard.dutiesNone')}</Empty>
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
  const worker = useMe().level !== null;
  return (
    // data-ready: the benchmark's mark (bench/deck-time-to-usable.ts) that the figures are on screen.
    <div data-ready={dashboard.isSuccess ? 'figures' : undefined}>
      <h1>{t('dashboard.title')}</h1>
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
    </div>
  );
}
