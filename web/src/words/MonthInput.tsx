import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The months' names in the language, January first.
 *
 * @example monthNames('es')[11] // 'diciembre'
 */
export function monthNames(language: string): string[] {
  const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2026, i, 1))));
}

const split = (value: string) => {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  return m ? { year: m[1]!, month: m[2]! } : { year: '', month: '' };
};

/**
 * A month (`YYYY-MM`) as a list of the months named in the reader's language and a year typed
 * beside it. A native `<input type=month>` words itself in the browser's language, not the
 * page's: a Spanish Deck in an English Chromium said "December 2026" and "--------- ----".
 * The list takes the field's label (`id`, `aria-describedby`, `aria-invalid`); the year is named
 * after it. The value is '' until both a month and a four-digit year are chosen.
 *
 * @example <MonthInput id={id} label="Month" value={period} onValue={setPeriod} thisYear="2026" />
 */
export function MonthInput({
  id,
  label,
  value,
  onValue,
  thisYear,
  ref,
  ...aria
}: {
  id: string;
  /** The field's label, which the year's accessible name is made from. */
  label: string;
  /** `YYYY-MM`, or '' for no month. */
  value: string;
  onValue: (value: string) => void;
  /** The year filled in when a month is chosen with none typed. */
  thisYear: string;
  ref?: Ref<HTMLSelectElement>;
  'aria-invalid'?: boolean | undefined;
  'aria-describedby'?: string | undefined;
}) {
  const { i18n, t } = useTranslation('words');
  const [parts, setParts] = useState(() => split(value));
  // A value set from outside (a reset) is shown again; the reader's half-typed year is left alone.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    const current = /^\d{4}$/.test(parts.year) && parts.month ? `${parts.year}-${parts.month}` : '';
    if (current !== value) setParts(split(value));
  }
  const change = (next: { year: string; month: string }) => {
    setParts(next);
    const read = /^\d{4}$/.test(next.year) && next.month ? `${next.year}-${next.month}` : '';
    setShown(read);
    onValue(read);
  };
  const badYear = parts.year !== '' && !/^\d{4}$/.test(parts.year);
  return (
    <span className="month-input">
      <select
        id={id}
        ref={ref}
        value={parts.month}
        aria-invalid={aria['aria-invalid'] || undefined}
        aria-describedby={aria['aria-describedby']}
        onChange={(e) =>
          change({ month: e.target.value, year: parts.year || (e.target.value ? thisYear : '') })
        }
      >
        <option value="">{t('month.none')}</option>
        {monthNames(i18n.language).map((name, i) => (
          <option key={name} value={String(i + 1).padStart(2, '0')}>
            {name}
          </option>
        ))}
      </select>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        size={5}
        aria-label={t('month.year', { field: label })}
        placeholder={t('date.year')}
        aria-invalid={badYear || aria['aria-invalid'] || undefined}
        value={parts.year}
        onChange={(e) => change({ month: parts.month, year: e.target.value.trim() })}
      />
    </span>
  );
}
