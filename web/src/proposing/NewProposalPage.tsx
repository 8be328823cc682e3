import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { Field, useFormErrors } from '../flow-kit';
import { GovernanceAmendment } from './GovernanceAmendment';
import { formatMoney } from '../format';
import { useMembers } from '../members';
import { localDateTime } from '../what-if/parameter-proposal';
import {
  EMPTY_CHOICE,
  isChoice,
  methodsFor,
  proposalBody,
  type ChoiceDraft,
  type DraftProblem,
  type Level,
  type OpenProposal,
  type ProposalDraft,
  type StartableKind,
} from './proposal-body';
import { DateInput } from '../words/DateInput';

const NS = 'proposing';
const KINDS: StartableKind[] = [
  'general',
  'membership-change',
  'budget-or-expense',
  'policy-amendment',
];
const LEVELS: Level[] = ['casual', 'dating', 'committed', 'left'];
const WEEK = 7 * 86_400_000;

/**
 * Opens a proposal of any kind a member starts from a form: general, a member's level (picked by
 * name), a budget with its amount in the DisCO's currency, or a policy amendment of the
 * governance parameters (fields starting from those in force). CAT parameter changes start from the
 * what-if, where the change is tried first. The node's refusals are shown beside their fields.
 */
export function NewProposalPage() {
  const { t, i18n } = useTranslation(NS);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const members = useMembers();
  const circles = useQuery({
    queryKey: ['circles'],
    queryFn: () => unwrap(api.GET('/api/circles')),
  });
  const currency = useQuery({
    queryKey: ['books', ''],
    queryFn: () => unwrap(api.GET('/api/books', { params: { query: {} } })),
  }).data?.currency;
  const [draft, setDraft] = useState<ProposalDraft>(() => ({
    kind: 'general',
    title: '',
    body: '',
    deadline: localDateTime(new Date(Date.now() + WEEK)),
    method: 'consent',
    circleId: '',
    memberId: '',
    level: 'committed',
    stage: '1',
    amount: '',
    choice: EMPTY_CHOICE,
  }));
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const set = <K extends keyof ProposalDraft>(key: K, value: ProposalDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setChoice = (key: keyof ChoiceDraft, value: string) =>
    setDraft((d) => ({ ...d, choice: { ...(d.choice ?? EMPTY_CHOICE), [key]: value } }));
  const setKind = (kind: StartableKind) =>
    // A change cannot be decided by a choice among options: fall back to consent.
    setDraft((d) => ({
      ...d,
      kind,
      method: methodsFor(kind).includes(d.method) ? d.method : 'consent',
    }));
  const choice = draft.choice ?? EMPTY_CHOICE;
  const open = useMutation({
    mutationFn: (body: OpenProposal) => unwrap(api.POST('/api/proposals', { body })),
    onSuccess: async ({ proposalId }) => {
      await queryClient.invalidateQueries({ queryKey: ['proposals'] });
      await navigate(`/proposals/${encodeURIComponent(proposalId)}`);
    },
  });
  const errors = useFormErrors(open.error, {
    title: ['title'],
    body: ['body'],
    deadline: ['deadline'],
    method: ['method', 'settings'],
    options: ['settings.options', 'settings.tieBreakOrder'],
    maxApprovals: ['settings.maxApprovals'],
    scoreRange: ['settings.min', 'settings.max'],
    dots: ['settings.dots'],
    maxPerOption: ['settings.maxPerOption'],
    circle: ['circleId'],
    member: ['change.membership.memberId', 'change.membership'],
    level: ['change.membership.level', 'change.membership.stage', 'change.membership.'],
    governance: ['change.governanceParameters', 'change.governanceParameters.'],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const built = proposalBody(draft, (minor) =>
      t('new.amountLine', { amount: formatMoney(minor, currency ?? 'EUR', i18n.language) }),
    );
    if (!built.ok) {
      setProblems(built.problems);
      return;
    }
    setProblems([]);
    open.mutate(built.body);
  };
  const mine = (p: DraftProblem, message: string) => (problems.includes(p) ? [message] : []);
  const people = (members.data ?? []).filter((m) => m.status === 'active' || m.level !== null);
  return (
    <>
      <p>
        <Link to="/proposals">← {t('app:proposals.title')}</Link>
      </p>
      <h1>{t('new.title')}</h1>
      <p className="lead">{t('new.intro')}</p>
      <div className="card">
        <form className="form" onSubmit={submit} noValidate>
          <Field label={t('new.kind')}>
            {(p) => (
              <select
                {...p}
                value={draft.kind}
                onChange={(e) => setKind(e.target.value as StartableKind)}
              >
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`new.kinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <p className="muted">
            {t('new.parameters')} <Link to="/distribution">{t('new.parametersLink')}</Link>
          </p>
          {draft.kind === 'membership-change' && (
            <div className="row">
              <Field
                label={t('new.member')}
                errors={[...mine('member', t('new.badMember')), ...(errors.field('member') ?? [])]}
              >
                {(p) => (
                  <select
                    {...p}
                    value={draft.memberId}
                    onChange={(e) => set('memberId', e.target.value)}
                  >
                    <option value="">{t('new.chooseMember')}</option>
                    {people.map((m) => (
                      <option key={m.memberId} value={m.memberId}>
                        {m.displayName}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('new.level')} errors={errors.field('level')}>
                {(p) => (
                  <select
                    {...p}
                    value={draft.level}
                    onChange={(e) => set('level', e.target.value as Level)}
                  >
                    {LEVELS.map((l) => (
                      <option key={l} value={l}>
                        {t(`new.levels.${l}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {draft.level === 'dating' && (
                <Field label={t('new.stage')}>
                  {(p) => (
                    <select
                      {...p}
                      value={draft.stage}
                      onChange={(e) => set('stage', e.target.value)}
                    >
                      {['1', '2', '3'].map((s) => (
                        <option key={s} value={s}>
                          {s}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              )}
            </div>
          )}
          {draft.kind === 'policy-amendment' && (
            <GovernanceAmendment
              errors={[
                ...mine('governance', t('governance.fix')),
                ...(errors.field('governance') ?? []),
              ]}
              onChange={(parameters) => set('governanceParameters', parameters)}
            />
          )}
          {draft.kind === 'budget-or-expense' && (
            <Field
              label={t('new.amount', { currency: currency ?? '' })}
              errors={mine('amount', t('new.badAmount'))}
            >
              {(p) => (
                <input
                  {...p}
                  inputMode="decimal"
                  value={draft.amount}
                  onChange={(e) => set('amount', e.target.value)}
                />
              )}
            </Field>
          )}
          <Field label={t('new.proposalTitle')} errors={errors.field('title')}>
            {(p) => (
              <input
                {...p}
                value={draft.title}
                maxLength={200}
                onChange={(e) => set('title', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('new.body')} errors={errors.field('body')}>
            {(p) => (
              <textarea
                {...p}
                rows={5}
                value={draft.body}
                onChange={(e) => set('body', e.target.value)}
              />
            )}
          </Field>
          <div className="row">
            <Field
              label={t('new.deadline')}
              errors={[
                ...mine('deadline', t('new.badDeadline')),
                ...(errors.field('deadline') ?? []),
              ]}
            >
              {(p) => (
                <DateInput
                  {...p}
                  withTime
                  value={draft.deadline}
                  onValue={(value) => set('deadline', value)}
                />
              )}
            </Field>
            <Field label={t('new.method')} errors={errors.field('method')}>
              {(p) => (
                <select
                  {...p}
                  value={draft.method}
                  onChange={(e) => set('method', e.target.value as ProposalDraft['method'])}
                >
                  {methodsFor(draft.kind).map((m) => (
                    <option key={m} value={m}>
                      {t(`new.methods.${m}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          {draft.kind !== 'general' && <p className="muted">{t('new.choiceOnlyGeneral')}</p>}
          {isChoice(draft.method) && (
            <fieldset className="param-group">
              <legend>{t('new.choice.title')}</legend>
              <Field
                label={t(
                  draft.method === 'meeting-poll' ? 'new.choice.slots' : 'new.choice.options',
                )}
                hint={t('new.choice.optionsHint')}
                errors={[
                  ...mine('options', t('new.choice.badOptions')),
                  ...(errors.field('options') ?? []),
                ]}
              >
                {(p) => (
                  <textarea
                    {...p}
                    rows={4}
                    value={choice.options}
                    onChange={(e) => setChoice('options', e.target.value)}
                  />
                )}
              </Field>
              {draft.method === 'approval' && (
                <Field
                  label={t('new.choice.maxApprovals')}
                  errors={[
                    ...mine('maxApprovals', t('new.choice.badWhole')),
                    ...(errors.field('maxApprovals') ?? []),
                  ]}
                >
                  {(p) => (
                    <input
                      {...p}
                      inputMode="numeric"
                      value={choice.maxApprovals}
                      onChange={(e) => setChoice('maxApprovals', e.target.value)}
                    />
                  )}
                </Field>
              )}
              {draft.method === 'score' && (
                <div className="row">
                  <Field
                    label={t('new.choice.scoreMin')}
                    errors={[
                      ...mine('scoreRange', t('new.choice.badRange')),
                      ...(errors.field('scoreRange') ?? []),
                    ]}
                  >
                    {(p) => (
                      <input
                        {...p}
                        inputMode="numeric"
                        value={choice.scoreMin}
                        onChange={(e) => setChoice('scoreMin', e.target.value)}
                      />
                    )}
                  </Field>
                  <Field label={t('new.choice.scoreMax')}>
                    {(p) => (
                      <input
                        {...p}
                        inputMode="numeric"
                        value={choice.scoreMax}
                        onChange={(e) => setChoice('scoreMax', e.target.value)}
                      />
                    )}
                  </Field>
                </div>
              )}
              {draft.method === 'dot-vote' && (
                <div className="row">
                  <Field
                    label={t('new.choice.dots')}
                    errors={[
                      ...mine('dots', t('new.choice.badDots')),
                      ...(errors.field('dots') ?? []),
                    ]}
                  >
                    {(p) => (
                      <input
                        {...p}
                        inputMode="numeric"
                        value={choice.dots}
                        onChange={(e) => setChoice('dots', e.target.value)}
                      />
                    )}
                  </Field>
                  <Field
                    label={t('new.choice.maxPerOption')}
                    errors={[
                      ...mine('maxPerOption', t('new.choice.badWhole')),
                      ...(errors.field('maxPerOption') ?? []),
                    ]}
                  >
                    {(p) => (
                      <input
                        {...p}
                        inputMode="numeric"
                        value={choice.maxPerOption}
                        onChange={(e) => setChoice('maxPerOption', e.target.value)}
                      />
                    )}
                  </Field>
                </div>
              )}
            </fieldset>
          )}
          <Field label={t('new.circle')} errors={errors.field('circle')}>
            {(p) => (
              <select
                {...p}
                value={draft.circleId}
                onChange={(e) => set('circleId', e.target.value)}
              >
                <option value="">{t('new.wholeDisco')}</option>
                {(circles.data?.items ?? []).map((c) => (
                  <option key={c.circleId} value={c.circleId}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {errors.rest}
          <button type="submit" disabled={open.isPending}>
            {t('new.submit')}
          </button>
        </form>
      </div>
    </>
  );
}
