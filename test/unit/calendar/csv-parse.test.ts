import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../lib/calendar/csv-decode';
import { detectDelimiter, parseCsv } from '../../../lib/calendar/csv-parse';

describe('decoding spreadsheet bytes', () => {
  const text = 'Texte;Plateforme\nÉté à Québec 🎉;LinkedIn\n';

  it('reads UTF-8 without BOM', () => {
    expect(decodeCsvBytes(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('drops the UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: 'utf-8-bom' });
  });

  it('falls back to Windows-1252 on invalid UTF-8, including its 0x80-0x9F characters', () => {
    // "Été «déjà» – 5 €" as an old Excel writes it: É=C9 é=E9 «=AB »=BB à=E0 –=96 €=80
    const bytes = new Uint8Array([0xc9, 0x74, 0xe9, 0x20, 0xab, 0x64, 0xe9, 0x6a, 0xe0, 0xbb, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Été «déjà» – 5 €', encoding: 'windows-1252' });
  });

  it('reads UTF-16 little endian with its BOM (Excel "Unicode text")', () => {
    const body = 'Date\tTexte\n2026-01-02\tÀ bientôt\n';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < body.length; i++) bytes[2 + i * 2] = body.charCodeAt(i);
    expect(decodeCsvBytes(bytes)).toEqual({ text: body, encoding: 'utf-16le' });
  });
});

describe('CSV records', () => {
  it('detects semicolons, commas and tabs from the header line', () => {
    expect(detectDelimiter('Date;Texte;Plateforme\n1,2;3')).toBe(';');
    expect(detectDelimiter('Date,Text,Platform\n1;2')).toBe(',');
    expect(detectDelimiter('"Date;x",Text,Platform\n')).toBe(',');
    expect(detectDelimiter('Date\tText\tPlatform\n')).toBe('\t');
  });

  it('reads quoted fields with delimiters, newlines and doubled quotes, and numbers lines by where a record starts', () => {
    const csv = 'a;b\r\n"1;un";"dit ""bonjour""\r\net plus"\r\n\r\n3;"x\ny\nz"\n4;5';
    const records = parseCsv(csv, ';');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1;un', 'dit "bonjour"\r\net plus'] },
      { line: 5, cells: ['3', 'x\ny\nz'] },
      { line: 8, cells: ['4', '5'] },
    ]);
  });

  it('keeps empty cells and a quote inside an unquoted cell', () => {
    expect(parseCsv('a,,c\n5" écran,,\n', ',')).toEqual([
      { line: 1, cells: ['a', '', 'c'] },
      { line: 2, cells: ['5" écran', '', ''] },
    ]);
  });

  it('marks a record whose quote never closes', () => {
    const records = parseCsv('a;b\n1;"open\n2;3\n', ';');
    expect(records[1]).toMatchObject({ line: 2, unterminated: true });
    expect(records).toHaveLength(2);
  });
});
