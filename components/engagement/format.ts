import { formatDate, formatNumber, localeOf, type UiLanguage } from '../../lib/i18n';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

export const num = (value: number, lang: UiLanguage, opts?: Intl.NumberFormatOptions): string => formatNumber(value, lang, opts);

export const dateTime = (iso: string, lang: UiLanguage, opts: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string =>
  formatDate(iso, lang, opts);

/** A duration people read at a glance: "45 min", "2 h 5 min", "3 j 4 h" / "3 d 4 h". */
export function formatDuration(ms: number | undefined, lang: UiLanguage): string {
  if (ms === undefined || !Number.isFinite(ms)) return '—';
  const n = (v: number) => num(v, lang);
  if (ms < MIN) return `< ${n(1)} min`;
  if (ms < HOUR) return `${n(Math.round(ms / MIN))} min`;
  if (ms < DAY) {
    const h = Math.floor(ms / HOUR);
    const m = Math.round((ms - h * HOUR) / MIN);
    return m === 0 || m === 60 ? `${n(m === 60 ? h + 1 : h)} h` : `${n(h)} h ${n(m)} min`;
  }
  const d = Math.floor(ms / DAY);
  const h = Math.round((ms - d * DAY) / HOUR);
  const dayUnit = lang === 'fr' ? 'j' : 'd';
  return h === 0 || h === 24 ? `${n(h === 24 ? d + 1 : d)} ${dayUnit}` : `${n(d)} ${dayUnit} ${n(h)} h`;
}

const relative = new Map<UiLanguage, Intl.RelativeTimeFormat>();

/** "il y a 3 h" / "3 hr. ago". */
export function formatAgo(ms: number, lang: UiLanguage): string {
  let f = relative.get(lang);
  if (!f) relative.set(lang, (f = new Intl.RelativeTimeFormat(localeOf(lang), { numeric: 'auto', style: 'short' })));
  if (ms < HOUR) return f.format(-Math.max(0, Math.round(ms / MIN)), 'minute');
  if (ms < DAY) return f.format(-Math.round(ms / HOUR), 'hour');
  return f.format(-Math.round(ms / DAY), 'day');
}

export const formatPercent = (share: number | undefined, lang: UiLanguage) =>
  share === undefined || !Number.isFinite(share) ? '—' : num(share, lang, { style: 'percent', maximumFractionDigits: 0 });
