import type { Platform, RawItem } from '../platforms/types';
import { itemId } from './ids';

export type BrandHandles = Partial<Record<Platform, readonly string[]>>;

export interface PlannedSighting {
  id: string;
  raw: RawItem;
  /** Earliest platform time of the brand's replies read under it in the same batch. */
  brandReplyAt?: string;
}

/** A brand reply whose parent was not in this batch: apply it to the stored parent, if there is one. */
export interface PlannedReply {
  id: string;
  postedAt?: string;
}

export interface BatchPlan {
  sightings: PlannedSighting[];
  replies: PlannedReply[];
  /** The brand's own posts: candidates for post performance, not for the log. */
  ownPosts: RawItem[];
  /** Not logged: other people's posts, items without an id. */
  skipped: number;
}

const normHandle = (h: string) => h.trim().replace(/^@/, '').toLowerCase();

interface BrandSet {
  handles: Set<string>;
  /**
   * Matches any text holding one of the handles, case-folded: an author whose handle and address hold none is not
   * the brand, told without a copy of either. Null when a handle is not plain ASCII.
   */
  probe: RegExp | null;
}

const brandSets = new WeakMap<readonly string[], BrandSet>();

function brandSetOf(own: readonly string[]): BrandSet {
  let set = brandSets.get(own);
  if (!set) {
    const handles = new Set(own.map(normHandle));
    const plain = [...handles].every((h) => /^[\w.-]+$/.test(h));
    const probe = plain && handles.size ? new RegExp([...handles].map((h) => h.replace(/\./g, '\\.')).join('|'), 'i') : null;
    brandSets.set(own, (set = { handles, probe }));
  }
  return set;
}

/** Whether the item's author is one of the brand's handles, by handle or by the profile URL's last segment. */
export function isBrandAuthor(raw: RawItem, handles: BrandHandles): boolean {
  const own = handles[raw.platform];
  if (!own?.length || !raw.author) return false;
  // Asked once per item of a 2,000-comment page: the brand's set is built once per handles list.
  const { handles: set, probe } = brandSetOf(own);
  const url = raw.author.url ?? '';
  // An escaped address ("/%43afe") is decoded below before it is compared: the probe does not judge it.
  if (probe && !probe.test(raw.author.handle ?? '') && !url.includes('%') && !probe.test(url)) return false;
  if (raw.author.handle && set.has(normHandle(raw.author.handle))) return true;
  const fromUrl = url ? handleFromUrl(url) : undefined;
  return !!fromUrl && set.has(normHandle(fromUrl));
}

/**
 * The last path segment of a profile URL (`https://x.com/brand` -> `brand`, `/@brand` -> `brand`). Asked of every
 * item a page shows: read with indexOf, decoded only when escaped.
 */
function handleFromUrl(url: string): string | undefined {
  const scheme = url.indexOf('://');
  if (scheme <= 0 || !/^[a-z][a-z0-9+.-]*$/i.test(url.slice(0, scheme))) return undefined;
  let end = url.length;
  for (let i = scheme + 3; i < end; i++) {
    const c = url.charCodeAt(i);
    if (c === 63 || c === 35) end = i; // ? or #
  }
  const pathAt = url.indexOf('/', scheme + 3);
  if (pathAt < 0 || pathAt >= end) return undefined;
  while (end > pathAt && url.charCodeAt(end - 1) === 47) end--;
  if (end <= pathAt) return undefined; // no path beyond "/"
  const segment = url.slice(url.lastIndexOf('/', end - 1) + 1, end);
  try {
    return segment.includes('%') ? decodeURIComponent(segment) : segment;
  } catch {
    return undefined;
  }
}

/**
 * Sorts one batch from a page: the brand's own replies are not logged but mark their parent answered (with the
 * reply's own time); the brand's own posts go to post performance; other people's plain posts are not engagement.
 */
export function planBatch(raws: readonly RawItem[], handles: BrandHandles): BatchPlan {
  const sightings: PlannedSighting[] = [];
  const replyTimes = new Map<string, string | undefined>();
  const ownPosts: RawItem[] = [];
  let skipped = 0;
  for (const raw of raws) {
    if (!raw?.nativeId?.trim()) {
      skipped++;
      continue;
    }
    const own = isBrandAuthor(raw, handles);
    if (raw.kind === 'post') {
      if (own) ownPosts.push(raw);
      else skipped++;
      continue;
    }
    if (own) {
      if (raw.parentId?.trim()) {
        const parent = itemId(raw.platform, raw.parentId);
        const prev = replyTimes.get(parent);
        replyTimes.set(parent, earliest(prev, raw.postedAt));
      } else skipped++;
      continue;
    }
    sightings.push({ id: itemId(raw.platform, raw.nativeId), raw });
  }
  const inBatch = new Set(sightings.map((s) => s.id));
  for (const s of sightings) {
    if (!replyTimes.has(s.id)) continue;
    const at = replyTimes.get(s.id);
    s.raw = { ...s.raw, repliedByBrand: true };
    if (at) s.brandReplyAt = at;
  }
  const replies: PlannedReply[] = [];
  for (const [id, postedAt] of replyTimes) if (!inBatch.has(id)) replies.push(postedAt ? { id, postedAt } : { id });
  return { sightings, replies, ownPosts, skipped };
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  const ta = a ? Date.parse(a) : NaN;
  const tb = b ? Date.parse(b) : NaN;
  if (!Number.isFinite(tb)) return Number.isFinite(ta) ? a : undefined;
  if (!Number.isFinite(ta)) return b;
  return tb < ta ? b : a;
}
