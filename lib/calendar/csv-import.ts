/**
 * Spreadsheet rows to calendar posts. Every bad row is reported with its line and a reason; nothing is written here:
 * the store writes `postsToWrite(result, choice)` in one transaction.
 */
import type { Platform } from '../platforms/types';
import { calendarPostSchema, type CalendarPost } from '../store/schemas/post';
import type { Params } from '../i18n';
import { decodeCsvBytes, type CsvEncoding } from './csv-decode';
import { detectDelimiter, parseCsv, type CsvRecord, type Delimiter } from './csv-parse';
import { mappingProblems, suggestMapping, type ColumnMapping, type FieldKey } from './csv-mapping';
import { parseTime, parseWhen } from './csv-dates';
import { pillarFromName, platformFromName, splitPlatformCell, statusFromName } from './names';
import { isTimeZone, zonedToUtc } from './zoned-time';
import { unguardCell } from './csv-guard';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;

export type ImportReason =
  | 'missingDate'
  | 'badDate'
  | 'dateMonthFirst'
  | 'badTime'
  | 'unknownTimeZone'
  | 'unknownPlatform'
  | 'unknownStatus'
  | 'unknownPillar'
  | 'unknownObjective'
  | 'badUrl'
  | 'duplicateId'
  | 'tooLong'
  | 'unterminatedQuote'
  | 'invalid';

export type FileProblem = 'tooLarge' | 'tooManyRows' | 'empty' | 'noDateColumn' | 'duplicateColumns';

export interface RowError {
  line: number;
  reason: ImportReason;
  params: Params;
}

export interface ImportOptions {
  brandId: string;
  /** Zone of dates without one, and of rows without a time zone column. */
  timeZone: string;
  /** Time given to date-only cells, "HH:MM". */
  defaultTime?: string;
  /** ISO instant stamped as updatedAt. */
  now: string;
  newId: () => string;
  /** The brand's objectives: a cell may name one by id or by its statement. Without them the cell is kept as is. */
  objectives?: Array<{ id: string; statement: string }>;
  mapping?: ColumnMapping;
}

export interface CsvPreview {
  encoding: CsvEncoding | 'text';
  delimiter: Delimiter;
  headers: string[];
  mapping: ColumnMapping;
  sample: string[][];
  rows: number;
}

export interface ImportResult {
  posts: CalendarPost[];
  errors: RowError[];
  /** Set when the whole file is refused. */
  fileProblem?: FileProblem;
  rows: number;
  preview: CsvPreview;
}

interface Parsed {
  encoding: CsvEncoding | 'text';
  delimiter: Delimiter;
  records: CsvRecord[];
}

function parseInput(input: Uint8Array | string): Parsed | FileProblem {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_IMPORT_BYTES) return 'tooLarge';
  const { text, encoding } = typeof input === 'string' ? { text: input.replace(/^\uFEFF/, ''), encoding: 'text' as const } : decodeCsvBytes(input);
  const delimiter = detectDelimiter(text);
  const records = parseCsv(text, delimiter);
  if (!records.length) return 'empty';
  if (records.length - 1 > MAX_IMPORT_ROWS) return 'tooManyRows';
  return { encoding, delimiter, records };
}

function previewOf(p: Parsed): CsvPreview {
  const headers = p.records[0].cells.map((h) => h.trim());
  return {
    encoding: p.encoding,
    delimiter: p.delimiter,
    headers,
    mapping: suggestMapping(headers),
    sample: p.records.slice(1, 6).map((r) => r.cells),
    rows: p.records.length - 1,
  };
}

/** What the mapping screen shows before anything is imported. */
export function previewCsv(input: Uint8Array | string): CsvPreview | FileProblem {
  const p = parseInput(input);
  return typeof p === 'string' ? p : previewOf(p);
}

const emptyPreview: CsvPreview = { encoding: 'text', delimiter: ',', headers: [], mapping: [], sample: [], rows: 0 };

export function importCsv(input: Uint8Array | string, options: ImportOptions): ImportResult {
  const p = parseInput(input);
  if (typeof p === 'string') return { posts: [], errors: [], fileProblem: p, rows: 0, preview: emptyPreview };
  const preview = previewOf(p);
  const mapping = options.mapping ?? preview.mapping;
  const problems = mappingProblems(mapping);
  if (problems.missing.length) return { posts: [], errors: [], fileProblem: 'noDateColumn', rows: preview.rows, preview };
  if (problems.duplicates.length) return { posts: [], errors: [], fileProblem: 'duplicateColumns', rows: preview.rows, preview };

  const columns = new Map<FieldKey, number>();
  mapping.forEach((f, i) => f && columns.set(f, i));
  const ctx = new RowContext(options, columns, preview.headers);
  const posts: CalendarPost[] = [];
  const errors: RowError[] = [];
  const ids = new Set<string>();
  for (const record of p.records.slice(1)) {
    const out = ctx.read(record);
    if ('reason' in out) {
      errors.push(out);
    } else if (ids.has(out.id)) {
      errors.push({ line: record.line, reason: 'duplicateId', params: { id: out.id } });
    } else {
      ids.add(out.id);
      posts.push(out);
    }
  }
  return { posts, errors, rows: preview.rows, preview };
}

