/** Minor units as digits ("-40050") to a decimal string ("-400.50"), exactly: money never passes through a float. */
export function minorToDecimal(minor: string, digits = 2): string {
  const negative = minor.startsWith('-');
  const magnitude = (negative ? minor.slice(1) : minor).padStart(digits + 1, '0');
  const whole = magnitude.slice(0, magnitude.length - digits);
  const fraction = magnitude.slice(magnitude.length - digits);
  return `${negative ? '-' : ''}${whole}${digits > 0 ? `.${fraction}` : ''}`;
}

/*
 * Making an Intl formatter costs far more than using one (the locale's data is looked up and
 * resolved each time): the dashboard formats a few hundred amounts, and making a formatter for
 * each was the largest part of its first render (bench/deck-time-to-usable.ts). One of each kind
 * per language and options, kept for the page's life.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** `new Intl.NumberFormat(language, options)`, made once. */
export function numberFormat(language: string, options: Intl.NumberFormatOptions = {}) {
  const key = `${language}\u0000${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(language, options)));
  return format;
}

/** `new Intl.DateTimeFormat(language, options)`, made once. */
export function dateFormat(language: string, options: Intl.DateTimeFormatOptions = {}) {
  const key = `${language}\u0000${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(language, options)));
  return format;
}

/** Minor units of a currency, in the reader's language ("1.234,50 €" in Spanish); `signed` for differences ("+€9.56"). */
export function formatMoney(
  minor: string,
  currency: string,
  language: string,
  options: { signed?: boolean } = {},
): string {
  const format = numberFormat(language, {
    style: 'currency',
    currency,
    ...(options.signed ? { signDisplay: 'exceptZero' as const } : {}),
  });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minorToDecimal(minor, digits) as `${number}`);
}

/** Credits are counted in minor units of the DisCO's currency (1 credit = 1 unit). */
export function formatCredits(
  minor: string,
  language: string,
  options: { signed?: boolean } = {},
): string {
  return numberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    ...(options.signed ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(minorToDecimal(minor) as `${number}`);
}

export function formatDate(iso: string, language: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return dateFormat(language, {
    dateStyle: 'medium',
    ...(iso.length > 10 ? { timeStyle: 'short' as const } : {}),
  }).format(date);
}

export function formatPercent(share: number, language: string): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** Today's calendar date where the browser is: the date a member means when they log work. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function currentPeriod(now: Date = new Date()): string {
  return localToday(now).slice(0, 7);
}
