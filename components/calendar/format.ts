import { localeOf, type UiLanguage } from '../../lib/i18n';

const cache = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters in the user's language and the viewer's time zone, reused across renders. */
export function dateFormat(lang: UiLanguage, timeZone: string, opts: Intl.DateTimeFormatOptions) {
  const key = `${lang}|${timeZone}|${JSON.stringify(opts)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(localeOf(lang), { ...opts, timeZone })));
  return f;
}

/** A "YYYY-MM-DD" day as the user reads it; noon UTC keeps it on the right day in every zone. */
export function formatDay(day: string, lang: UiLanguage, opts: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }) {
  return dateFormat(lang, 'UTC', opts).format(new Date(`${day}T12:00:00Z`));
}
