/** Cleaning of what an adapter read from a page before it is stored: page text is untrusted input. */

export const TEXT_MAX = 20000;
export const NAME_MAX = 300;

/** The URL as an absolute http(s) string, or undefined for anything else (javascript:, data:, relative, junk). */
export function httpUrl(value: string | undefined | null): string | undefined {
  if (!value || value.length > 2048) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** Caps text at max UTF-16 units without cutting a surrogate pair in half. */
export function capText(value: string | undefined | null, max: number): string {
  if (!value) return '';
  if (value.length <= max) return value;
  const cut = value.charCodeAt(max - 1);
  return value.slice(0, cut >= 0xd800 && cut <= 0xdbff ? max - 1 : max);
}

export function optionalText(value: string | undefined | null, max: number): string | undefined {
  const t = capText(value?.trim(), max);
  return t ? t : undefined;
}

/** A platform timestamp as ISO 8601 UTC, or undefined when it does not parse. Never later than `now`. */
export function platformTime(value: string | undefined, now: Date): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return undefined;
  return new Date(Math.min(ms, now.getTime())).toISOString();
}

export const iso = (d: Date) => d.toISOString();
