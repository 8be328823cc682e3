import { useEffect, useId, useRef, type ReactElement, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api/client';
import { ErrorNotice } from './components';
import type { MemberSummary } from './members';
import { problemDetail, problemHint } from './words/problem-words';
import { useCatalogue } from './words/render';
import { fieldErrors } from './what-if/field-errors';
import { describedBy, FieldErrors } from './what-if/ProposeChangeForm';

/*
 * The pieces every form of the cooperative's flows shares (money, people, work, proposals,
 * tokens): a labelled control with the server's errors beside it, and a result that takes the
 * focus and is announced, so a keyboard or screen-reader user learns what an action did.
 */

/** The ARIA props a control gets from its Field. */
export type ControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/**
 * A label, its control (rendered by `children` with the ARIA wiring) and, under it, the hint
 * and the server's messages about this field.
 *
 * @example <Field label="Amount" errors={errors.amount}>{(p) => <input {...p} />}</Field>
 */
export function Field({
  label,
  errors,
  hint,
  children,
}: {
  label: string;
  errors?: readonly string[] | undefined;
  hint?: string;
  children: (props: ControlProps) => ReactElement;
}) {
  const id = useId();
  const aria = describedBy(`${id}-errors`, errors, hint ? `${id}-hint` : undefined);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': aria['aria-invalid'],
        'aria-describedby': aria['aria-describedby'],
      })}
      {hint && (
        <p id={`${id}-hint`} className="muted">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

/**
 * The refusal of a form's request: each field's messages by the form's own names, and what
 * belongs to no field (shown with the problem's detail above the button).
 */
export function useFormErrors<F extends string>(
  error: unknown,
  places: Record<F, readonly string[]>,
): { field: (name: F) => string[] | undefined; rest: ReactNode } {
  const { i18n } = useTranslation();
  useCatalogue(Boolean(error));
  const queryClient = useQueryClient();
  const members = queryClient.getQueryData<MemberSummary[]>(['members']);
  // Amounts in a refusal are minor units; the problem itself names their currency.
  const context = {
    language: i18n.language,
    nameOf: (id: string) => members?.find((m) => m.memberId === id)?.displayName,
  };
  const errors = fieldErrors(error, places, context);
  const unplaced = errors[''] ?? [];
  const hint = error instanceof ApiError ? problemHint(error.problem, context) : undefined;
  const rest =
    error instanceof ApiError ? (
      <div className="notice notice-error" role="alert">
        <p>{problemDetail(error.problem, context)}</p>
        {unplaced.length > 0 && (
          <ul>
            {unplaced.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
        {hint && <p className="muted">{hint}</p>}
      </div>
    ) : error ? (
      <ErrorNotice error={error} />
    ) : null;
  return { field: (name) => errors[name], rest };
}

/**
 * What an action did, in a live region that also takes the focus when it changes, so the member
 * is told and continues from there. Renders the region even when empty: a live region must
 * exist before its text changes for screen readers to announce it.
 */
export function ResultStatus({ message, seq = 0 }: { message: string | null; seq?: number }) {
  const ref = useRef<HTMLParagraphElement>(null);
  // `seq` counts the actions, so the same result a second time takes the focus again.
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message, seq]);
  return (
    <p ref={ref} role="status" tabIndex={-1} className={message ? 'notice notice-ok' : undefined}>
      {message}
    </p>
  );
}
