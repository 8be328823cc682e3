import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, ApiError, unwrap } from '../api/client';
import { localToday } from '../format';
import { DateInput } from '../words/DateInput';
import { problemDetail, problemHint } from '../words/problem-words';
import { useCatalogue } from '../words/render';
import { fieldErrors } from './field-errors';
import {
  defaultEffectiveFrom,
  localDateTime,
  PARAMETER_CHANGE_METHODS,
  parameterProposalBody,
  type OpenProposalBody,
  type ParameterProposalDraft,
} from './parameter-proposal';

const WEEK = 7 * 86_400_000;

/** Where the node's field names land in this form; anything under `change.parameters.` belongs to the document. */
const PLACES = {
  title: ['title'],
  summary: ['body'],
  effectiveFrom: ['change.parameters.effectiveFrom'],
  deadline: ['deadline'],
  method: ['method', 'settings', 'settings.'],
  document: ['change.parameters', 'change.parameters.', 'change', 'change.'],
} as const;

export interface ProposeChangeFormProps {
  /** The what-if editor's text: the document members will vote on. */
  documentText: string;
  /** The `effectiveFrom` of the version in force, so the new one starts after it by default. */
  inForceFrom: string | null;
  /** Problems with the document, shown by the editor beside its text (empty clears them). */
  onDocumentProblems: (problems: string[]) => void;
  /** Focuses the document's field when its problems are the first to fix. */
  focusDocument: () => void;
  /** Whether the document can be sent; false when the editor already shows what to fix (and has focused it). */
  checkDocument?: () => boolean;
  /** Given the node's refusal, shows its problems with the document beside the editor's own fields (instead of `onDocumentProblems`). */
  documentErrors?: (error: unknown) => void;
}

