import type { ImportError } from './messages';

/**
 * Numbered steps for older kit files: MIGRATIONS[n] turns a format n file into format n + 1. A step works on the raw
 * parsed JSON (already free of forbidden keys and oversized strings) and never imports app code or schemas, so it
 * keeps working on the files of its own day. Format 1 is the first release: no step yet.
 */
export type MigrationStep = (file: Record<string, unknown>) => Record<string, unknown>;
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {};

export type Migrated = { ok: true; file: Record<string, unknown> } | { ok: false; error: ImportError };

export function migrateFile(
  file: Record<string, unknown>,
  from: number,
  to: number,
  steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS,
): Migrated {
  let current = file;
  for (let v = from; v < to; v++) {
    const step = steps[v];
    if (!step) return fail(from, `no step from format ${v} to ${v + 1}`);
    try {
      current = { ...step(current), schemaVersion: v + 1 };
    } catch (e) {
      return fail(from, e instanceof Error ? e.message : String(e));
    }
  }
  return { ok: true, file: current };
}

const fail = (from: number, reason: string): Migrated => ({
  ok: false,
  error: { key: 'migrationFailed', params: { from, reason: reason.slice(0, 200) }, path: '' },
});
