import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChangePassword } from '../account/ChangePassword';
import { SigningKeys } from '../signing/SigningKeys';
import { api, unwrap } from '../api/client';
import type { ParamVersion } from '../api/types';
import { Empty, QueryView, Section } from '../components';
import { formatCredits, formatDate } from '../format';
import { ParameterSummary } from '../parameters/ParameterWords';
import type { WhatIfLocationState } from '../what-if/WhatIfEditor';
import { ValueSettingsSection } from '../value-settings/ValueSettings';

function DecidedBy({ version }: { version: ParamVersion }) {
  const { t } = useTranslation();
  return version.decidedBy.kind === 'proposal' ? (
    <Link to={`/proposals/${version.decidedBy.proposalId}`}>{t('settings.byProposal')}</Link>
  ) : (
    <span>{t('settings.byFounder')}</span>
  );
}

function CatParametersSection() {
  const { t, i18n } = useTranslation();
  const tp = useTranslation('parameters').t;
  const parameters = useQuery({
    queryKey: ['cat-parameters'],
    queryFn: () => unwrap(api.GET('/api/cat/parameters')),
  });
  return (
    <Section title={t('settings.cat')} id="cat">
      <QueryView query={parameters} missingHint={t('distribution.missing')}>
        {({ current, history }) => (
          <>
            {current ? (
              <>
                <p>
                  {t('settings.version', {
                    version: current.version,
                    algorithm: current.algorithm,
                    from: formatDate(current.effectiveFrom, i18n.language),
                  })}{' '}
                  · <DecidedBy version={current} />
                </p>
                <ParameterSummary
                  document={current.document as Record<string, unknown>}
                  currency={undefined}
                />
                <details>
                  <summary>{tp('settings.showDocument')}</summary>
                  {/* Focusable so a keyboard can scroll the document sideways on a phone. */}
                  <pre className="code" tabIndex={0}>
                    {JSON.stringify(current.document, null, 2)}
                  </pre>
                </details>
                <p className="muted" id="propose-change-hint">
                  {t('settings.proposeChangeHint')}
                </p>
                <Link
                  className="button"
                  to={{ pathname: '/distribution', hash: 'whatif' }}
                  state={{ propose: true } satisfies WhatIfLocationState}
                  aria-describedby="propose-change-hint"
                >
                  {t('settings.proposeChange')}
                </Link>
              </>
            ) : (
              <Empty>{t('settings.noParameters')}</Empty>
            )}
            <h3>{t('settings.history')}</h3>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('settings.versionColumn')}</th>
                  <th scope="col">{t('settings.from')}</th>
                  <th scope="col">{t('settings.to')}</th>
                  <th scope="col">{t('settings.decidedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((v) => (
                  <tr key={v.version}>
                    <td>{v.version}</td>
                    <td>{formatDate(v.effectiveFrom, i18n.language)}</td>
                    <td>{v.effectiveTo ? formatDate(v.effectiveTo, i18n.language) : '—'}</td>
                    <td>
                      <DecidedBy version={v} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </QueryView>
    </Section>
  );
}

function GovernanceSection() {
  const { t } = useTranslation();
  const governance = useQuery({
    queryKey: ['governance-parameters'],
    queryFn: () => unwrap(api.GET('/api/governance/parameters')),
  });
  return (
    <Section title={t('settings.governance')} id="governance">
      <QueryView query={governance}>
        {(g) => (
          <dl className="facts">
            <dt>{t('settings.voters')}</dt>
            <dd>
              {Object.entries(g.voters ?? {}).length === 0
                ? t('settings.votersDefault')
                : Object.entries(g.voters ?? {}).map(([kind, slugs]) => (
                    <div key={kind}>
                      {t(`proposals.kinds.${kind}`, { defaultValue: kind })}: {slugs.join(', ')}
                    </div>
                  ))}
            </dd>
            <dt>{t('settings.quorum')}</dt>
            <dd>
              {Object.entries(g.quorum ?? {}).length === 0
                ? t('settings.none')
                : Object.entries(g.quorum ?? {}).map(([slug, q]) => (
                    <div key={slug}>
                      {slug}: {q.numerator}/{q.denominator}
                    </div>
                  ))}
            </dd>
            <dt>{t('settings.weights')}</dt>
            <dd>
              {Object.entries(g.weights ?? {}).length === 0
                ? t('settings.weightsDefault')
                : Object.entries(g.weights ?? {}).map(([slug, w]) => (
                    <div key={slug}>
                      {slug}: {w}
                    </div>
                  ))}
            </dd>
          </dl>
        )}
      </QueryView>
    </Section>
  );
}

function RatesSection() {
  const { t, i18n } = useTranslation();
  const rates = useQuery({ queryKey: ['rates'], queryFn: () => unwrap(api.GET('/api/rates')) });
  return (
    <Section title={t('settings.rates')} id="rates">
      <QueryView query={rates}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('settings.noRates')}</Empty>
          ) : (
            <div
              className="table-scroll"
              role="region"
              aria-label={t('me:tables.rates')}
              tabIndex={0}
            >
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('log.stream')}</th>
                    <th scope="col">{t('settings.taskKind')}</th>
                    <th scope="col" className="num">
                      {t('settings.rate')}
                    </th>
                    <th scope="col">{t('settings.from')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((r) => (
                    <tr key={`${r.stream}|${r.taskKind}|${r.per}|${r.effectiveFrom}`}>
                      <td>{t(`streams.${r.stream}`, { defaultValue: r.stream })}</td>
                      <td>{r.taskKind}</td>
                      <td className="num">
                        {t('settings.ratePer', {
                          amount: formatCredits(r.amount, i18n.language),
                          per: t(`units.${r.per}`, { defaultValue: r.per }),
                        })}
                      </td>
                      <td>{formatDate(r.effectiveFrom, i18n.language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryView>
    </Section>
  );
}

export function Settings() {
  const { t } = useTranslation();
  return (
    <div>
      <h1>{t('settings.title')}</h1>
      <CatParametersSection />
      <GovernanceSection />
      <RatesSection />
      <ValueSettingsSection />
      <SigningKeys />
      <ChangePassword />
    </div>
  );
}
