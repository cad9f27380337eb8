import type { UiLanguage } from '../i18n';

export type Cell = string | number | boolean | undefined | null;

const BOM = '\uFEFF';

/** `;` for French spreadsheets (the comma is their decimal mark), `,` for English. */
export const csvSeparator = (lang: UiLanguage) => (lang === 'fr' ? ';' : ',');

/**
 * CSV as spreadsheets open it: UTF-8 BOM, CRLF line ends, fields quoted when they hold the separator, a quote, a line
 * break or edge spaces. Text that a spreadsheet would run as a formula (= + - @ tab CR) gets a leading apostrophe:
 * page text is someone else's text.
 */
export function toCsv(rows: readonly (readonly Cell[])[], lang: UiLanguage): string {
  const sep = csvSeparator(lang);
  return BOM + rows.map((r) => r.map((c) => cell(c, sep, lang)).join(sep)).join('\r\n') + '\r\n';
}

function cell(value: Cell, sep: string, lang: UiLanguage): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const s = String(Math.round(value * 1000) / 1000);
    return lang === 'fr' ? s.replace('.', ',') : s;
  }
  let s = typeof value === 'boolean' ? (value ? '1' : '0') : value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  const needsQuotes = s.includes(sep) || /["\r\n]/.test(s) || /^\s|\s$/.test(s);
  return needsQuotes ? `"${s.replace(/"/g, '""')}"` : s;
}
