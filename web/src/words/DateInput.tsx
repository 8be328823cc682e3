import { useId, type InputHTMLAttributes, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A date (`YYYY-MM-DD`) or a local date and time (`YYYY-MM-DDTHH:MM`, as `datetime-local` gives
 * it) in words in the reader's language; empty for anything else.
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

/**
 * A native date (or date-and-time) field with the chosen value read back in words beside it.
 * Chromium lays out `<input type=date>` in the browser's locale, not the page's, so a Spanish
 * Deck in an English browser shows mm/dd/yyyy; the words say which day that is in the member's
 * language, and the field's description carries them so a screen reader reads them too.
 *
 * @example <DateInput value={from} onChange={(e) => setFrom(e.target.value)} aria-describedby="hint" />
 */
export function DateInput({
  value,
  withTime = false,
  ref,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value'> & {
  value: string;
  withTime?: boolean;
  ref?: Ref<HTMLInputElement>;
}) {
  const { i18n } = useTranslation();
  const wordsId = `${useId()}-words`;
  const words = dateInWords(value, i18n.language);
  const describedBy = [props['aria-describedby'], words ? wordsId : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <input
        {...props}
        ref={ref}
        type={withTime ? 'datetime-local' : 'date'}
        value={value}
        aria-describedby={describedBy || undefined}
      />
      {/* Hidden from the label's name (the field sits in its label), still its description. */}
      <span id={wordsId} className="muted date-words" aria-hidden="true">
        {words}
      </span>
    </>
  );
}