/** The messages under a field, which its control names in `aria-describedby`. */
export function FieldErrors({
  id,
  errors,
}: {
  id: string;
  errors: readonly string[] | undefined;
}): ReactNode {
  if (!errors || errors.length === 0) return null;
  return (
    <ul id={id} className="field-errors">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

/** `aria-invalid` and `aria-describedby` for a control with these errors (and an optional hint). */
export function describedBy(
  errorsId: string,
  errors: readonly string[] | undefined,
  hintId?: string,
) {
  const invalid = (errors?.length ?? 0) > 0;
  const ids = [hintId, invalid ? errorsId : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': invalid || undefined, 'aria-describedby': ids || undefined };
}

/**
 * Opens a `cat-parameter-change` proposal carrying the edited document, from the what-if editor:
 * title, summary, the date the new version starts, when voting ends and how it is decided. The
 * node judges the document (percentages over 100%, overlap with another version…) and its field
 * errors are shown beside the fields they name; once opened, the member lands on the proposal.
 */
export function ProposeChangeForm({
  documentText,
  inForceFrom,
  onDocumentProblems,
  focusDocument,
  checkDocument,
  documentErrors,
}: ProposeChangeFormProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const summaryRef = useRef<HTMLDivElement>(null);
  const deadlineRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<ParameterProposalDraft>(() => ({
    title: '',
    summary: '',
    effectiveFrom: defaultEffectiveFrom(documentText, inForceFrom, localToday()),
    deadline: localDateTime(new Date(Date.now() + WEEK)),
    method: 'consent',
  }));
  const [deadlineProblem, setDeadlineProblem] = useState(false);
  const propose = useMutation({
    mutationFn: (body: OpenProposalBody) => unwrap(api.POST('/api/proposals', { body })),
    onSuccess: async ({ proposalId }) => {
      await queryClient.invalidateQueries({ queryKey: ['proposals'] });
      await navigate(`/proposals/${encodeURIComponent(proposalId)}`);
    },
    onError: (error) => {
      const errors = fieldErrors(error, PLACES, { language: i18n.language });
      if (documentErrors) documentErrors(error);
      else onDocumentProblems(errors.document ?? []);
      requestAnimationFrame(() => summaryRef.current?.focus());
    },
  });
  useCatalogue(propose.error !== null);
  const errors = fieldErrors(propose.error, PLACES, { language: i18n.language });
  const set = <K extends keyof ParameterProposalDraft>(key: K, value: ParameterProposalDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (checkDocument && !checkDocument()) return;
    const built = parameterProposalBody(draft, documentText);
    if (!built.ok) {
      const document = built.problems.flatMap((p) =>
        p.field === 'document'
          ? [p.key === 'distribution.badJson' ? t(p.key, { error: p.error }) : t(p.key)]
          : [],
      );
      onDocumentProblems(document);
      setDeadlineProblem(built.problems.some((p) => p.field === 'deadline'));
      if (document.length > 0) focusDocument();
      else deadlineRef.current?.focus();
      return;
    }
    setDeadlineProblem(false);
    onDocumentProblems([]);
    propose.mutate(built.body);
  };

  const problem = propose.error instanceof ApiError ? propose.error.problem : null;
  const deadlineErrors = [
    ...(deadlineProblem ? [t('propose.badDeadline')] : []),
    ...(errors.deadline ?? []),
  ];
  return (
    <form className="form propose" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <h3 id={`${id}-heading`}>{t('propose.title')}</h3>
      <p className="muted">{t('propose.intro')}</p>
      <label>
        {t('propose.proposalTitle')}
        <input
          value={draft.title}
          onChange={(e) => set('title', e.target.value)}
          maxLength={200}
          required
          aria-required
          {...describedBy(`${id}-title-errors`, errors.title)}
        />
      </label>
      <FieldErrors id={`${id}-title-errors`} errors={errors.title} />
      <label>
        {t('propose.summary')}
        <textarea
          rows={4}
          value={draft.summary}
          onChange={(e) => set('summary', e.target.value)}
          maxLength={20_000}
          {...describedBy(`${id}-summary-errors`, errors.summary, `${id}-summary-hint`)}
        />
      </label>
      <p id={`${id}-summary-hint`} className="muted">
        {t('propose.summaryHint')}
      </p>
      <FieldErrors id={`${id}-summary-errors`} errors={errors.summary} />
      <div className="row">
        <div>
          <label>
            {t('propose.effectiveFrom')}
            <DateInput
              value={draft.effectiveFrom}
              onValue={(value) => set('effectiveFrom', value)}
              required
              {...describedBy(`${id}-from-errors`, errors.effectiveFrom, `${id}-from-hint`)}
            />
          </label>
          <p id={`${id}-from-hint`} className="muted">
            {t('propose.effectiveFromHint')}
          </p>
          <FieldErrors id={`${id}-from-errors`} errors={errors.effectiveFrom} />
        </div>
        <div>
          <label>
            {t('propose.deadline')}
            <DateInput
              ref={deadlineRef}
              withTime
              value={draft.deadline}
              onValue={(value) => set('deadline', value)}
              required
              {...describedBy(`${id}-deadline-errors`, deadlineErrors)}
            />
          </label>
          <FieldErrors id={`${id}-deadline-errors`} errors={deadlineErrors} />
        </div>
      </div>
      <label>
        {t('propose.method')}
        <select
          value={draft.method}
          onChange={(e) => set('method', e.target.value as ParameterProposalDraft['method'])}
          {...describedBy(`${id}-method-errors`, errors.method)}
        >
          {PARAMETER_CHANGE_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`proposals.methods.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <FieldErrors id={`${id}-method-errors`} errors={errors.method} />
      <div
        ref={summaryRef}
        tabIndex={-1}
        role="alert"
        className={propose.error ? 'notice notice-error' : undefined}
      >
        {propose.error !== null && (
          <>
            <p>
              {problem
                ? problemDetail(problem, { language: i18n.language })
                : t('common.networkError')}
            </p>
            {(errors.document?.length ?? 0) > 0 && <p>{t('propose.seeDocument')}</p>}
            {errors['']?.map((e) => (
              <p key={e}>{e}</p>
            ))}
            {problem && problemHint(problem, { language: i18n.language }) && (
              <p className="muted">{problemHint(problem, { language: i18n.language })}</p>
            )}
          </>
        )}
      </div>
      <button type="submit" disabled={propose.isPending}>
        {propose.isPending ? t('propose.opening') : t('propose.submit')}
      </button>
    </form>
  );
}
