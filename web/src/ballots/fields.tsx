import type { JSX, ReactNode } from 'react';

/*
 * The small accessible building blocks every ballot shares: a group of radio buttons in a fieldset
 * with its legend, and a labelled text area for reasons.
 */

const touch = {
  minHeight: '2.75rem',
  display: 'flex',
  alignItems: 'center',
  gap: '0.5rem',
} as const;

export function RadioGroup<T extends string>(props: {
  name: string;
  legend: ReactNode;
  options: readonly T[];
  labelOf: (option: T) => string;
  value: T | null;
  onChange: (value: T) => void;
  invalid?: boolean;
  inline?: boolean;
}): JSX.Element {
  return (
    <fieldset className="ballot-radios" aria-invalid={props.invalid || undefined}>
      <legend>{props.legend}</legend>
      <div
        style={{
          display: 'flex',
          flexDirection: props.inline ? 'row' : 'column',
          flexWrap: 'wrap',
          columnGap: '1rem',
        }}
      >
        {props.options.map((option, i) => (
          <label key={option} style={touch} htmlFor={`${props.name}-${i}`}>
            <input
              id={`${props.name}-${i}`}
              type="radio"
              name={props.name}
              value={option}
              checked={props.value === option}
              onChange={() => props.onChange(option)}
            />
            {props.labelOf(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ReasonField(props: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  required: boolean;
  invalid: boolean;
}): JSX.Element {
  return (
    <div className="ballot-reason">
      <label htmlFor={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        required={props.required}
        aria-required={props.required}
        aria-invalid={props.invalid || undefined}
        aria-describedby={`${props.id}-hint`}
        rows={3}
        maxLength={5000}
        style={{ display: 'block', width: '100%', boxSizing: 'border-box' }}
      />
      <p id={`${props.id}-hint`} className="hint">
        {props.hint}
      </p>
    </div>
  );
}

export { touch };
