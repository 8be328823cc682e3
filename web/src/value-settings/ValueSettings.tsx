import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { components, paths } from '../api/schema';
import { QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { formatCredits, formatDate, formatPercent, localToday, minorToDecimal } from '../format';
import { decimalToMinor } from '../money/amount';
import { basisPointsToPercent, percentToBasisPoints } from '../parameters/form-state';
import { useMe } from '../session';
import { DateInput } from '../words/DateInput';

/*
 * The value settings in force (stage multipliers, validation rules, duties, the casual rule and
 * the care release rule), in words for every member, each with a form for the founders, who alone
 * may change them (`value.rate.set`). Percentages stand for basis points and credits for minor
 * units; the forms start from what is in force.
 */

const NS = 'valueSettings';
export const VALUE_SETTINGS_KEY = ['value-settings'] as const;
const STREAMS = ['livelihood', 'love', 'care'] as const;
const STAGES = ['1', '2', '3'] as const;
const LEVELS = ['casual', 'dating', 'committed'] as const;
const PERIODS = ['month', 'quarter'] as const;
type Stream = (typeof STREAMS)[number];
type Stage = (typeof STAGES)[number];
type ValueSettings = components['schemas']['ValueSettings'];
/** The body of a value setting's PUT, as the OpenAPI document gives it. */
type PutBody<P extends `/api/value-settings/${string}` & keyof paths> = paths[P] extends {
  put: { requestBody: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

/** When a setting took effect, or that it is the default. */
function Since({ from }: { from: string | null }) {
  const { t, i18n } = useTranslation(NS);
  return (
    <p className="muted">
      {from ? t('since', { date: formatDate(from, i18n.language) }) : t('default')}
    </p>
  );
}

/**
 * A founder's form under a setting's words, folded until asked for: the fields, the refusal, the
 * button and what it did. `setting` names the setting's words (`stages.title`, `stages.submit`).
 */
function SettingForm({
  setting,
  saving,
  rest,
  onSubmit,
  children,
}: {
  setting: 'stages' | 'validation' | 'duties' | 'casual' | 'release';
  saving: Saving;
  rest: ReactNode;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation(NS);
  const title = t(`${setting}.title`);
  return (
    <details>
      <summary>
        {t('change')}: {title}
      </summary>
      <form
        className="form"
        aria-label={title}
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
        {rest}
        <button type="submit" disabled={saving.mutation.isPending}>
          {t(`${setting}.submit`)}
        </button>
        <ResultStatus message={saving.done} seq={saving.seq} />
      </form>
    </details>
  );
}

/** What a form's write is doing and what it last said. */
interface Saving {
  mutation: { isPending: boolean };
  done: string | null;
  seq: number;
}

/** The write every form makes: on success, says what changed and reloads the settings. */
function useSave<B>(put: (body: B) => Promise<unknown>, said: (body: B) => string) {
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const [seq, setSeq] = useState(0);
  const mutation = useMutation({
    mutationFn: async (body: B) => {
      await put(body);
      return body;
    },
    onMutate: () => setDone(null),
    onSuccess: async (body) => {
      setDone(said(body));
      setSeq((n) => n + 1);
      await queryClient.invalidateQueries({ queryKey: VALUE_SETTINGS_KEY });
    },
  });
  return { mutation, done, seq };
}

function EffectiveFrom({
  value,
  onChange,
  errors,
}: {
  value: string;
  onChange: (v: string) => void;
  errors: string[] | undefined;
}) {
  const { t } = useTranslation(NS);
  return (
    <Field label={t('effectiveFrom')} errors={errors}>
      {(p) => <DateInput {...p} value={value} onValue={(value) => onChange(value)} />}
    </Field>
  );
}

function StageMultipliers({
  settings,
  canChange,
}: {
  settings: ValueSettings;
  canChange: boolean;
}) {
  const { t, i18n } = useTranslation(NS);
  const { stages, effectiveFrom } = settings.stageMultipliers;
  const [typed, setTyped] = useState(() =>
    Object.fromEntries(
      STAGES.flatMap((s) => STREAMS.map((x) => [`${s}.${x}`, basisPointsToPercent(stages[s][x])])),
    ),
  );
  const [from, setFrom] = useState(localToday());
  const [checked, setChecked] = useState(false);
  const saving = useSave(
    (body: PutBody<'/api/value-settings/stage-multipliers'>) =>
      unwrap(api.PUT('/api/value-settings/stage-multipliers', { body })),
    (body) => t('stages.done', { date: formatDate(body.effectiveFrom, i18n.language) }),
  );
  const { mutation } = saving;
  const places = Object.fromEntries(
    STAGES.flatMap((s) => STREAMS.map((x) => [`${s}.${x}`, [`stages.${s}.${x}`]])),
  ) as Record<string, string[]>;
  const errors = useFormErrors<string>(mutation.error, { ...places, from: ['effectiveFrom'] });
  const bp = (key: string) => {
    const v = percentToBasisPoints(typed[key] ?? '');
    return v !== null && v <= 10_000 ? v : null;
  };
  const save = () => {
    setChecked(true);
    const keys = Object.keys(typed);
    if (keys.some((k) => bp(k) === null) || !from) return;
    const row = (s: Stage) =>
      Object.fromEntries(STREAMS.map((x) => [x, bp(`${s}.${x}`)!])) as Record<Stream, number>;
    mutation.mutate({
      effectiveFrom: from,
      stages: { '1': row('1'), '2': row('2'), '3': row('3') },
    });
  };
  return (
    <div>
      <h3>{t('stages.title')}</h3>
      <p>{t('stages.explain')}</p>
      <div className="table-scroll" role="region" aria-label={t('stages.table')} tabIndex={0}>
        <table>
          <caption className="visually-hidden">{t('stages.table')}</caption>
          <thead>
            <tr>
              <td />
              {STREAMS.map((x) => (
                <th key={x} scope="col">
                  {t(`app:streams.${x}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {STAGES.map((s) => (
              <tr key={s}>
                <th scope="row">{t('stages.stage', { stage: s })}</th>
                {STREAMS.map((x) => (
                  <td key={x} className="num">
                    {formatPercent(stages[s][x] / 10_000, i18n.language)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Since from={effectiveFrom} />
      {canChange && (
        <SettingForm setting="stages" saving={saving} rest={errors.rest} onSubmit={save}>
          <p className="muted">{t('percentHint')}</p>
          {STAGES.map((s) => (
            <div className="row" key={s}>
              {STREAMS.map((x) => {
                const key = `${s}.${x}`;
                return (
                  <Field
                    key={key}
                    label={t('stages.field', { stage: s, stream: t(`app:streams.${x}`) })}
                    errors={checked && bp(key) === null ? [t('badPercent')] : errors.field(key)}
                  >
                    {(p) => (
                      <input
                        {...p}
                        inputMode="decimal"
                        value={typed[key]}
                        onChange={(e) => setTyped((v) => ({ ...v, [key]: e.target.value }))}
                      />
                    )}
                  </Field>
                );
              })}
            </div>
          ))}
          <EffectiveFrom
            value={from}
            onChange={setFrom}
            errors={checked && !from ? [t('badDate')] : errors.field('from')}
          />
        </SettingForm>
      )}
    </div>
  );
}

const wholeIn = (text: string, min: number, max: number): number | null => {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
};

function ValidationRules({ settings, canChange }: { settings: ValueSettings; canChange: boolean }) {
  const { t } = useTranslation(NS);
  const { streams, set } = settings.validationRules;
  const [typed, setTyped] = useState(() =>
    Object.fromEntries(STREAMS.map((x) => [x, String(streams[x].acknowledgements)])),
  );
  const [steward, setSteward] = useState(() =>
    Object.fromEntries(STREAMS.map((x) => [x, streams[x].stewardRequired])),
  );
  const [checked, setChecked] = useState(false);
  const saving = useSave(
    (body: PutBody<'/api/value-settings/validation-rules'>) =>
      unwrap(api.PUT('/api/value-settings/validation-rules', { body })),
    () => t('validation.done'),
  );
  const { mutation } = saving;
  const errors = useFormErrors(
    mutation.error,
    Object.fromEntries(STREAMS.map((x) => [x, [`streams.${x}.`]])) as Record<Stream, string[]>,
  );
  const save = () => {
    setChecked(true);
    if (STREAMS.some((x) => wholeIn(typed[x] ?? '', 0, 50) === null)) return;
    const rule = (x: Stream) => ({
      acknowledgements: wholeIn(typed[x] ?? '', 0, 50)!,
      stewardRequired: steward[x] ?? false,
    });
    mutation.mutate({
      streams: { livelihood: rule('livelihood'), love: rule('love'), care: rule('care') },
    });
  };
  return (
    <div>
      <h3>{t('validation.title')}</h3>
      <p>{t('validation.explain')}</p>
      <ul>
        {STREAMS.map((x) => (
          <li key={x}>
            {t(`app:streams.${x}`)}: {t('validation.line', { count: streams[x].acknowledgements })}
            {streams[x].stewardRequired && streams[x].acknowledgements > 0
              ? t('validation.steward')
              : ''}
          </li>
        ))}
      </ul>
      {!set && <p className="muted">{t('default')}</p>}
      {canChange && (
        <SettingForm setting="validation" saving={saving} rest={errors.rest} onSubmit={save}>
          {STREAMS.map((x) => {
            const stream = t(`app:streams.${x}`);
            return (
              <div className="row" key={x}>
                <Field
                  label={t('validation.acknowledgements', { stream })}
                  errors={
                    checked && wholeIn(typed[x] ?? '', 0, 50) === null
                      ? [t('badWhole', { min: 0, max: 50 })]
                      : errors.field(x)
                  }
                >
                  {(p) => (
                    <input
                      {...p}
                      inputMode="numeric"
                      value={typed[x]}
                      onChange={(e) => setTyped((v) => ({ ...v, [x]: e.target.value }))}
                    />
                  )}
                </Field>
                <label className="param-check">
                  <input
                    type="checkbox"
                    checked={steward[x] ?? false}
                    onChange={(e) => setSteward((v) => ({ ...v, [x]: e.target.checked }))}
                  />
                  {t('validation.stewardRequired', { stream })}
                </label>
              </div>
            );
          })}
        </SettingForm>
      )}
    </div>
  );
}

interface DutyDraft {
  level: (typeof LEVELS)[number];
  stream: Stream;
  period: (typeof PERIODS)[number];
  amount: string;
}

function Duties({ settings, canChange }: { settings: ValueSettings; canChange: boolean }) {
  const { t, i18n } = useTranslation(NS);
  const { duties, effectiveFrom } = settings.dutyRules;
  const [rows, setRows] = useState<DutyDraft[]>(() =>
    duties.map((d) => ({
      level: d.level as DutyDraft['level'],
      stream: d.stream as Stream,
      period: d.period as DutyDraft['period'],
      amount: minorToDecimal(d.amount),
    })),
  );
  const [from, setFrom] = useState(localToday());
  const [checked, setChecked] = useState(false);
  const saving = useSave(
    (body: PutBody<'/api/value-settings/duty-rules'>) =>
      unwrap(api.PUT('/api/value-settings/duty-rules', { body })),
    (body) => t('duties.done', { date: formatDate(body.effectiveFrom, i18n.language) }),
  );
  const { mutation } = saving;
  const places = Object.fromEntries(rows.map((_, i) => [`duty${i}`, [`duties.${i}.`]])) as Record<
    string,
    string[]
  >;
  const errors = useFormErrors<string>(mutation.error, { ...places, from: ['effectiveFrom'] });
  const change = (i: number, patch: Partial<DutyDraft>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const save = () => {
    setChecked(true);
    if (rows.some((r) => decimalToMinor(r.amount) === null) || !from) return;
    mutation.mutate({
      effectiveFrom: from,
      duties: rows.map((r) => ({ ...r, amount: decimalToMinor(r.amount)! })),
    });
  };
  return (
    <div>
      <h3>{t('duties.title')}</h3>
      <p>{t('duties.explain')}</p>
      {duties.length === 0 ? (
        <p>{t('duties.none')}</p>
      ) : (
        <ul>
          {duties.map((d, i) => (
            <li key={i}>
              {t('duties.line', {
                level: t(`duties.levels.${d.level}`, { defaultValue: d.level }),
                amount: formatCredits(d.amount, i18n.language),
                stream: t(`app:streams.${d.stream}`, { defaultValue: d.stream }).toLowerCase(),
                period: t(`duties.periods.${d.period}`, { defaultValue: d.period }),
              })}
            </li>
          ))}
        </ul>
      )}
      <Since from={effectiveFrom} />
      {canChange && (
        <SettingForm setting="duties" saving={saving} rest={errors.rest} onSubmit={save}>
          {rows.map((r, i) => (
            <fieldset className="param-group" key={i}>
              <legend>{t('duties.duty', { n: i + 1 })}</legend>
              <div className="row">
                <Field label={t('duties.level')}>
                  {(p) => (
                    <select
                      {...p}
                      value={r.level}
                      onChange={(e) => change(i, { level: e.target.value as DutyDraft['level'] })}
                    >
                      {LEVELS.map((l) => (
                        <option key={l} value={l}>
                          {t(`duties.levels.${l}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={t('duties.stream')}>
                  {(p) => (
                    <select
                      {...p}
                      value={r.stream}
                      onChange={(e) => change(i, { stream: e.target.value as Stream })}
                    >
                      {STREAMS.map((x) => (
                        <option key={x} value={x}>
                          {t(`app:streams.${x}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={t('duties.period')}>
                  {(p) => (
                    <select
                      {...p}
                      value={r.period}
                      onChange={(e) => change(i, { period: e.target.value as DutyDraft['period'] })}
                    >
                      {PERIODS.map((x) => (
                        <option key={x} value={x}>
                          {t(`duties.periodNames.${x}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field
                  label={t('duties.amount')}
                  errors={
                    checked && decimalToMinor(r.amount) === null
                      ? [t('badAmount')]
                      : errors.field(`duty${i}`)
                  }
                >
                  {(p) => (
                    <input
                      {...p}
                      inputMode="decimal"
                      value={r.amount}
                      onChange={(e) => change(i, { amount: e.target.value })}
                    />
                  )}
                </Field>
              </div>
              <button
                type="button"
                className="secondary"
                onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
              >
                {t('duties.remove', { n: i + 1 })}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() =>
              setRows((rs) => [
                ...rs,
                { level: 'committed', stream: 'love', period: 'quarter', amount: '' },
              ])
            }
          >
            {t('duties.add')}
          </button>
          <EffectiveFrom
            value={from}
            onChange={setFrom}
            errors={checked && !from ? [t('badDate')] : errors.field('from')}
          />
        </SettingForm>
      )}
    </div>
  );
}

function CasualRule({ settings, canChange }: { settings: ValueSettings; canChange: boolean }) {
  const { t, i18n } = useTranslation(NS);
  const { payable, effectiveFrom } = settings.casualRule;
  const [choice, setChoice] = useState(payable);
  const [from, setFrom] = useState(localToday());
  const [checked, setChecked] = useState(false);
  const saving = useSave(
    (body: PutBody<'/api/value-settings/casual-rule'>) =>
      unwrap(api.PUT('/api/value-settings/casual-rule', { body })),
    (body) =>
      t('casual.done', {
        date: formatDate(body.effectiveFrom, i18n.language),
        what: t(body.payable ? 'casual.yes' : 'casual.no'),
      }),
  );
  const { mutation } = saving;
  const errors = useFormErrors(mutation.error, { from: ['effectiveFrom'], payable: ['payable'] });
  return (
    <div>
      <h3>{t('casual.title')}</h3>
      <p>{t('casual.explain')}</p>
      <p>{t(payable ? 'casual.payable' : 'casual.notPayable')}</p>
      <Since from={effectiveFrom} />
      {canChange && (
        <SettingForm
          setting="casual"
          saving={saving}
          rest={errors.rest}
          onSubmit={() => {
            setChecked(true);
            if (from) mutation.mutate({ effectiveFrom: from, payable: choice });
          }}
        >
          <fieldset className="param-streams">
            <legend>{t('casual.choice')}</legend>
            {([true, false] as const).map((v) => (
              <label className="param-check" key={String(v)}>
                <input
                  type="radio"
                  name="casual-payable"
                  checked={choice === v}
                  onChange={() => setChoice(v)}
                />
                {t(v ? 'casual.yes' : 'casual.no')}
              </label>
            ))}
          </fieldset>
          <EffectiveFrom
            value={from}
            onChange={setFrom}
            errors={checked && !from ? [t('badDate')] : errors.field('from')}
          />
        </SettingForm>
      )}
    </div>
  );
}

function CareRelease({ settings, canChange }: { settings: ValueSettings; canChange: boolean }) {
  const { t, i18n } = useTranslation(NS);
  const { onCommitment, onLeaving, effectiveFrom } = settings.careRelease;
  const [overMonths, setOverMonths] = useState(onCommitment.kind === 'release-over-months');
  const [months, setMonths] = useState(
    onCommitment.kind === 'release-over-months' ? String(onCommitment.months) : '3',
  );
  const [leaving, setLeaving] = useState(onLeaving);
  const [from, setFrom] = useState(localToday());
  const [checked, setChecked] = useState(false);
  const saving = useSave(
    (body: PutBody<'/api/value-settings/care-release'>) =>
      unwrap(api.PUT('/api/value-settings/care-release', { body })),
    (body) => t('release.done', { date: formatDate(body.effectiveFrom, i18n.language) }),
  );
  const { mutation } = saving;
  const errors = useFormErrors(mutation.error, {
    months: ['onCommitment.months', 'onCommitment.'],
    leaving: ['onLeaving'],
    from: ['effectiveFrom'],
  });
  const monthCount = wholeIn(months, 1, 60);
  const save = () => {
    setChecked(true);
    if ((overMonths && monthCount === null) || !from) return;
    mutation.mutate({
      effectiveFrom: from,
      onCommitment: overMonths
        ? { kind: 'release-over-months', months: monthCount! }
        : { kind: 'release-all' },
      onLeaving: leaving,
    });
  };
  return (
    <div>
      <h3>{t('release.title')}</h3>
      <p>{t('release.explain')}</p>
      <ul>
        <li>
          {t('release.onCommitment')}:{' '}
          {onCommitment.kind === 'release-over-months'
            ? t('release.overMonths', { count: onCommitment.months })
            : t('release.releaseAll')}
        </li>
        <li>
          {t('release.onLeaving')}:{' '}
          {onLeaving === 'forfeit' ? t('release.forfeit') : t('release.releaseAll')}
        </li>
      </ul>
      <Since from={effectiveFrom} />
      {canChange && (
        <SettingForm setting="release" saving={saving} rest={errors.rest} onSubmit={save}>
          <fieldset className="param-streams">
            <legend>{t('release.onCommitment')}</legend>
            <label className="param-check">
              <input
                type="radio"
                name="release-commitment"
                checked={!overMonths}
                onChange={() => setOverMonths(false)}
              />
              {t('release.atOnce')}
            </label>
            <label className="param-check">
              <input
                type="radio"
                name="release-commitment"
                checked={overMonths}
                onChange={() => setOverMonths(true)}
              />
              {t('release.inTranches')}
            </label>
          </fieldset>
          {overMonths && (
            <Field
              label={t('release.months')}
              errors={
                checked && monthCount === null
                  ? [t('badWhole', { min: 1, max: 60 })]
                  : errors.field('months')
              }
            >
              {(p) => (
                <input
                  {...p}
                  inputMode="numeric"
                  value={months}
                  onChange={(e) => setMonths(e.target.value)}
                />
              )}
            </Field>
          )}
          <fieldset className="param-streams">
            <legend>{t('release.onLeaving')}</legend>
            <label className="param-check">
              <input
                type="radio"
                name="release-leaving"
                checked={leaving === 'forfeit'}
                onChange={() => setLeaving('forfeit')}
              />
              {t('release.keep')}
            </label>
            <label className="param-check">
              <input
                type="radio"
                name="release-leaving"
                checked={leaving === 'release-all'}
                onChange={() => setLeaving('release-all')}
              />
              {t('release.pay')}
            </label>
          </fieldset>
          <EffectiveFrom
            value={from}
            onChange={setFrom}
            errors={checked && !from ? [t('badDate')] : errors.field('from')}
          />
        </SettingForm>
      )}
    </div>
  );
}

/**
 * The Settings page's "Value rules": every member reads the five settings in force in words;
 * active founders also get a form under each.
 */
export function ValueSettingsSection() {
  const { t } = useTranslation(NS);
  const me = useMe();
  const canChange = me.founder && me.status === 'active';
  const settings = useQuery({
    queryKey: VALUE_SETTINGS_KEY,
    queryFn: () => unwrap(api.GET('/api/value-settings')),
  });
  return (
    <Section title={t('title')} id="value-rules">
      <p>{t('intro')}</p>
      {!canChange && <p className="muted">{t('readOnly')}</p>}
      <QueryView query={settings}>
        {(s) => (
          <div>
            <StageMultipliers settings={s} canChange={canChange} />
            <ValidationRules settings={s} canChange={canChange} />
            <Duties settings={s} canChange={canChange} />
            <CasualRule settings={s} canChange={canChange} />
            <CareRelease settings={s} canChange={canChange} />
          </div>
        )}
      </QueryView>
    </Section>
  );
}