/** The user's choice on the report: the good rows, or nothing at all. A refused file gives nothing either way. */
export function postsToWrite(result: ImportResult, choice: 'goodRows' | 'nothing'): CalendarPost[] {
  if (choice === 'nothing' || result.fileProblem) return [];
  return result.posts;
}

const LIST_SPLIT = /\s*[,;\n]\s*/;

class RowContext {
  private defaultTime: { hour: number; minute: number; second: number };
  private objectiveIds = new Map<string, string>();

  constructor(
    private o: ImportOptions,
    private columns: Map<FieldKey, number>,
    private headers: string[],
  ) {
    this.defaultTime = parseTime(o.defaultTime ?? '09:00') ?? { hour: 9, minute: 0, second: 0 };
    for (const ob of o.objectives ?? []) {
      this.objectiveIds.set(ob.id.trim().toLowerCase(), ob.id);
      this.objectiveIds.set(ob.statement.trim().toLowerCase(), ob.id);
    }
  }

  private cell(record: CsvRecord, field: FieldKey): string {
    const i = this.columns.get(field);
    return i === undefined ? '' : unguardCell(record.cells[i] ?? '');
  }

  read(record: CsvRecord): CalendarPost | RowError {
    const line = record.line;
    const fail = (reason: ImportReason, params: Params = {}): RowError => ({ line, reason, params });
    if (record.unterminated) return fail('unterminatedQuote');

    const dateCell = this.cell(record, 'date').trim();
    if (!dateCell) return fail('missingDate');
    const tzCell = this.cell(record, 'timeZone').trim();
    const timeZone = tzCell || this.o.timeZone;
    if (!isTimeZone(timeZone)) return fail('unknownTimeZone', { value: timeZone });
    const when = parseWhen(dateCell, this.cell(record, 'time'));
    if (when.kind === 'error') return fail(when.problem, { value: dateCell });
    let ms: number;
    if (when.kind === 'instant') ms = when.ms;
    else {
      const wall = when.hasTime ? when.wall : { ...when.wall, ...this.defaultTime };
      const utcCell = this.cell(record, 'utc').trim();
      const hint = utcCell ? Date.parse(utcCell) : NaN;
      ms = zonedToUtc(wall, timeZone, Number.isNaN(hint) ? undefined : hint);
    }

    const platforms: Platform[] = [];
    for (const name of splitPlatformCell(this.cell(record, 'platforms'))) {
      const p = platformFromName(name);
      if (!p) return fail('unknownPlatform', { value: name });
      if (!platforms.includes(p)) platforms.push(p);
    }

    const statusCell = this.cell(record, 'status').trim();
    const status = statusCell ? statusFromName(statusCell) : 'draft';
    if (!status) return fail('unknownStatus', { value: statusCell });
    const pillarCell = this.cell(record, 'pillar').trim();
    const pillar = pillarCell ? pillarFromName(pillarCell) : 'other';
    if (!pillar) return fail('unknownPillar', { value: pillarCell });

    const objectiveCell = this.cell(record, 'objective').trim();
    let objectiveId: string | undefined;
    if (objectiveCell) {
      objectiveId = this.o.objectives ? this.objectiveIds.get(objectiveCell.toLowerCase()) : objectiveCell;
      if (!objectiveId) return fail('unknownObjective', { value: objectiveCell });
    }

    const variants: Partial<Record<Platform, string>> = {};
    for (const [field] of this.columns) {
      if (!field.startsWith('variant:')) continue;
      const v = this.cell(record, field);
      if (v.trim()) variants[field.slice(8) as Platform] = v;
    }

    const url = this.cell(record, 'visualUrl').trim();
    const alt = this.cell(record, 'visualAlt').trim();
    if (url && !/^https?:\/\/[^\s]+$/i.test(url)) return fail('badUrl', { value: url.slice(0, 80) });

    const candidate = {
      id: this.cell(record, 'id').trim() || this.o.newId(),
      brandId: this.o.brandId,
      date: new Date(ms).toISOString(),
      timeZone,
      platforms,
      status,
      text: this.cell(record, 'text'),
      variants,
      ...(url || alt ? { visual: { ...(url ? { url } : {}), alt } } : {}),
      callToAction: this.cell(record, 'callToAction').trim(),
      keywords: splitList(this.cell(record, 'keywords'), LIST_SPLIT),
      hashtags: splitList(this.cell(record, 'hashtags'), /[\s,;]+/),
      ...(objectiveId ? { objectiveId } : {}),
      pillar,
      notes: this.cell(record, 'notes'),
      ...(this.cell(record, 'readerBenefit').trim() ? { readerBenefit: this.cell(record, 'readerBenefit').trim() } : {}),
      updatedAt: this.o.now,
    };
    const parsed = calendarPostSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    if (issue?.code === 'too_big') return fail('tooLong', { field: this.headerOf(field) });
    if (field === 'visual') return fail('badUrl', { value: url.slice(0, 80) });
    return fail('invalid', { field: this.headerOf(field) });
  }

  private headerOf(field: string) {
    const map: Record<string, FieldKey> = { objectiveId: 'objective', visual: 'visualUrl' };
    const key = (map[field] ?? field) as FieldKey;
    const i = this.columns.get(key);
    return i === undefined ? field : this.headers[i] || field;
  }
}

function splitList(cell: string, sep: RegExp) {
  return cell
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);
}
