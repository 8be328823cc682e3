import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { api, ApiError, unwrap } from '../api/client';
import { ErrorNotice, Section } from '../components';
import { formatCredits, formatMoney } from '../format';
import {
  currencyDigits,
  documentToForm,
  fieldFor,
  formFields,
  formToDocument,
  type ParameterForm,
} from '../parameters/form-state';
import { fieldId, ParameterEditor } from '../parameters/ParameterEditor';
import { ParameterDiff, ParameterSummary } from '../parameters/ParameterWords';
import { ProposeChangeForm } from './ProposeChangeForm';

/** How Settings' "Propose a change" asks this editor to open its proposal form. */
export interface WhatIfLocationState {
  propose?: boolean;
}

/** A problem the node named at a path of the document. */
interface NamedProblem {
  path: string;
  message: string;
}

/**
 * The node's field errors about the document it was sent under `prefix` (`parameters` for a
 * what-if, `change.parameters` for a proposal), with paths inside the document.
 */
export function documentErrors(error: unknown, prefix: string): NamedProblem[] {
  if (!(error instanceof ApiError)) return [];
  const head = `body.${prefix}`;
  return (error.problem.errors ?? []).flatMap((e) =>
    e.field === head
      ? [{ path: '', message: e.message }]
      : e.field.startsWith(`${head}.`) || e.field.startsWith(`${head}[`)
        ? [{ path: e.field.slice(head.length + 1), message: e.message }]
        : [],
  );
}

/**
 * Edit the parameters in a form (percent, money, dates), read them in words and against the
 * version in force, and see per member what they would change (nothing is recorded); then, if it
 * is worth a vote, propose the same document as a `cat-parameter-change`.
 */
