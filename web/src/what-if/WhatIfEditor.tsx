import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Section } from '../components';
import { formatCredits, formatMoney } from '../format';
import { describedBy, FieldErrors, ProposeChangeForm } from './ProposeChangeForm';

/** How Settings' "Propose a change" asks this editor to open its proposal form. */
export interface WhatIfLocationState {
  propose?: boolean;
}

/**
 * Edit the parameter document and see, per member, what it would change (nothing is recorded);
 * then, if it is worth a vote, propose it as a `cat-parameter-change` from the same text.
 */
export function WhatIfEditor({
  currency,
  missingHint,
}: {
  currency: string | undefined;
  missingHint: string;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const location = useLocation();
  const askedToPropose = (location.state as WhatIfLocationState | null)?.propose === true;
  const parameters = useQuery({
    queryKey: ['cat-parameters'],
    queryFn: () => unwrap(api.GET('/api/cat/parameters')),
  });
  const [draft, setDraft] = useState<string | null>(null);
  const [documentProblems, setDocumentProblems] = useState<string[]>([]);
  const [proposing, setProposing] = useState(askedToPropose);
  const documentRef = useRef<HTMLTextAreaElement>(null);
  const text = draft ?? JSON.stringify(parameters.data?.current?.document ?? {}, null, 2);
  const money = (minor: string, signed = false) =>
    currency
      ? formatMoney(minor, currency, i18n.language, { signed })
      : formatCredits(minor, i18n.language, { signed });
  const whatIf = useMutation({
    mutationFn: (document: Record<string, unknown>) =>
      unwrap(api.POST('/api/distribution/whatif', { body: { parameters: document } })),
  });

  useEffect(() => {
    // Arriving from Settings to propose a change: start where the change is made, the document.
    if (askedToPropose) documentRef.current?.focus();
  }, [askedToPropose]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    try {
      const document: unknown = JSON.parse(text);
      if (!document || typeof document !== 'object' || Array.isArray(document)) {
        setDocumentProblems([t('distribution.notObject')]);
        return;
      }
      setDocumentProblems([]);
      whatIf.mutate(document as Record<string, unknown>);
    } catch (error) {
      setDocumentProblems([
        t('distribution.badJson', {
          error: error instanceof Error ? error.message : String(error),
        }),
      ]);
    }
  };
  return (
    <Section title={t('distribution.whatIf')} id="whatif">
      <form onSubmit={submit} className="form">
        <label>
          {t('distribution.document')}
          <textarea
            ref={documentRef}
            className="code"
            rows={14}
            spellCheck={false}
            value={text}
            onChange={(e) => {
              setDraft(e.target.value);
              setDocumentProblems([]);
            }}
            {...describedBy(`${id}-document-errors`, documentProblems)}
          />
        </label>
        <FieldErrors id={`${id}-document-errors`} errors={documentProblems} />
        {parameters.error !== null && (
          <ErrorNotice error={parameters.error} missingHint={missingHint} />
        )}
        {whatIf.error && <ErrorNotice error={whatIf.error} missingHint={missingHint} />}
        <div className="actions">
          <button type="submit" disabled={whatIf.isPending}>
            {t('distribution.runWhatIf')}
          </button>
          <button
            type="button"
            className="secondary"
            aria-expanded={proposing}
            aria-controls={`${id}-propose`}
            onClick={() => setProposing((p) => !p)}
          >
            {t('propose.open')}
          </button>
        </div>
      </form>
      {whatIf.data?.periods.map((p) => (
        // Focusable so a keyboard can scroll the table sideways on a phone.
        <div key={p.period} className="table-scroll" tabIndex={0}>
          <table aria-label={t('distribution.whatIfTable', { period: p.period })}>
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
                  <td
                    className={`num ${m.delta.startsWith('-') ? 'down' : m.delta === '0' ? '' : 'up'}`}
                  >
                    {money(m.delta, true)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <div id={`${id}-propose`}>
        {proposing && (
          <ProposeChangeForm
            documentText={text}
            inForceFrom={parameters.data?.current?.effectiveFrom ?? null}
            onDocumentProblems={setDocumentProblems}
            focusDocument={() => documentRef.current?.focus()}
          />
        )}
      </div>
    </Section>
  );
}
