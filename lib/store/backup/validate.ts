import { z } from 'zod';
import { idSchema, isoDateSchema } from '../schemas/common';
import { decodeInput } from './decode';
import {
  FORMAT_TAG,
  KIT_STORES,
  MAX_DEPTH,
  MAX_IMPORT_BYTES,
  SCHEMA_VERSION,
  isBrandScope,
  type KitData,
  type KitStore,
  type Scope,
} from './format';
import { dataUrlToBlob } from './images';
import type { ImportError } from './messages';
import { MIGRATIONS, migrateFile, type MigrationStep } from './migrations';
import { RECORD_SCHEMAS } from './record-schemas';
import { parseJsonSafe } from './safe-json';
import { inScope } from './scope';
import { issueToError, typeName } from './zod-issues';

export interface CheckOptions {
  maxBytes?: number;
  maxDepth?: number;
  /** The format this code writes; tests raise it together with `migrations` to exercise a migration. */
  schemaVersion?: number;
  migrations?: Readonly<Record<number, MigrationStep>>;
  /** How many errors are listed; the rest are counted. */
  maxErrors?: number;
}

/** A file that passed every check: its records are the store's own shapes (images back as Blobs). */
export interface CheckedImport {
  scope: Scope;
  schemaVersion: number;
  migratedFrom?: number;
  exportedAt: string;
  appVersion: string;
  data: KitData;
}

export type CheckResult = { ok: true; kit: CheckedImport } | { ok: false; errors: ImportError[]; more: number };

const checked = new WeakSet<CheckedImport>();
/** Only what checkImport returned may be written: applyImport refuses anything else. */
export const isCheckedImport = (v: unknown): v is CheckedImport => typeof v === 'object' && v !== null && checked.has(v as CheckedImport);

const records = z.array(z.unknown());
const envelopeSchema = z.object({
  format: z.literal(FORMAT_TAG),
  schemaVersion: z.number().int(),
  exportedAt: isoDateSchema,
  appVersion: z.string().max(50),
  scope: z.union([z.literal('all'), z.object({ brandId: idSchema })]),
  data: z.object({
    brands: records,
    toneRules: records,
    templates: records,
    posts: records,
    engagement: records.optional(),
    settings: records.optional(),
  }),
});

/**
 * Checks a whole kit file before anything is written: size (before decoding), encoding, nesting, forbidden keys,
 * format tag, version (older migrated, newer refused), envelope, every record against its store schema, duplicate
 * ids, scope. Any error refuses the whole file.
 */
export function checkImport(input: string | ArrayBuffer | Uint8Array, opts: CheckOptions = {}): CheckResult {
  const maxErrors = opts.maxErrors ?? 20;
  const decoded = decodeInput(input, opts.maxBytes ?? MAX_IMPORT_BYTES);
  if (!decoded.ok) return refuse([decoded.error]);
  const parsed = parseJsonSafe(decoded.text, opts.maxDepth ?? MAX_DEPTH);
  if (!parsed.ok) return refuse([parsed.error]);

  const header = checkHeader(parsed.value, opts.schemaVersion ?? SCHEMA_VERSION, opts.migrations ?? MIGRATIONS);
  if (!header.ok) return refuse([header.error]);

  const env = envelopeSchema.safeParse(header.file);
  if (!env.success) return refuse(env.error.issues.map((i) => issueToError(i, header.file, [])), maxErrors);

  const errors: ImportError[] = [];
  const data: Partial<Record<KitStore, unknown[]>> = {};
  for (const store of KIT_STORES) {
    const raw = env.data.data[store];
    if (raw === undefined) continue;
    data[store] = raw.map((rec, i) => parseRecord(store, rec, i, errors));
  }
  if (errors.length) return refuse(errors, maxErrors);

  const kit: CheckedImport = {
    scope: env.data.scope,
    schemaVersion: header.file.schemaVersion as number,
    ...(header.from !== undefined ? { migratedFrom: header.from } : {}),
    exportedAt: env.data.exportedAt,
    appVersion: env.data.appVersion,
    data: data as unknown as KitData,
  };
  const semantic = [...duplicateIds(kit.data), ...scopeErrors(kit)];
  if (semantic.length) return refuse(semantic, maxErrors);
  checked.add(kit);
  return { ok: true, kit };
}

