import { FORMAT_TAG, KIT_STORES, SCHEMA_VERSION, isBrandScope, type KitData, type KitFile, type KitStore, type Scope } from './format';
import { blobToDataUrl } from './images';
import { RECORD_SCHEMAS } from './record-schemas';
import { inScope } from './scope';

export interface ExportOptions {
  scope: Scope;
  /** Include the engagement log (comments, mentions, response times). */
  engagement: boolean;
  /** Include post images as data URLs; without them a post keeps its image URL and alt text. */
  images: boolean;
  appVersion: string;
  now?: Date;
}

export interface ExportResult {
  file: KitFile;
  /** Stored records that no longer fit their schema: left out (they are in the quarantine on next read). */
  skipped: number;
}

/** Builds the kit file from a dump of the stores. Pure apart from reading blob bytes. */
export async function buildExport(dump: Partial<KitData>, opts: ExportOptions): Promise<ExportResult> {
  let skipped = 0;
  const data: Record<string, unknown[]> = {};
  for (const store of storesFor(opts)) {
    const kept: unknown[] = [];
    for (const raw of dump[store] ?? []) {
      if (!inScope(store, raw, opts.scope)) continue;
      const r = RECORD_SCHEMAS[store].safeParse(raw);
      if (!r.success) {
        skipped++;
        continue;
      }
      kept.push(store === 'posts' ? await encodeVisual(r.data as Record<string, unknown>, opts.images) : r.data);
    }
    data[store] = kept;
  }
  const file: KitFile = {
    format: FORMAT_TAG,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: (opts.now ?? new Date()).toISOString(),
    appVersion: opts.appVersion.slice(0, 50),
    scope: isBrandScope(opts.scope) ? { brandId: opts.scope.brandId } : 'all',
    data,
  };
  return { file, skipped };
}

/** Tab-indented: team kits kept in a repository diff line by line; a tab per level costs little. */
export const serializeExport = (file: KitFile) => JSON.stringify(file, null, '\t');

function storesFor(opts: ExportOptions): KitStore[] {
  return KIT_STORES.filter((s) => (s !== 'engagement' || opts.engagement) && (s !== 'settings' || !isBrandScope(opts.scope)));
}

async function encodeVisual(post: Record<string, unknown>, images: boolean) {
  const visual = post.visual as { blob?: Blob } | undefined;
  if (!visual || !('blob' in visual)) return post;
  const { blob, ...rest } = visual;
  if (!images || !(blob instanceof Blob)) return { ...post, visual: rest };
  return { ...post, visual: { ...rest, image: await blobToDataUrl(blob) } };
}

/** `cocktail-backup-2026-11-26.json` or `cocktail-kit-cafe-du-coin-2026-11-26.json`. */
export function exportFileName(scope: Scope, brandName: string | undefined, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  if (!isBrandScope(scope)) return `cocktail-backup-${day}.json`;
  const slug = (brandName ?? scope.brandId)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `cocktail-kit-${slug || 'brand'}-${day}.json`;
}
