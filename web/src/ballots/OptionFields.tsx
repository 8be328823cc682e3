import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { MARKS, type Mark } from './ballot-state.js';
import { wholeNumber } from './build-choice.js';
import { RadioGroup, touch } from './fields.js';
import type { BallotSettings } from './settings.js';

/* The ballots that give each option something: an approval, a score, dots or a mark. */

const small = { minWidth: '2.75rem', minHeight: '2.75rem' } as const;

interface PerOption<T> {
  id: string;
  settings: BallotSettings;
  values: readonly T[];
  onChange: (values: T[]) => void;
  invalidFields: ReadonlySet<string>;
}

function replace<T>(values: readonly T[], index: number, value: T): T[] {
  return values.map((v, i) => (i === index ? value : v));
}

export function ApprovalFields({
  id,
  settings,
  values,
  onChange,
  invalidFields,
}: PerOption<boolean>): JSX.Element {
  const { t } = useTranslation('ballots');
  return (
    <fieldset
      aria-invalid={invalidFields.has('approvals') || undefined}
      aria-describedby={settings.maxApprovals ? `${id}-max` : undefined}
    >
      <legend>{t('method.approval')}</legend>
      {settings.maxApprovals !== null && (
        <p id={`${id}-max`} className="hint">
          {t('maxApprovals', { max: settings.maxApprovals })}
        </p>
      )}
      {settings.options.map((option, i) => (
        <label key={option} htmlFor={`${id}-${i}`} style={touch}>
          <input
            id={`${id}-${i}`}
            type="checkbox"
            checked={values[i] === true}
            onChange={(e) => onChange(replace(values, i, e.target.checked))}
          />
          <span style={{ overflowWrap: 'anywhere' }}>{option}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function ScoreFields({
  id,
  settings,
  values,
  onChange,
  invalidFields,
}: PerOption<number | null>): JSX.Element {
  const { t } = useTranslation('ballots');
  return (
    <fieldset>
      <legend>{t('method.score')}</legend>
      {settings.options.map((option, i) => {
        const value = values[i] ?? null;
        const scored = value !== null;
        return (
          <div key={option} className="ballot-score" style={{ padding: '0.25rem 0' }}>
            {!settings.requireAll && (
              <label htmlFor={`${id}-${i}-on`} style={touch}>
                <input
                  id={`${id}-${i}-on`}
                  type="checkbox"
                  checked={scored}
                  onChange={(e) =>
                    onChange(replace(values, i, e.target.checked ? settings.min : null))
                  }
                />
                {t('scoreThis', { option })}
              </label>
            )}
            <div style={{ ...touch, flexWrap: 'wrap' }}>
              <label htmlFor={`${id}-${i}`} style={{ flex: '1 1 8rem', overflowWrap: 'anywhere' }}>
                {t('scoreOf', { option })}
              </label>
              <input
                id={`${id}-${i}`}
                type="range"
                min={settings.min}
                max={settings.max}
                step={1}
                value={value ?? settings.min}
                disabled={!scored}
                aria-invalid={invalidFields.has(`scores.${option}`) || undefined}
                aria-valuetext={scored ? String(value) : t('notScored')}
                onChange={(e) => onChange(replace(values, i, Number(e.target.value)))}
                style={{ flex: '1 1 10rem', maxWidth: '100%' }}
              />
              <output
                htmlFor={`${id}-${i}`}
                aria-hidden="true"
                style={{ minWidth: '4ch', textAlign: 'right' }}
              >
                {scored ? value : '–'}
              </output>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Dots given so far, counting what cannot be read as a whole number as none. */
function dotsGiven(values: readonly string[]): number {
  return values.reduce((sum, v) => sum + (wholeNumber(v) ?? 0), 0);
}

export function DotFields({
  id,
  settings,
  values,
  onChange,
  invalidFields,
}: PerOption<string>): JSX.Element {
  const { t } = useTranslation('ballots');
  const given = dotsGiven(values);
  const cap = settings.maxPerOption ?? settings.dots;
  const step = (i: number, by: number) => {
    const now = wholeNumber(values[i] ?? '') ?? 0;
    onChange(replace(values, i, String(Math.max(0, Math.min(cap, now + by)))));
  };
  return (
    <fieldset aria-invalid={invalidFields.has('dots') || undefined}>
      <legend>{t('method.dot-vote')}</legend>
      <p role="status" aria-live="polite">
        <strong>
          {t('dotsLeft', { left: Math.max(0, settings.dots - given), dots: settings.dots })}
        </strong>
      </p>
      {(settings.maxPerOption !== null || settings.mustUseAll) && (
        <p className="hint">
          {settings.maxPerOption !== null && t('dotsMaxPerOption', { max: settings.maxPerOption })}{' '}
          {settings.mustUseAll && t('dotsMustUseAll')}
        </p>
      )}
      {settings.options.map((option, i) => (
        <div key={option} style={{ ...touch, flexWrap: 'wrap' }}>
          <label htmlFor={`${id}-${i}`} style={{ flex: '1 1 8rem', overflowWrap: 'anywhere' }}>
            {t('dotsOf', { option })}
          </label>
          <span style={{ display: 'flex', gap: '0.25rem', alignItems: 'center' }}>
            <button
              type="button"
              style={small}
              aria-label={t('removeDot', { option })}
              aria-controls={`${id}-${i}`}
              onClick={() => step(i, -1)}
            >
              <span aria-hidden="true">−</span>
            </button>
            <input
              id={`${id}-${i}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={cap}
              step={1}
              value={values[i] ?? ''}
              aria-invalid={invalidFields.has(`dots.${option}`) || undefined}
              onChange={(e) => onChange(replace(values, i, e.target.value))}
              style={{ width: '5ch', minHeight: '2.75rem' }}
            />
            <button
              type="button"
              style={small}
              aria-label={t('addDot', { option })}
              aria-controls={`${id}-${i}`}
              onClick={() => step(i, 1)}
            >
              <span aria-hidden="true">+</span>
            </button>
          </span>
        </div>
      ))}
    </fieldset>
  );
}

export function MeetingPollFields({
  id,
  settings,
  values,
  onChange,
  invalidFields,
}: PerOption<Mark | null>): JSX.Element {
  const { t } = useTranslation('ballots');
  return (
    <div className="ballot-slots" aria-invalid={invalidFields.has('marks') || undefined}>
      {settings.options.map((slot, i) => (
        <RadioGroup
          key={slot}
          name={`${id}-${i}`}
          legend={slot}
          options={MARKS}
          labelOf={(mark) => t(`mark.${mark}`)}
          value={values[i] ?? null}
          onChange={(mark) => onChange(replace(values, i, mark))}
          inline
        />
      ))}
    </div>
  );
}
