/**
 * A stored post that calendarPostSchema would return as it is, recognised without zod. In extension pages zod cannot
 * compile its parsers (the CSP forbids `new Function`), and its interpreted parse of the ~600 posts a month grid reads
 * took most of the view's 100 ms. Whatever this check is not sure of (a visual, a field a default would fill, an
 * unknown key, a bound or format it does not see through) goes to the schema, and the quarantine, as before.
 */
import { PLATFORMS } from '../platforms/types';
import { calendarPostSchema, PILLARS, POST_STATUSES, type CalendarPost } from '../store/schemas/post';

type Check = (v: unknown) => boolean;

const platforms = new Set<string>(PLATFORMS);
const statuses = new Set<string>(POST_STATUSES);
const pillars = new Set<string>(PILLARS);
const dateSchema = calendarPostSchema.shape.date;

const text = (max: number): Check => (v) => typeof v === 'string' && v.length <= max;
const anyText: Check = (v) => typeof v === 'string';
const plain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** Every item checked by index: a sparse array has holes `every` would skip and the schema refuses. */
const list = (item: Check): Check => (v) => {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
  return true;
};

const variants: Check = (v) => {
  if (!plain(v)) return false;
  for (const k of Object.keys(v)) if (!platforms.has(k) || !text(20000)(v[k])) return false;
  return true;
};

/** The fields with a default or none: present, of their type and within their bounds. */
const REQUIRED: Record<string, Check> = {
  id: (v) => typeof v === 'string' && v.length >= 1 && v.length <= 200,
  brandId: (v) => typeof v === 'string' && v.length >= 1 && v.length <= 200,
  date: (v) => typeof v === 'string' && dateSchema.safeParse(v).success,
  timeZone: text(64),
  platforms: list((x) => typeof x === 'string' && platforms.has(x)),
  status: (v) => typeof v === 'string' && statuses.has(v),
  text: text(20000),
  variants,
  callToAction: text(500),
  keywords: list(text(100)),
  hashtags: list(text(100)),
  pillar: (v) => typeof v === 'string' && pillars.has(v),
  notes: text(5000),
  updatedAt: anyText,
};

/** Optional fields, checked when present. `visual` (a Blob or an http(s) URL) is always left to the schema. */
const OPTIONAL: Record<string, Check> = {
  objectiveId: text(200),
  readerBenefit: text(1000),
  remindedAt: anyText,
  remindedFor: anyText,
};

/** The fields this check knows; when the schema's differ, the check stands down (and its unit test fails). */
export const KNOWN_FIELDS = [...Object.keys(REQUIRED), ...Object.keys(OPTIONAL), 'visual'];
const schemaFields = Object.keys(calendarPostSchema.shape);
export const MATCHES_SCHEMA = schemaFields.length === KNOWN_FIELDS.length && schemaFields.every((k) => KNOWN_FIELDS.includes(k));

/** True only for a record the schema would accept and return equal to itself. */
export function isStoredPost(v: unknown): v is CalendarPost {
  if (!MATCHES_SCHEMA || !plain(v)) return false;
  for (const k in REQUIRED) if (!REQUIRED[k](v[k])) return false;
  for (const k of Object.keys(v)) {
    if (Object.hasOwn(REQUIRED, k)) continue;
    const check = Object.hasOwn(OPTIONAL, k) ? OPTIONAL[k] : undefined;
    if (!check || !check(v[k])) return false;
  }
  return true;
}
