import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../flow-kit';
import { currentPeriod } from '../format';
import { MonthInput } from '../words/MonthInput';
import { decimalToMinor } from './amount';

/*
 * The fields the money forms share: an amount checked as it is typed, a line of text, a month
 * named in the reader's language.
 */

/** An amount field's typed text, checked here so a typo is named beside the field, not by the node. */
export function useAmount(initial = '') {
  const [text, setText] = useState(initial);
  const [checked, setChecked] = useState(false);
  const minor = decimalToMinor(text);
  return {
    text,
    setText,
    minor,
    /** Marks the field as submitted; true when it holds an amount. */
    check: () => {
      setChecked(true);
      return minor !== null;
    },
    invalid: checked && minor === null,
  };
}

export type Amount = ReturnType<typeof useAmount>;

export function AmountField({
  amount,
  label,
  errors,
  hint = true,
}: {
  amount: Amount;
  label: string;
  errors: readonly string[] | undefined;
  /** Whether to say how to type an amount (once per form is enough). */
  hint?: boolean;
}) {
  const { t } = useTranslation('money');
  return (
    <Field
      label={label}
      {...(hint ? { hint: t('amountHint') } : {})}
      errors={amount.invalid ? [t('badAmount')] : errors}
    >
      {(p) => (
        <input
          {...p}
          inputMode="decimal"
          value={amount.text}
          onChange={(e) => amount.setText(e.target.value)}
        />
      )}
    </Field>
  );
}

export function TextField({
  label,
  value,
  onValue,
  maxLength,
  errors,
}: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  maxLength: number;
  errors?: readonly string[] | undefined;
}) {
  return (
    <Field label={label} errors={errors}>
      {(p) => (
        <input
          {...p}
          value={value}
          maxLength={maxLength}
          onChange={(e) => onValue(e.target.value)}
        />
      )}
    </Field>
  );
}

export function MonthField({
  label,
  value,
  onValue,
  errors,
}: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  errors?: readonly string[] | undefined;
}) {
  return (
    <Field label={label} errors={errors}>
      {(p) => (
        <MonthInput
          {...p}
          label={label}
          value={value}
          onValue={onValue}
          thisYear={currentPeriod().slice(0, 4)}
        />
      )}
    </Field>
  );
}
