import { KIT_STORES, type KitData, type KitStore, type Scope } from './format';
import { inScope } from './scope';
import { formatPath } from './safe-json';
import type { CheckedImport } from './validate';

export type ImportMode = 'merge' | 'replace';

export interface RecordRef {
  id: string;
  label: string;
}
export interface FieldChange {
  path: string;
  before: string;
  after: string;
}
export interface ReplacedRecord extends RecordRef {
  changes: FieldChange[];
}
export interface StoreDiff {
  added: RecordRef[];
  replaced: ReplacedRecord[];
  unchanged: number;
  /** In the database and not in the file: kept by a merge, deleted by a replace. */
  kept: RecordRef[];
  removed: RecordRef[];
}
/** What an import will do, store by store. Plain data: it crosses the extension's message channel as is. */
export interface ImportPreview {
  mode: ImportMode;
  scope: Scope;
  schemaVersion: number;
  migratedFrom?: number;
  exportedAt: string;
  appVersion: string;
  stores: Partial<Record<KitStore, StoreDiff>>;
  totals: { added: number; replaced: number; unchanged: number; kept: number; removed: number };
}

const MAX_CHANGES = 50;
const PREVIEW_CHARS = 120;

/**
 * The preview: for each store in the file, which records are added, replaced (with field-level differences), left
 * unchanged, and which stored records the file does not mention. Also the diff shown when a team's shared kit is
 * imported again to pick up their changes.
 */
export async function diffImport(current: Partial<KitData>, incoming: CheckedImport, mode: ImportMode = 'merge'): Promise<ImportPreview> {
  const stores: Partial<Record<KitStore, StoreDiff>> = {};
  const totals = { added: 0, replaced: 0, unchanged: 0, kept: 0, removed: 0 };
  for (const store of KIT_STORES) {
    const next = incoming.data[store];
    if (!next) continue;
    const before = new Map<string, unknown>();
    for (const rec of current[store] ?? []) {
      if (inScope(store, rec, incoming.scope)) before.set((rec as { id: string }).id, rec);
    }
    const d: StoreDiff = { added: [], replaced: [], unchanged: 0, kept: [], removed: [] };
    for (const rec of next) {
      const id = rec.id;
      const old = before.get(id);
      before.delete(id);
      if (old === undefined) d.added.push(ref(store, rec));
      else {
        const changes: FieldChange[] = [];
        await compare(old, rec, [], changes);
        if (changes.length) d.replaced.push({ ...ref(store, rec), changes });
        else d.unchanged++;
      }
    }
    for (const rec of before.values()) (mode === 'merge' ? d.kept : d.removed).push(ref(store, rec));
    stores[store] = d;
    totals.added += d.added.length;
    totals.replaced += d.replaced.length;
    totals.unchanged += d.unchanged;
    totals.kept += d.kept.length;
    totals.removed += d.removed.length;
  }
  return {
    mode,
    scope: incoming.scope,
    schemaVersion: incoming.schemaVersion,
    ...(incoming.migratedFrom !== undefined ? { migratedFrom: incoming.migratedFrom } : {}),
    exportedAt: incoming.exportedAt,
    appVersion: incoming.appVersion,
    stores,
    totals,
  };
}

async function compare(a: unknown, b: unknown, path: PropertyKey[], out: FieldChange[]): Promise<void> {
  if (out.length >= MAX_CHANGES) return;
  if (a instanceof Blob || b instanceof Blob) {
    if (!(await sameBlob(a, b))) out.push(change(path, a, b));
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) await compare(a[k], b[k], [...path, k], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.some((x) => typeof x === 'object' && x !== null)) {
    for (let i = 0; i < a.length; i++) await compare(a[i], b[i], [...path, i], out);
    return;
  }
  if (!sameValue(a, b)) out.push(change(path, a, b));
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Blob);

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  return false;
}

async function sameBlob(a: unknown, b: unknown): Promise<boolean> {
  if (!(a instanceof Blob) || !(b instanceof Blob) || a.size !== b.size || a.type !== b.type) return false;
  const [x, y] = await Promise.all([a.arrayBuffer(), b.arrayBuffer()]);
  const u = new Uint8Array(x);
  const v = new Uint8Array(y);
  for (let i = 0; i < u.length; i++) if (u[i] !== v[i]) return false;
  return true;
}

const change = (path: PropertyKey[], a: unknown, b: unknown): FieldChange => ({
  path: formatPath(path),
  before: preview(a),
  after: preview(b),
});

/** A short readable form of a value; an empty string stands for "absent". */
export function preview(v: unknown): string {
  if (v === undefined) return '';
  if (v instanceof Blob) return `[${v.type || 'blob'}, ${v.size} B]`;
  const s = typeof v === 'string' ? v : Array.isArray(v) && v.every((x) => typeof x !== 'object') ? v.join(', ') : JSON.stringify(v);
  return s.length > PREVIEW_CHARS ? `${s.slice(0, PREVIEW_CHARS - 1)}…` : s;
}

/** A name a person recognises: the brand name, a template title, a post's opening words, an author. */
function ref(store: KitStore, rec: unknown): RecordRef {
  const r = rec as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  let label: string;
  switch (store) {
    case 'brands':
      label = text(r.name);
      break;
    case 'templates':
      label = text(r.title) || text(r.text);
      break;
    case 'posts':
      label = `${text(r.date).slice(0, 10)} ${text(r.text)}`.trim();
      break;
    case 'engagement':
      label = `${text((r.author as Record<string, unknown> | undefined)?.name)}: ${text(r.text)}`;
      break;
    case 'toneRules':
      label = text(r.pack);
      break;
    default:
      label = text(r.id);
  }
  const id = String(r.id);
  return { id, label: preview(label || id) };
}
