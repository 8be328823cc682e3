import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { Run } from '../api/types';
import { Empty, QueryView, Section } from '../components';
import { Term } from '../help/Term';
import { currentPeriod, formatMoney } from '../format';
import { WhatIfEditor } from '../what-if/WhatIfEditor';
import { ExplanationLines, UnpaidMembers } from '../words/Explanation';

const DISTRIBUTION_MISSING = 'distribution.missing';

function RunMembers({ run }: { run: Run }) {
  const { t, i18n } = useTranslation();
  const money = (minor: string) => formatMoney(minor, run.currency, i18n.language);
  return (
    <>
      <dl className="facts">
        <dt>{t('distribution.income')}</dt>
        <dd>{money(run.totals.income)}</dd>
        {run.totals.buckets.map((b) => (
          <div key={b.name} className="fact">
            <dt>{b.name}</dt>
            <dd>{money(b.amount)}</dd>
          </div>
        ))}
        <dt>{t('distribution.paid')}</dt>
        <dd>{money(run.totals.paid)}</dd>
        <dt>{t('distribution.retained')}</dt>
        <dd>{money(run.totals.retained)}</dd>
      </dl>
      {run.members.length === 0 ? (
        <Empty next={{ to: '/log', label: t('help:empty.logWork') }}>
          {t('distribution.noMembers')}
        </Empty>
      ) : (
        <ul className="list">
          {run.members.map((m) => (
            <li key={m.memberId}>
              <details>
                <summary>
                  <strong>{m.name}</strong> <span className="num">{money(m.amount)}</span>
                </summary>
                <ExplanationLines lines={m.explanation} currency={run.currency} />
              </details>
            </li>
          ))}
        </ul>
      )}
      <UnpaidMembers unpaid={run.unpaid} currency={run.currency} />
    </>
  );
}

/** This month's distribution as it would be if the period closed now (nothing recorded). */
function usePreview() {
  const period = currentPeriod();
  return useQuery({
    queryKey: ['distribution', 'preview', period],
    queryFn: () => unwrap(api.POST('/api/distribution/preview', { body: { period } })),
  });
}

function Preview() {
  const { t } = useTranslation();
  const period = currentPeriod();
  const preview = usePreview();
  return (
    <Section title={t('distribution.preview', { period })} id="preview">
      <p className="muted">{t('distribution.previewNote')}</p>
      <QueryView query={preview} missingHint={t(DISTRIBUTION_MISSING)}>
        {(run) => <RunMembers run={run} />}
      </QueryView>
    </Section>
  );
}

function PastRuns() {
  const { t } = useTranslation();
  const runs = useQuery({
    queryKey: ['distribution', 'runs'],
    queryFn: () => unwrap(api.GET('/api/distribution/runs')),
  });
  const [chosen, setChosen] = useState<string | null>(null);
  const run = useQuery({
    queryKey: ['distribution', 'run', chosen],
    queryFn: () =>
      unwrap(
        api.GET('/api/distribution/runs/{runId}', { params: { path: { runId: chosen ?? '' } } }),
      ),
    enabled: chosen !== null,
  });
  return (
    <Section title={t('distribution.runs')} id="runs">
      <QueryView query={runs} missingHint={t(DISTRIBUTION_MISSING)}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty next={{ to: '/settings', label: t('help:empty.settings') }}>
              {t('distribution.noRuns')}
            </Empty>
          ) : (
            <ul className="list">
              {items.map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={chosen === r.id}
                    onClick={() => setChosen(r.id)}
                  >
                    {t('distribution.runOf', { period: r.period })}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      {chosen !== null && <QueryView query={run}>{(data) => <RunMembers run={data} />}</QueryView>}
    </Section>
  );
}

export function Distribution() {
  const { t } = useTranslation();
  // The what-if answer names no currency; the preview of the same DisCO does.
  const currency = usePreview().data?.currency;
  return (
    <div>
      <h1>{t('distribution.title')}</h1>
      <p className="muted terms">
        <Term term="cat" /> · <Term term="buckets" /> · <Term term="pots" /> ·{' '}
        <Term term="credits" />
      </p>
      <Preview />
      <WhatIfEditor currency={currency} missingHint={t(DISTRIBUTION_MISSING)} />
      <PastRuns />
    </div>
  );
}
