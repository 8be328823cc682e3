import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import type { CatParameters, Run, RunSummary, WhatIf } from '../api/contracts';
import { Empty, ErrorNotice, QueryView, Section } from '../components';
import { currentPeriod, formatCredits, formatMoney } from '../format';

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
        <Empty>{t('distribution.noMembers')}</Empty>
      ) : (
        <ul className="list">
          {run.members.map((m) => (
            <li key={m.memberId}>
              <details>
                <summary>
                  <strong>{m.name}</strong> <span className="num">{money(m.amount)}</span>
                </summary>
                <ol className="explanation">
                  {m.explanation.map((line, i) => (
                    <li key={i}>
                      {line.text} <span className="num">{money(line.amount)}</span>
                    </li>
                  ))}
                </ol>
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** This month's distribution as it would be if the period closed now (nothing recorded). */
function usePreview() {
  const period = currentPeriod();
  return useQuery({ queryKey: ['distribution', 'preview', period], queryFn: () => request<Run>('POST', '/api/distribution/preview', { period }) });
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

/** Edit the parameter document and see, per member, what it would change; nothing is recorded. */
function WhatIfEditor() {
  const { t, i18n } = useTranslation();
  const parameters = useQuery({ queryKey: ['cat-parameters'], queryFn: () => request<CatParameters>('GET', '/api/cat/parameters') });
  const [draft, setDraft] = useState<string | null>(null);
  const [parseError, setParseError] = useState<string | null>(null);
  const text = draft ?? JSON.stringify(parameters.data?.current?.document ?? {}, null, 2);
  // The what-if answer names no currency; the preview of the same DisCO does.
  const currency = usePreview().data?.currency;
  const money = (minor: string, signed = false) => (currency ? formatMoney(minor, currency, i18n.language, { signed }) : formatCredits(minor, i18n.language, { signed }));
  const whatIf = useMutation({ mutationFn: (document: object) => request<WhatIf>('POST', '/api/distribution/whatif', { parameters: document }) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    try {
      const document: unknown = JSON.parse(text);
      if (!document || typeof document !== 'object' || Array.isArray(document)) throw new Error(t('distribution.notObject'));
      setParseError(null);
      whatIf.mutate(document);
    } catch (error) {
      setParseError(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Section title={t('distribution.whatIf')} id="whatif">
      <form onSubmit={submit} className="form">
        <label>
          {t('distribution.document')}
          <textarea className="code" rows={14} spellCheck={false} value={text} onChange={(e) => setDraft(e.target.value)} />
        </label>
        {parameters.error !== null && <ErrorNotice error={parameters.error} missingHint={t(DISTRIBUTION_MISSING)} />}
        {parseError && (
          <p role="alert" className="notice notice-error">
            {t('distribution.badJson', { error: parseError })}
          </p>
        )}
        {whatIf.error && <ErrorNotice error={whatIf.error} missingHint={t(DISTRIBUTION_MISSING)} />}
        <button type="submit" disabled={whatIf.isPending}>
          {t('distribution.runWhatIf')}
        </button>
      </form>
      {whatIf.data?.periods.map((p) => (
        <table key={p.period} aria-label={t('distribution.whatIfTable', { period: p.period })}>
          <caption>{p.period}</caption>
          <thead>
            <tr>
              <th scope="col">{t('distribution.member')}</th>
              <th scope="col" className="num">
                {t('distribution.current')}
              </th>
              <th scope="col" className="num">
                {t('distribution.candidate')}
              </th>
              <th scope="col" className="num">
                {t('distribution.delta')}
              </th>
            </tr>
          </thead>
          <tbody>
            {p.members.map((m) => (
              <tr key={m.memberId}>
                <th scope="row">{m.name}</th>
                <td className="num">{money(m.current)}</td>
                <td className="num">{money(m.candidate)}</td>
                <td className={`num ${m.delta.startsWith('-') ? 'down' : m.delta === '0' ? '' : 'up'}`}>{money(m.delta, true)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </Section>
  );
}

function PastRuns() {
  const { t } = useTranslation();
  const runs = useQuery({ queryKey: ['distribution', 'runs'], queryFn: () => request<{ items: RunSummary[] }>('GET', '/api/distribution/runs') });
  const [chosen, setChosen] = useState<string | null>(null);
  const run = useQuery({
    queryKey: ['distribution', 'run', chosen],
    queryFn: () => request<Run>('GET', `/api/distribution/runs/${encodeURIComponent(chosen ?? '')}`),
    enabled: chosen !== null,
  });
  return (
    <Section title={t('distribution.runs')} id="runs">
      <QueryView query={runs} missingHint={t(DISTRIBUTION_MISSING)}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('distribution.noRuns')}</Empty>
          ) : (
            <ul className="list">
              {items.map((r) => (
                <li key={r.id}>
                  <button type="button" className="link-button" aria-pressed={chosen === r.id} onClick={() => setChosen(r.id)}>
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
  return (
    <div>
      <h1>{t('distribution.title')}</h1>
      <Preview />
      <WhatIfEditor />
      <PastRuns />
    </div>
  );
}
