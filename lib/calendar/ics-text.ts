/** RFC 5545 text rules: escaping of TEXT values and folding of content lines at 75 octets. */
const encoder = new TextEncoder();

/** Backslash, semicolon, comma and newlines, in that order (RFC 5545 3.3.11). */
export function escapeText(s: string) {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line: at most 75 octets per physical line (the leading space of a continuation counts), cut only
 * between code points so no UTF-8 sequence is split.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + n > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
      limit = 74;
    }
    current += ch;
    bytes += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** 20260314T093000 (wall time) or 20260314T133000Z (UTC). */
export function basicDateTime(y: number, mo: number, d: number, h: number, mi: number, s: number, utc: boolean) {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(y, 4)}${p(mo)}${p(d)}T${p(h)}${p(mi)}${p(s)}${utc ? 'Z' : ''}`;
}

export function utcStamp(ms: number) {
  const d = new Date(ms);
  return basicDateTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), true);
}
