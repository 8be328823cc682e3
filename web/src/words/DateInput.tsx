import { useId, useState, type InputHTMLAttributes, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A date (`YYYY-MM-DD`) or a local date and time (`YYYY-MM-DDTHH:MM`) in words in the reader's
 * language; empty for anything else.
 *
 * @example dateInWords('2026-03-01', 'es') // 'domingo, 1 de marzo de 2026'
 */
export function dateInWords(value: string, language: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value))
    return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value))
    // Without an offset this is the browser's local time, which is what the field means.
    return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short' }).format(
      new Date(value),
    );
  return '';
}

type DatePart = 'day' | 'month' | 'year';

/** The order of day, month and year in the language's numeric dates: es day first, en month first. */
export function datePartOrder(language: string): DatePart[] {
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  })
    .formatToParts(new Date(Date.UTC(2026, 2, 1)))
    .map((p) => p.type)
    .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
}

/** The letters a language writes for each part of a date's pattern ("aaaa" for año). */
export interface PatternLetters {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

/**
 * How a date is written in the language, as a field's placeholder shows it.
 *
 * @example datePattern('es', { day: 'dd', month: 'mm', year: 'aaaa', hour: 'hh', minute: 'mm' }) // 'dd/mm/aaaa'
 */
export function datePattern(language: string, letters: PatternLetters, withTime = false): string {
  const date = datePartOrder(language)
    .map((part) => letters[part])
    .join('/');
  return withTime ? `${date} ${letters.hour}:${letters.minute}` : date;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A value (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` with time) written in the language's order.
 *
 * @example showDate('2026-03-01', 'es') // '01/03/2026'
 */
export function showDate(value: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!m) return value;
  const parts: Record<DatePart, string> = { year: m[1]!, month: m[2]!, day: m[3]! };
  const date = datePartOrder(language)
    .map((part) => parts[part])
    .join('/');
  return m[4] === undefined ? date : `${date} ${m[4]}:${m[5]}`;
}

/**
 * What the reader typed, as a value (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` with time), or null when
 * it is not a day of the calendar. Day, month and year come in the language's order, separated
 * by anything but digits; the form the server speaks is read too.
 *
 * @example readDate('1/3/2026', 'es') // '2026-03-01'
 * @example readDate('3/1/2026', 'en') // '2026-03-01'
 */
export function readDate(text: string, language: string, withTime = false): string | null {
  const trimmed = text.trim();
  const iso = withTime
    ? /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(trimmed)
    : /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  let year: number, month: number, day: number;
  let hour = 0;
  let minute = 0;
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (withTime) [hour, minute] = [Number(iso[4]), Number(iso[5])];
  } else {
    const numbers = trimmed.split(/\D+/).filter(Boolean);
    if (numbers.length !== (withTime ? 5 : 3) || numbers.some((n) => n.length > 4)) return null;
    const parts = {} as Record<DatePart, number>;
    datePartOrder(language).forEach((part, i) => (parts[part] = Number(numbers[i])));
    if (numbers[datePartOrder(language).indexOf('year')]!.length !== 4) return null;
    ({ year, month, day } = parts);
    if (withTime) [hour, minute] = [Number(numbers[3]), Number(numbers[4])];
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1000) return null;
  if (hour > 23 || minute > 59) return null;
  const value = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return withTime ? `${value}T${pad(hour)}:${pad(minute)}` : value;
}

/**
 * A date (or date-and-time) field written and read in the reader's format: dd/mm/aaaa in a
 * Spanish Deck, mm/dd/yyyy in an English one. A native `<input type=date>` lays itself out in the
 * browser's locale, not the page's, so a Spanish Deck in an English browser showed mm/dd/yyyy.
 * The chosen day is read back in words beside the field (and is its description, so a screen
 * reader reads it too); what cannot be read as a day says how to write one.
 *
 * @example <DateInput value={from} onValue={setFrom} aria-describedby="hint" />
 */
export function DateInput({
  value,
  onValue,
  withTime = false,
  ref,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'placeholder'> & {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` with time; empty when nothing is chosen. */
  value: string;
  /** The value the reader typed, or '' while it is not a day of the calendar. */
  onValue: (value: string) => void;
  withTime?: boolean;
  ref?: Ref<HTMLInputElement>;
}) {
  const { i18n, t } = useTranslation('words');
  const language = i18n.language;
  const wordsId = `${useId()}-words`;
  const [text, setText] = useState(() => showDate(value, language));
  // What the field last showed, so a value set from outside (a reset, a default, another
  // language) is written again in the reader's format, and the reader's own typing is left alone.
  const [shown, setShown] = useState({ value, language });
  if (shown.value !== value || shown.language !== language) {
    setShown({ value, language });
    if (readDate(text, language, withTime) !== value || shown.language !== language)
      setText(showDate(value, language));
  }
  const pattern = datePattern(
    language,
    {
      day: t('date.day'),
      month: t('date.month'),
      year: t('date.year'),
      hour: t('date.hour'),
      minute: t('date.minute'),
    },
    withTime,
  );
  const unreadable = text.trim() !== '' && readDate(text, language, withTime) === null;
  const words = unreadable ? t('date.writeAs', { pattern }) : dateInWords(value, language);
  const describedBy = [props['aria-describedby'], words ? wordsId : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <input
        {...props}
        ref={ref}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={pattern}
        value={text}
        aria-invalid={unreadable || props['aria-invalid'] ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => {
          const typed = e.target.value;
          const read = readDate(typed, language, withTime) ?? '';
          setText(typed);
          setShown({ value: read, language });
          onValue(read);
        }}
      />
      {/* Hidden from the label's name (the field sits in its label), still its description. */}
      <span id={wordsId} className="muted date-words" aria-hidden="true">
        {words}
      </span>
    </>
  );
}
