/** RFC 4180 reading, lenient the way spreadsheets are: quoted fields with delimiters, newlines and doubled quotes. */
export type Delimiter = ',' | ';' | '\t';

export interface CsvRecord {
  /** 1-based line where the record starts in the file. */
  line: number;
  cells: string[];
  /** The record opened a quote that never closed: it swallowed the rest of the file. */
  unterminated?: boolean;
}

/** The delimiter that splits the header line (outside quotes) into the most cells; French Excel writes ";". */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

export function parseCsv(text: string, delimiter: Delimiter): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let unterminated = false;
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        let closed = false;
        while (i < n) {
          const q = text.indexOf('"', i);
          const end = q < 0 ? n : q;
          const chunk = text.slice(i, end);
          line += countNewlines(chunk);
          cell += chunk;
          i = end;
          if (q < 0) break;
          if (text[q + 1] === '"') {
            cell += '"';
            i = q + 2;
          } else {
            i = q + 1;
            closed = true;
            break;
          }
        }
        if (!closed) unterminated = true;
        // Text after the closing quote and before the delimiter is kept, as spreadsheets do.
        while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
      } else {
        let j = i;
        while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
        cell = text.slice(i, j);
        i = j;
      }
      cells.push(cell);
      if (i < n && text[i] === delimiter) {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    const blank = cells.length === 1 && cells[0].trim() === '' && !unterminated;
    if (!blank) records.push(unterminated ? { line: start, cells, unterminated } : { line: start, cells });
  }
  return records;
}

function countNewlines(s: string) {
  let c = 0;
  for (let k = 0; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    if (ch === 10) c++;
    else if (ch === 13 && s.charCodeAt(k + 1) !== 10) c++;
  }
  return c;
}
