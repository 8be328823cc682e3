import { useId, useMemo, useRef, useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONSENSUS_RESPONSES,
  CONSENT_RESPONSES,
  initialState,
  LAZY_RESPONSES,
  YES_NO_ABSTAIN,
  type BallotState,
} from './ballot-state.js';
import { buildChoice, type FormProblem } from './build-choice.js';
import { RadioGroup, ReasonField } from './fields.js';
import { ApprovalFields, DotFields, MeetingPollFields, ScoreFields } from './OptionFields.js';
import { RankingFields } from './RankingFields.js';
import { readSettings, type BallotSettings } from './settings.js';
import { METHODS, type ProposalDetail } from './types.js';

export interface BallotFormProps {
  proposal: ProposalDetail;
  /** Receives the body of `POST /api/proposals/{id}/ballot` (`{ ballot: {...} }`); a rejection is shown to the member. */
  onSubmit: (choice: unknown) => Promise<void>;
  disabled?: boolean;
  /** The member's current ballot (its `ballot` field in `proposal.ballots`), to start from when changing it. */
  current?: Record<string, unknown> | null;
}

type Sending =
  | { step: 'idle' }
  | { step: 'sending' }
  | { step: 'sent' }
  | { step: 'failed'; message: string; problems: Array<{ field: string; message: string }> };

/** What a rejected `onSubmit` says: an Error's message and, from a problem+json answer (the Deck's ApiError keeps it in `problem`), its field errors. */
function describeFailure(error: unknown): {
  message: string;
  problems: Array<{ field: string; message: string }>;
} {
  const e = error as {
    message?: unknown;
    detail?: unknown;
    title?: unknown;
    errors?: unknown;
    body?: { errors?: unknown; detail?: unknown };
    problem?: { errors?: unknown };
  } | null;
  const list = [e?.errors, e?.body?.errors, e?.problem?.errors].find(Array.isArray) ?? [];
  const problems = (list as unknown[])
    .filter(
      (p): p is { field: string; message: string } =>
        typeof p === 'object' && p !== null && typeof (p as { field?: unknown }).field === 'string',
    )
    .map((p) => ({ field: p.field, message: String(p.message) }));
  const message =
    [e?.detail, e?.body?.detail, e?.message, e?.title].find(
      (m): m is string => typeof m === 'string' && m.length > 0,
    ) ?? String(error);
  return { message, problems };
}

/**
 * The ballot of a proposal, in the shape its decision method asks for, checked before it is sent.
 *
 * @example <BallotForm proposal={proposal} onSubmit={(choice) => api.post(`/api/proposals/${id}/ballot`, choice)} />
 */
