import type { Brand } from '../schemas/brand';
import type { CalendarPost } from '../schemas/post';
import type { EngagementItem } from '../schemas/engagement';
import type { ReplyTemplate } from '../schemas/template';
import type { Settings } from '../schemas/settings';
import type { ToneRulesRecord } from '../schemas/tone-rules';

/**
 * The brand kit / backup file: one versioned JSON document.
 * `{ format, schemaVersion, exportedAt, appVersion, scope, data: { brands, toneRules, templates, posts, engagement?, settings? } }`
 * Post images travel as data URLs in `visual.image` (the record's `visual.blob` cannot be JSON) and come back as Blobs.
 */
export const FORMAT_TAG = 'cocktail-kit';
/** Bump with a numbered step in migrations.ts whenever a record schema changes shape. */
export const SCHEMA_VERSION = 1;

/**
 * 64 MiB, checked on the byte count before any decoding or parsing. Measured (test/bench/faults.bench.ts): the DESIGN's
 * largest store, 10,000 posts and 50,000 engagement items without images, exports to about 40 MB, so a smaller limit
 * would refuse our own full backup. Parsing 64 MB in a dashboard tab peaks at a few hundred MB of memory, still safe;
 * anything bigger is not a kit (or carries far too many images: export without them).
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
/** A kit is about 7 levels deep; tone rules may nest a few more. 64 leaves room and stops stack-exhausting files. */
export const MAX_DEPTH = 64;
/** No field of any record schema allows more than 20,000 characters; some have no max of their own (dates). */
export const MAX_STRING_CHARS = 100_000;
/** One post image as a data URL (about 12 MB of image). */
export const MAX_IMAGE_CHARS = 16 * 1024 * 1024;

export const KIT_STORES = ['brands', 'toneRules', 'templates', 'posts', 'engagement', 'settings'] as const;
export type KitStore = (typeof KIT_STORES)[number];

export interface KitRecords {
  brands: Brand;
  toneRules: ToneRulesRecord;
  templates: ReplyTemplate;
  posts: CalendarPost;
  engagement: EngagementItem;
  settings: Settings;
}

export interface KitData {
  brands: Brand[];
  toneRules: ToneRulesRecord[];
  templates: ReplyTemplate[];
  posts: CalendarPost[];
  engagement?: EngagementItem[];
  settings?: Settings[];
}

export type Scope = 'all' | { brandId: string };

/** The file as written: like KitData but post images are data URLs. */
export interface KitFile {
  format: typeof FORMAT_TAG;
  schemaVersion: number;
  exportedAt: string;
  appVersion: string;
  scope: Scope;
  data: Record<string, unknown[]>;
}

export const isBrandScope = (s: Scope): s is { brandId: string } => typeof s === 'object' && s !== null;
