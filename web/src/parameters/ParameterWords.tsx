import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { formatCredits, formatDate, formatMoney } from '../format';
import { useMemberName } from '../members';
import { diffDocuments, summarize, type Formatters, type Phrase } from './describe';

/** Values written for the reader: their language, the DisCO's currency (credits while unknown), members by name. */
export function useFormatters(given: string | undefined): Formatters {
  const { t, i18n } = useTranslation('parameters');
  // Pages that know no currency (Settings, a proposal) borrow the dashboard's, shared with that page.
  const dashboard = useQuery({
    queryKey: ['dashboard'],
    queryFn: () => unwrap(api.GET('/api/dashboard')),
    enabled: given === undefined,
    staleTime: 5 * 60_000,
  });
  const currency = given ?? dashboard.data?.currency;
  const memberName = useMemberName();
  const language = i18n.language;
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 });
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  return {
    percent: (bp) => percent.format(bp / 10_000),
    money: (minor) =>
      currency ? formatMoney(minor, currency, language) : formatCredits(minor, language),
    date: (iso) => formatDate(iso, language),
    member: (id) => memberName(id),
    streams: (streams) => list.format(streams.map((s) => t(`words.${s}`, { defaultValue: s }))),
    word: (key) => t(`words.${key}`),
  };
}

/** Phrases joined into one sentence: capitalised, parts separated by commas, a full stop. */
function sentence(parts: Phrase[], t: (key: string, values?: Phrase['values']) => string): string {
  const text = parts.map((p) => t(p.key, p.values)).join(', ');
  return `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}.`;
}

/** The document in a few plain sentences (see `summarize`). */
export function ParameterSummary({
  document,
  currency,
  headingLevel = 3,
}: {
  document: Record<string, unknown>;
  currency: string | undefined;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('parameters');
  const fmt = useFormatters(currency);
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="param-summary" aria-labelledby={id}>
      <Heading id={id}>{t('summary.title')}</Heading>
      {summarize(document, fmt).map((parts, i) =>
        parts.length === 0 ? null : (
          <p key={i}>{sentence(parts, (key, values) => t(key, values ?? {}))}</p>
        ),
      )}
    </section>
  );
}

/** What differs from the version in force, one line per changed field, old → new. */
export function ParameterDiff({
  inForce,
  candidate,
  currency,
}: {
  inForce: Record<string, unknown>;
  candidate: Record<string, unknown>;
  currency: string | undefined;
}) {
  const { t } = useTranslation('parameters');
  const fmt = useFormatters(currency);
  const id = useId();
  const changes = diffDocuments(inForce, candidate, fmt);
  const none = t('words.none');
  return (
    <section className="param-diff" aria-labelledby={id}>
      <h3 id={id}>{t('diff.title')}</h3>
      {changes.length === 0 ? (
        <p>{t('diff.none')}</p>
      ) : (
        <ul>
          {changes.map((c) => (
            <li key={`${c.what.key}|${JSON.stringify(c.what.values ?? {})}`}>
              <span className="param-diff-what">{t(c.what.key, c.what.values)}:</span>{' '}
              <del>{c.before || none}</del> → <ins>{c.after || none}</ins>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * A proposed parameter document as members read it before voting: in words, what it changes from
 * the version in force, and the document itself on request.
 */
export function ProposedParameters({
  document,
  currency,
}: {
  document: Record<string, unknown>;
  currency: string | undefined;
}) {
  const { t } = useTranslation('parameters');
  const parameters = useQuery({
    queryKey: ['cat-parameters'],
    queryFn: () => unwrap(api.GET('/api/cat/parameters')),
  });
  const inForce = parameters.data?.current?.document as Record<string, unknown> | undefined;
  return (
    <>
      <ParameterSummary document={document} currency={currency} />
      {inForce && <ParameterDiff inForce={inForce} candidate={document} currency={currency} />}
      <details>
        <summary>{t('settings.showDocument')}</summary>
        {/* Focusable so a keyboard can scroll the document sideways on a phone. */}
        <pre className="code" tabIndex={0}>
          {JSON.stringify(document, null, 2)}
        </pre>
      </details>
    </>
  );
}