function refuse(errors: ImportError[], max = 20): CheckResult {
  return { ok: false, errors: errors.slice(0, max), more: Math.max(0, errors.length - max) };
}

type Header = { ok: true; file: Record<string, unknown>; from?: number } | { ok: false; error: ImportError };

function checkHeader(value: unknown, current: number, steps: Readonly<Record<number, MigrationStep>>): Header {
  const whole = (key: ImportError['key'], params: ImportError['params'] = {}, path = ''): Header => ({
    ok: false,
    error: { key, params, path },
  });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return whole('notKit');
  const file = value as Record<string, unknown>;
  if (file.format === undefined) return whole('notKit');
  if (file.format !== FORMAT_TAG) return whole('wrongFormat', { found: shortText(file.format) }, 'format');
  const v = file.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return whole('badVersion', { found: shortText(v) }, 'schemaVersion');
  if (v > current) return whole('newerVersion', { version: v, supported: current }, 'schemaVersion');
  if (v === current) return { ok: true, file };
  const migrated = migrateFile(file, v, current, steps);
  return migrated.ok ? { ok: true, file: migrated.file, from: v } : migrated;
}

const shortText = (v: unknown) => (v === undefined ? 'undefined' : (JSON.stringify(v) ?? typeName(v)).slice(0, 60));

function parseRecord(store: KitStore, raw: unknown, i: number, errors: ImportError[]): unknown {
  const prefix = ['data', store, i];
  let rec = raw;
  if (store === 'posts') {
    const withBlob = imageToBlob(raw);
    if (withBlob === 'bad') {
      errors.push({ key: 'badImage', params: {}, path: `data.posts[${i}].visual.image` });
      return raw;
    }
    rec = withBlob;
  }
  const r = RECORD_SCHEMAS[store].safeParse(rec);
  if (r.success) return r.data;
  for (const issue of r.error.issues) errors.push(issueToError(issue, rec, prefix));
  return raw;
}

/** `visual.image` (a data URL) becomes `visual.blob`; a `blob` key in the file is left for the schema to refuse. */
function imageToBlob(raw: unknown): unknown | 'bad' {
  if (!isObject(raw) || !isObject(raw.visual) || !('image' in raw.visual)) return raw;
  const { image, ...visual } = raw.visual;
  if (typeof image !== 'string') return 'bad';
  const blob = dataUrlToBlob(image);
  return blob ? { ...raw, visual: { ...visual, blob } } : 'bad';
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function duplicateIds(data: KitData): ImportError[] {
  const out: ImportError[] = [];
  for (const store of KIT_STORES) {
    const seen = new Set<string>();
    (data[store] ?? []).forEach((rec, i) => {
      const id = (rec as { id: string }).id;
      if (seen.has(id)) out.push({ key: 'duplicateId', params: { id, store }, path: `data.${store}[${i}].id` });
      seen.add(id);
    });
  }
  return out;
}

/** A brand's kit holds that brand and its own records only (lib/store/backup/scope.ts). */
function scopeErrors(kit: CheckedImport): ImportError[] {
  if (!isBrandScope(kit.scope)) return [];
  const params = { brandId: kit.scope.brandId };
  const out: ImportError[] = [];
  if (!kit.data.brands.length) out.push({ key: 'scopeMismatch', params, path: 'data.brands' });
  for (const store of KIT_STORES) {
    (kit.data[store] ?? []).forEach((rec, i) => {
      if (!inScope(store, rec, kit.scope)) out.push({ key: 'scopeMismatch', params, path: `data.${store}[${i}]` });
    });
  }
  return out;
}