export function WhatIfEditor({
  currency,
  missingHint,
}: {
  currency: string | undefined;
  missingHint: string;
}) {
  const { t, i18n } = useTranslation();
  const tp = useTranslation('parameters').t;
  const id = useId();
  const location = useLocation();
  const askedToPropose = (location.state as WhatIfLocationState | null)?.propose === true;
  const parameters = useQuery({
    queryKey: ['cat-parameters'],
    queryFn: () => unwrap(api.GET('/api/cat/parameters')),
  });
  const inForce = parameters.data?.current?.document as Record<string, unknown> | undefined;
  // The form keeps the decimals it was opened with, so money typed stays what it meant.
  const [edit, setEdit] = useState<{ form: ParameterForm; digits: number } | null>(null);
  if (edit === null && parameters.data) {
    const digits = currencyDigits(currency);
    setEdit({ form: documentToForm(inForce ?? {}, digits), digits });
  }
  const [serverProblems, setServerProblems] = useState<NamedProblem[]>([]);
  const [jsonText, setJsonText] = useState<string | null>(null);
  const [jsonProblem, setJsonProblem] = useState<string | null>(null);
  const [proposing, setProposing] = useState(askedToPropose);
  const [announce, setAnnounce] = useState('');
  const editorRef = useRef<HTMLDivElement>(null);
  const resultsRef = useRef<HTMLElement>(null);
  const money = (minor: string, signed = false) =>
    currency
      ? formatMoney(minor, currency, i18n.language, { signed })
      : formatCredits(minor, i18n.language, { signed });
  const whatIf = useMutation({
    mutationFn: (document: Record<string, unknown>) =>
      unwrap(api.POST('/api/distribution/whatif', { body: { parameters: document } })),
    onSuccess: (data) => {
      setAnnounce(tp('editor.whatIfShown', { count: data.periods.length }));
      requestAnimationFrame(() => resultsRef.current?.focus());
    },
    onError: (error) => {
      setServerProblems(documentErrors(error, 'parameters'));
      requestAnimationFrame(focusFirstProblem);
    },
  });

  const built = edit ? formToDocument(edit.form, edit.digits) : null;
  const fields = edit ? formFields(edit.form) : [];
  const errors: Record<string, string[]> = {};
  const general: string[] = [];
  const place = (path: string, message: string) => {
    const field = fieldFor(path, fields);
    if (field === '') general.push(path ? `${path}: ${message}` : message);
    else (errors[field] ??= []).push(message);
  };
  for (const p of built?.problems ?? []) {
    const values = { ...p.values };
    if (typeof values.stream === 'string')
      values.stream = tp(`words.${values.stream}`, { defaultValue: values.stream });
    place(p.path, tp(`problems.${p.key}`, values));
  }
  for (const p of serverProblems) place(p.path, p.message);

  function focusFirstProblem() {
    const first = editorRef.current?.querySelector<HTMLElement>(
      '[aria-invalid="true"], .field-errors',
    );
    if (first) {
      if (!first.hasAttribute('tabindex') && first.classList.contains('field-errors'))
        first.setAttribute('tabindex', '-1');
      first.focus();
    }
  }
  const focusEditor = () =>
    editorRef.current
      ?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(id, 'effectiveFrom'))}`)
      ?.focus();

  useEffect(() => {
    // Arriving from Settings to propose a change: start where the change is made, the form.
    if (askedToPropose && edit !== null) focusEditor();
    // Only once the form exists; later edits must not pull focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [askedToPropose, edit !== null]);

  const change = (form: ParameterForm) => {
    setEdit((e) => (e ? { ...e, form } : e));
    setServerProblems([]);
    setJsonText(null);
  };
  const documentOk = () => {
    if ((built?.problems.length ?? 1) === 0) return true;
    focusFirstProblem();
    return false;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!built || !documentOk()) return;
    whatIf.mutate(built.document);
  };
  const applyJson = () => {
    if (!edit || jsonText === null) return;
    try {
      const parsed: unknown = JSON.parse(jsonText);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error(t('distribution.notObject'));
      setEdit({ ...edit, form: documentToForm(parsed as Record<string, unknown>, edit.digits) });
      setJsonText(null);
      setJsonProblem(null);
      setServerProblems([]);
    } catch (error) {
      setJsonProblem(
        tp('problems.badJson', { error: error instanceof Error ? error.message : String(error) }),
      );
    }
  };
  const documentText = built ? JSON.stringify(built.document, null, 2) : '';
  return (
    <Section title={t('distribution.whatIf')} id="whatif">
      <form onSubmit={submit} className="form" noValidate>
        <div ref={editorRef}>
          {edit && (
            <ParameterEditor
              form={edit.form}
              onChange={change}
              errors={errors}
              currency={currency ?? tp('editor.credits')}
              idBase={id}
            />
          )}
        </div>
        {general.length > 0 && (
          <ul className="field-errors" id={`${id}-general`}>
            {general.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        )}
        {edit && (
          <details className="param-advanced">
            <summary>{tp('editor.advanced')}</summary>
            <p className="muted" id={`${id}-json-hint`}>
              {tp('editor.advancedHint')}
            </p>
            <label>
              {t('distribution.document')}
              <textarea
                className="code"
                rows={14}
                spellCheck={false}
                value={jsonText ?? documentText}
                onChange={(e) => {
                  setJsonText(e.target.value);
                  setJsonProblem(null);
                }}
                aria-invalid={jsonProblem ? true : undefined}
                aria-describedby={`${id}-json-hint${jsonProblem ? ` ${id}-json-errors` : ''}`}
              />
            </label>
            {jsonProblem && (
              <ul className="field-errors" id={`${id}-json-errors`}>
                <li>{jsonProblem}</li>
              </ul>
            )}
            <button type="button" className="secondary" onClick={applyJson}>
              {tp('editor.apply')}
            </button>
          </details>
        )}
        {parameters.error !== null && (
          <ErrorNotice error={parameters.error} missingHint={missingHint} />
        )}
        {whatIf.error && <ErrorNotice error={whatIf.error} missingHint={missingHint} />}
        {built && <ParameterSummary document={built.document} currency={currency} />}
        {built && inForce && (
          <ParameterDiff inForce={inForce} candidate={built.document} currency={currency} />
        )}
        <div className="actions">
          <button type="submit" disabled={whatIf.isPending || !edit}>
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
      <p role="status" className="visually-hidden">
        {announce}
      </p>
      <section ref={resultsRef} tabIndex={-1} aria-label={tp('editor.results')}>
        {whatIf.data?.periods.map((p) => (
          // Focusable so a keyboard can scroll the table sideways on a phone.
          <div
            key={p.period}
            className="table-scroll"
            role="region"
            aria-label={t('distribution.whatIfTable', { period: p.period })}
            tabIndex={0}
          >
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
      </section>
      <div id={`${id}-propose`}>
        {proposing && built && (
          <ProposeChangeForm
            documentText={documentText}
            inForceFrom={parameters.data?.current?.effectiveFrom ?? null}
            onDocumentProblems={(problems) =>
              setServerProblems(problems.map((message) => ({ path: '', message })))
            }
            focusDocument={focusFirstProblem}
            checkDocument={documentOk}
            documentErrors={(error) => {
              // The proposal form shows the start date beside its own field.
              setServerProblems(
                documentErrors(error, 'change.parameters').filter(
                  (p) => p.path !== 'effectiveFrom',
                ),
              );
            }}
          />
        )}
      </div>
    </Section>
  );
}
