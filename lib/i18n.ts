/**
 * UI message tables. Every feature declares its own table with defineMessages; TypeScript requires the same keys in
 * French and English, and test/unit/i18n.test.ts checks at run time that no string is empty or missing.
 */
export type UiLanguage = 'fr' | 'en';
export type Params = Record<string, string | number>;

const registry: Array<{ name: string; table: MessageTable<string> }> = [];

export interface MessageTable<K extends string> {
  fr: Record<K, string>;
  en: Record<K, string>;
}

export type Translate<K extends string> = (key: K, params?: Params) => string;

export function defineMessages<K extends string>(name: string, table: MessageTable<K>) {
  registry.push({ name, table });
  return (lang: UiLanguage): Translate<K> =>
    (key, params) => format(table[lang][key] ?? table.en[key] ?? key, params, lang);
}

export function registeredTables() {
  return registry;
}

function format(template: string, params: Params | undefined, lang: UiLanguage) {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(v, lang) : v;
  });
}

export const localeOf = (lang: UiLanguage) => (lang === 'fr' ? 'fr-CA' : 'en-CA');

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formatters are built once per language and options: a table formats hundreds of numbers. */
export function formatNumber(n: number, lang: UiLanguage, opts?: Intl.NumberFormatOptions) {
  const key = lang + JSON.stringify(opts ?? {});
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(localeOf(lang), opts)));
  return f.format(n);
}

export function formatDate(iso: string | Date, lang: UiLanguage, opts: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }) {
  const key = lang + JSON.stringify(opts);
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(localeOf(lang), opts)));
  return f.format(typeof iso === 'string' ? new Date(iso) : iso);
}

/** The UI language: the user's choice, else the browser's (French for any fr-*), else English. */
export function resolveLanguage(setting: 'auto' | UiLanguage, browserLanguage: string | undefined): UiLanguage {
  if (setting !== 'auto') return setting;
  return browserLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