export function BallotForm({
  proposal,
  onSubmit,
  disabled = false,
  current = null,
}: BallotFormProps): JSX.Element {
  const { t } = useTranslation('ballots');
  const id = useId();
  const known = (METHODS as readonly string[]).includes(proposal.method);
  const settings = useMemo(
    () => readSettings(proposal.method, proposal.settings),
    [proposal.method, proposal.settings],
  );
  const [state, setState] = useState<BallotState>(() =>
    initialState(proposal.method, settings, current),
  );
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [sending, setSending] = useState<Sending>({ step: 'idle' });
  const summary = useRef<HTMLDivElement>(null);
  const result = useRef<HTMLParagraphElement>(null);

  if (!known) return <p>{t('unknownMethod', { method: proposal.method })}</p>;
  const closed = proposal.status !== 'open';
  const invalidFields = new Set(problems.map((p) => p.field));

  const update = (next: BallotState) => {
    setState(next);
    if (problems.length > 0) {
      const built = buildChoice(next, settings);
      setProblems(built.ok ? [] : built.problems);
    }
    if (sending.step !== 'sending') setSending({ step: 'idle' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const built = buildChoice(state, settings);
    if (!built.ok) {
      setProblems(built.problems);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setProblems([]);
    setSending({ step: 'sending' });
    try {
      await onSubmit(built.body);
      setSending({ step: 'sent' });
      // The button was disabled while sending, which dropped the focus to the page: it goes to
      // the result instead, which the live region announces.
      requestAnimationFrame(() => result.current?.focus());
    } catch (error) {
      setSending({ step: 'failed', ...describeFailure(error) });
      requestAnimationFrame(() => summary.current?.focus());
    }
  };

  const help = t(`help.${proposal.method}`, {
    min: settings.min,
    max: settings.max,
    dots: settings.dots,
  });
  return (
    <form
      className="ballot-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-title`}
      noValidate
    >
      <h2 id={`${id}-title`}>{t(`method.${proposal.method}`)}</h2>
      <p id={`${id}-help`}>{help}</p>
      {closed && <p>{t('closed')}</p>}
      <fieldset
        disabled={disabled || closed || sending.step === 'sending'}
        style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
      >
        <MethodFields
          id={id}
          state={state}
          settings={settings}
          onChange={update}
          invalidFields={invalidFields}
        />
      </fieldset>
      <div ref={summary} tabIndex={-1} role="alert" className="ballot-problems">
        {problems.length > 0 && (
          <>
            <p>{t('problemsTitle')}</p>
            <ul>
              {problems.map((p) => (
                <li key={`${p.field}-${p.key}`}>{t(p.key, p.values ?? {})}</li>
              ))}
            </ul>
          </>
        )}
        {sending.step === 'failed' && (
          <>
            <p>{t('notSent', { message: sending.message })}</p>
            {sending.problems.length > 0 && (
              <ul>
                {sending.problems.map((p) => (
                  <li key={p.field + p.message}>
                    {p.field}: {p.message}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      <p ref={result} tabIndex={-1} role="status" aria-live="polite">
        {sending.step === 'sending' ? t('submitting') : sending.step === 'sent' ? t('sent') : ''}
      </p>
      <button
        type="submit"
        disabled={disabled || closed || sending.step === 'sending'}
        style={{ minHeight: '2.75rem' }}
      >
        {current ? t('change') : t('submit')}
      </button>
    </form>
  );
}

function MethodFields(props: {
  id: string;
  state: BallotState;
  settings: BallotSettings;
  onChange: (state: BallotState) => void;
  invalidFields: ReadonlySet<string>;
}): JSX.Element {
  const { t } = useTranslation('ballots');
  const { id, state, settings, onChange, invalidFields } = props;
  const reasonHint = t('reasonHint');
  switch (state.method) {
    case 'sense-check':
      return (
        <>
          <RadioGroup
            name={`${id}-response`}
            legend={t('yourResponse')}
            options={settings.options}
            labelOf={(o) => t(`response.${o}`, { defaultValue: o })}
            value={state.response}
            onChange={(response) => onChange({ ...state, response })}
            invalid={invalidFields.has('response')}
          />
          <ReasonField
            id={`${id}-comment`}
            label={t('comment')}
            hint={reasonHint}
            value={state.comment}
            onChange={(comment) => onChange({ ...state, comment })}
            required={false}
            invalid={false}
          />
        </>
      );
    case 'lazy-consensus':
    case 'consent':
    case 'consensus': {
      const [responses, group] =
        state.method === 'lazy-consensus'
          ? [LAZY_RESPONSES, 'lazy']
          : state.method === 'consent'
            ? [CONSENT_RESPONSES, 'consent']
            : [CONSENSUS_RESPONSES, 'consensus'];
      const r = state.response;
      const required =
        r === 'block' ||
        (r === 'object' && (state.method !== 'lazy-consensus' || settings.objectionNeedsReason));
      const label =
        r === 'block'
          ? t('reasonBlock')
          : r === 'stand-aside'
            ? t('reasonStandAside')
            : required
              ? t('reasonObjection')
              : t('reasonOptional');
      const showReason = r === 'object' || r === 'block' || r === 'stand-aside';
      return (
        <>
          <RadioGroup
            name={`${id}-response`}
            legend={t('yourResponse')}
            options={responses as readonly string[]}
            labelOf={(o) => t(`${group}.${o}`)}
            value={r}
            onChange={(response) => onChange({ ...state, response } as BallotState)}
            invalid={invalidFields.has('response')}
          />
          {showReason && (
            <ReasonField
              id={`${id}-reason`}
              label={label}
              hint={reasonHint}
              value={state.reason}
              onChange={(reason) => onChange({ ...state, reason })}
              required={required}
              invalid={invalidFields.has('reason')}
            />
          )}
        </>
      );
    }
    case 'majority':
    case 'supermajority':
      return (
        <RadioGroup
          name={`${id}-choice`}
          legend={t('yourResponse')}
          options={YES_NO_ABSTAIN}
          labelOf={(o) => t(`choice.${o}`)}
          value={state.choice}
          onChange={(choice) => onChange({ ...state, choice })}
          invalid={invalidFields.has('choice')}
          inline
        />
      );
    case 'approval':
      return (
        <ApprovalFields
          id={`${id}-approval`}
          settings={settings}
          values={state.approved}
          onChange={(approved) => onChange({ ...state, approved })}
          invalidFields={invalidFields}
        />
      );
    case 'score':
      return (
        <ScoreFields
          id={`${id}-score`}
          settings={settings}
          values={state.scores}
          onChange={(scores) => onChange({ ...state, scores })}
          invalidFields={invalidFields}
        />
      );
    case 'dot-vote':
      return (
        <DotFields
          id={`${id}-dots`}
          settings={settings}
          values={state.dots}
          onChange={(dots) => onChange({ ...state, dots })}
          invalidFields={invalidFields}
        />
      );
    case 'irv':
    case 'schulze':
      return (
        <RankingFields
          id={`${id}-ranking`}
          options={settings.options}
          ranking={state.ranking}
          onChange={(ranking) => onChange({ ...state, ranking })}
          invalid={invalidFields.has('ranking')}
        />
      );
    case 'meeting-poll':
      return (
        <MeetingPollFields
          id={`${id}-slots`}
          settings={settings}
          values={state.marks}
          onChange={(marks) => onChange({ ...state, marks })}
          invalidFields={invalidFields}
        />
      );
  }
}
