import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMembers } from '../members';
import { DateInput } from '../words/DateInput';
import {
  emptyBucket,
  emptyMemberAmount,
  emptyPot,
  move,
  STREAMS,
  type AmountsState,
  type ParameterForm,
  type Stream,
} from './form-state';

/** The id of the control showing a document path, so a problem can focus it. */
export function fieldId(base: string, path: string): string {
  return `${base}-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export interface ParameterEditorProps {
  form: ParameterForm;
  onChange: (form: ParameterForm) => void;
  /** Translated problems by form field (see `formFields`). */
  errors: Record<string, string[]>;
  currency: string;
  /** Prefix of every control's id (see `fieldId`). */
  idBase: string;
}

function Errors({ id, errors }: { id: string; errors: readonly string[] | undefined }) {
  if (!errors || errors.length === 0) return null;
  return (
    <ul id={id} className="field-errors">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

/**
 * The CAT parameter document as a form: buckets and pots as rows that can be added, removed and
 * reordered, floors and caps per member by name, smoothing, overflow and dates. Every problem is
 * shown under the field it names, and the field says so to a screen reader.
 */
export function ParameterEditor({
  form,
  onChange,
  errors,
  currency,
  idBase,
}: ParameterEditorProps) {
  const { t } = useTranslation('parameters');
  const members = useMembers();
  const own = useId();
  const set = (patch: Partial<ParameterForm>) => onChange({ ...form, ...patch });

  /** A labelled control for a document path, with its problems under it. */
  const field = (path: string, label: ReactNode, control: (aria: object) => ReactNode) => {
    const id = fieldId(idBase, path);
    const errorId = `${id}-errors`;
    const list = errors[path];
    const aria = {
      id,
      'aria-invalid': list && list.length > 0 ? true : undefined,
      'aria-describedby': list && list.length > 0 ? errorId : undefined,
    };
    return (
      <div className="param-field">
        <label htmlFor={id}>{label}</label>
        {control(aria)}
        <Errors id={errorId} errors={list} />
      </div>
    );
  };
  const groupErrors = (path: string) => <Errors id={fieldId(idBase, path)} errors={errors[path]} />;

  const rowButtons = (
    index: number,
    length: number,
    name: string,
    update: (to: number | null) => void,
  ) => (
    <div className="param-row-actions">
      <button
        type="button"
        className="secondary"
        disabled={index === 0}
        onClick={() => update(index - 1)}
        aria-label={`${t('editor.up')}: ${name}`}
      >
        ↑
      </button>
      <button
        type="button"
        className="secondary"
        disabled={index === length - 1}
        onClick={() => update(index + 1)}
        aria-label={`${t('editor.down')}: ${name}`}
      >
        ↓
      </button>
      <button type="button" className="secondary" onClick={() => update(null)}>
        {t('editor.remove')}
        <span className="visually-hidden">: {name}</span>
      </button>
    </div>
  );

  const amounts = (kind: 'floors' | 'caps') => {
    const state = form[kind];
    const setAmounts = (patch: Partial<AmountsState>) => set({ [kind]: { ...state, ...patch } });
    const known = new Map((members.data ?? []).map((m) => [m.memberId, m.displayName]));
    return (
      <fieldset className="param-group">
        <legend>{t(`editor.${kind}`)}</legend>
        {groupErrors(kind)}
        {field(`${kind}.default`, t('editor.everybody', { currency }), (aria) => (
          <input
            {...aria}
            inputMode="decimal"
            value={state.default.text}
            onChange={(e) => setAmounts({ default: { ...state.default, text: e.target.value } })}
          />
        ))}
        {state.members.map((row, i) => {
          const path = row.memberId ? `${kind}.members.${row.memberId}` : `${kind}.members[${i}]`;
          const name = known.get(row.memberId) ?? (row.memberId || t('editor.chooseMember'));
          const update = (patch: Partial<typeof row>) =>
            setAmounts({
              members: state.members.map((r) => (r.key === row.key ? { ...r, ...patch } : r)),
            });
          const errorId = `${fieldId(idBase, path)}-errors`;
          const invalid = (errors[path]?.length ?? 0) > 0;
          return (
            <div key={row.key} className="param-row">
              <div className="param-field">
                <label htmlFor={`${own}-${row.key}-member`}>{t('editor.member')}</label>
                <select
                  id={`${own}-${row.key}-member`}
                  value={row.memberId}
                  onChange={(e) => update({ memberId: e.target.value })}
                >
                  <option value="">{t('editor.chooseMember')}</option>
                  {[...known].map(([id, displayName]) => (
                    <option key={id} value={id}>
                      {displayName}
                    </option>
                  ))}
                  {row.memberId && !known.has(row.memberId) && (
                    <option value={row.memberId}>{row.memberId}</option>
                  )}
                </select>
              </div>
              <label>
                {t('editor.amount', { currency })}
                <input
                  id={fieldId(idBase, path)}
                  inputMode="decimal"
                  value={row.amount.text}
                  onChange={(e) => update({ amount: { ...row.amount, text: e.target.value } })}
                  aria-invalid={invalid || undefined}
                  aria-describedby={invalid ? errorId : undefined}
                />
              </label>
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  setAmounts({ members: state.members.filter((r) => r.key !== row.key) })
                }
              >
                {t('editor.remove')}
                <span className="visually-hidden">: {name}</span>
              </button>
              <Errors id={errorId} errors={errors[path]} />
            </div>
          );
        })}
        <button
          type="button"
          className="secondary"
          onClick={() => setAmounts({ members: [...state.members, emptyMemberAmount()] })}
        >
          {t(kind === 'floors' ? 'editor.addFloor' : 'editor.addCap')}
        </button>
      </fieldset>
    );
  };

  const s = form.smoothing;
  const setSmoothing = (patch: Partial<typeof s>) => set({ smoothing: { ...s, ...patch } });
  const ap = form.appreciation;
  const setAppreciation = (patch: Partial<typeof ap>) => set({ appreciation: { ...ap, ...patch } });
  const potNames = form.pots
    .map((p) => (p.name === '' ? p.streams.join('+') : p.name))
    .filter((name) => name !== '');
  return (
    <div className="param-editor">
      <p className="muted">{t('editor.intro', { currency })}</p>
      <div className="row">
        {field('effectiveFrom', t('editor.effectiveFrom'), (aria) => (
          <DateInput
            {...aria}
            value={form.effectiveFrom}
            onValue={(value) => set({ effectiveFrom: value })}
          />
        ))}
        {field('effectiveTo', t('editor.effectiveTo'), (aria) => (
          <DateInput
            {...aria}
            value={form.effectiveTo}
            onValue={(value) => set({ effectiveTo: value })}
          />
        ))}
      </div>
      {field('version', t('editor.version'), (aria) => (
        <input {...aria} value={form.version} onChange={(e) => set({ version: e.target.value })} />
      ))}

      <fieldset className="param-group">
        <legend>{t('editor.buckets')}</legend>
        {groupErrors('buckets')}
        {form.buckets.length === 0 && <p className="muted">{t('editor.noBuckets')}</p>}
        {form.buckets.map((b, i) => {
          const name = b.name || t('editor.bucketRow', { n: i + 1 });
          const update = (patch: Partial<typeof b>) =>
            set({ buckets: form.buckets.map((r) => (r.key === b.key ? { ...r, ...patch } : r)) });
          return (
            <fieldset key={b.key} className="param-row">
              <legend className="visually-hidden">{t('editor.bucketRow', { n: i + 1 })}</legend>
              {field(`buckets[${i}].name`, t('editor.bucketName'), (aria) => (
                <input
                  {...aria}
                  value={b.name}
                  onChange={(e) => update({ name: e.target.value })}
                />
              ))}
              {field(`buckets[${i}].of`, t('editor.bucketOf'), (aria) => (
                <select
                  {...aria}
                  value={b.of}
                  onChange={(e) => update({ of: e.target.value as typeof b.of })}
                >
                  <option value="total">{t('editor.ofTotal')}</option>
                  <option value="remainder">{t('editor.ofRemainder')}</option>
                </select>
              ))}
              {field(`buckets[${i}].percent`, `${t('editor.percent')} (%)`, (aria) => (
                <input
                  {...aria}
                  inputMode="decimal"
                  value={b.percent}
                  onChange={(e) => update({ percent: e.target.value })}
                />
              ))}
              {rowButtons(i, form.buckets.length, name, (to) =>
                set({
                  buckets:
                    to === null
                      ? form.buckets.filter((r) => r.key !== b.key)
                      : move(form.buckets, i, to),
                }),
              )}
            </fieldset>
          );
        })}
        <button
          type="button"
          className="secondary"
          onClick={() => set({ buckets: [...form.buckets, emptyBucket()] })}
        >
          {t('editor.addBucket')}
        </button>
      </fieldset>

      <fieldset className="param-group">
        <legend>{t('editor.pots')}</legend>
        {groupErrors('streamSplit')}
        {form.pots.map((p, i) => {
          const name = p.name || p.streams.join('+') || t('editor.potRow', { n: i + 1 });
          const update = (patch: Partial<typeof p>) =>
            set({ pots: form.pots.map((r) => (r.key === p.key ? { ...r, ...patch } : r)) });
          const toggle = (stream: Stream, on: boolean) =>
            update({
              streams: on ? [...p.streams, stream] : p.streams.filter((x) => x !== stream),
            });
          const streamsPath = `streamSplit[${i}].streams`;
          const streamsErrorId = `${fieldId(idBase, streamsPath)}-errors`;
          return (
            <fieldset key={p.key} className="param-row">
              <legend className="visually-hidden">{t('editor.potRow', { n: i + 1 })}</legend>
              {field(`streamSplit[${i}].name`, t('editor.potName'), (aria) => (
                <input
                  {...aria}
                  value={p.name}
                  placeholder={p.streams.join('+')}
                  onChange={(e) => update({ name: e.target.value })}
                />
              ))}
              <fieldset
                className="param-streams"
                id={fieldId(idBase, streamsPath)}
                tabIndex={-1}
                aria-describedby={errors[streamsPath]?.length ? streamsErrorId : undefined}
              >
                <legend>{t('editor.potStreams')}</legend>
                {STREAMS.map((stream) => (
                  <label key={stream} className="param-check">
                    <input
                      type="checkbox"
                      checked={p.streams.includes(stream)}
                      onChange={(e) => toggle(stream, e.target.checked)}
                    />
                    {t(`words.${stream}`)}
                  </label>
                ))}
                <Errors id={streamsErrorId} errors={errors[streamsPath]} />
              </fieldset>
              {field(`streamSplit[${i}].share`, t('editor.share'), (aria) => (
                <input
                  {...aria}
                  inputMode="decimal"
                  value={p.share}
                  onChange={(e) => update({ share: e.target.value })}
                />
              ))}
              {rowButtons(i, form.pots.length, name, (to) =>
                set({
                  pots:
                    to === null ? form.pots.filter((r) => r.key !== p.key) : move(form.pots, i, to),
                }),
              )}
            </fieldset>
          );
        })}
        <button
          type="button"
          className="secondary"
          onClick={() => set({ pots: [...form.pots, emptyPot()] })}
        >
          {t('editor.addPot')}
        </button>
      </fieldset>

      {amounts('floors')}
      {amounts('caps')}

      <fieldset className="param-group">
        <legend>{t('editor.smoothing')}</legend>
        <label className="param-check">
          <input
            type="checkbox"
            checked={s.on}
            onChange={(e) => setSmoothing({ on: e.target.checked })}
          />
          {t('editor.smoothingOn')}
        </label>
        {s.on && (
          <>
            {field('smoothing.periods', t('editor.periods'), (aria) => (
              <input
                {...aria}
                inputMode="numeric"
                value={s.periods}
                onChange={(e) => setSmoothing({ periods: e.target.value })}
              />
            ))}
            {field('smoothing.onLeave', t('editor.onLeave'), (aria) => (
              <input
                {...aria}
                inputMode="decimal"
                value={s.onLeave}
                placeholder="0"
                onChange={(e) => setSmoothing({ onLeave: e.target.value })}
              />
            ))}
            {field('smoothing.heavyCare', t('editor.heavyCare'), (aria) => (
              <input
                {...aria}
                inputMode="decimal"
                value={s.heavyCare}
                placeholder="0"
                onChange={(e) => setSmoothing({ heavyCare: e.target.value })}
              />
            ))}
            {field('smoothing.heavyCareHours', t('editor.heavyCareHours'), (aria) => (
              <input
                {...aria}
                inputMode="decimal"
                value={s.heavyCareHours.text}
                onChange={(e) =>
                  setSmoothing({ heavyCareHours: { ...s.heavyCareHours, text: e.target.value } })
                }
              />
            ))}
          </>
        )}
      </fieldset>

      {field('retainedBucket', t('editor.retained'), (aria) => (
        <input
          {...aria}
          value={form.retainedBucket}
          list={`${own}-buckets`}
          onChange={(e) => set({ retainedBucket: e.target.value })}
        />
      ))}
      <datalist id={`${own}-buckets`}>
        {form.buckets.map((b) => (
          <option key={b.key} value={b.name} />
        ))}
      </datalist>
      <label className="param-check">
        <input
          type="checkbox"
          checked={form.overflow ?? false}
          onChange={(e) => set({ overflow: e.target.checked })}
        />
        {t('editor.overflow')}
      </label>

      <fieldset className="param-group">
        <legend>{t('editor.appreciation')}</legend>
        <label className="param-check">
          <input
            type="checkbox"
            checked={ap.on}
            onChange={(e) => setAppreciation({ on: e.target.checked })}
          />
          {t('editor.appreciationOn')}
        </label>
        {ap.on && (
          <>
            {field('appreciation.pot', t('editor.appreciationPot'), (aria) => (
              <select
                {...aria}
                value={ap.pot}
                onChange={(e) => setAppreciation({ pot: e.target.value })}
              >
                <option value="">—</option>
                {potNames.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            ))}
            {field('appreciation.percent', t('editor.appreciationPercent'), (aria) => (
              <input
                {...aria}
                inputMode="decimal"
                value={ap.percent}
                onChange={(e) => setAppreciation({ percent: e.target.value })}
              />
            ))}
          </>
        )}
      </fieldset>
      <label className="param-check">
        <input
          type="checkbox"
          checked={form.mutualCreditIncome ?? false}
          onChange={(e) => set({ mutualCreditIncome: e.target.checked })}
        />
        {t('editor.mutualCreditIncome')}
      </label>
    </div>
  );
}
