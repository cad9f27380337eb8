import type { ItemKind, RawItem } from '../platforms/types';
import type { EngagementItem } from '../store/schemas/engagement';
import { INTENTS, type Intent } from '../store/schemas/template';
import { storedNativeId } from './ids';
import { NAME_MAX, TEXT_MAX, capText, httpUrl, iso, optionalText, platformTime } from './sanitize';
import { withDerived } from './state';

export interface Understanding {
  language: EngagementItem['language'];
  intent: Intent;
  sentiment: EngagementItem['sentiment'];
  priority: number;
}

export interface SightingExtra {
  /** Platform timestamp of the brand's own reply under this item, when that reply was read too. */
  brandReplyAt?: string;
}

/** When two pages disagree on the kind, the same one always wins, whatever the order they were seen in. */
const KIND_PRECEDENCE: readonly ItemKind[] = ['reply', 'comment', 'quote', 'mention', 'share', 'post'];
const pickKind = (a: ItemKind, b: ItemKind) => (KIND_PRECEDENCE.indexOf(a) <= KIND_PRECEDENCE.indexOf(b) ? a : b);

type Content = Pick<EngagementItem, 'author' | 'text' | 'language' | 'intent' | 'sentiment' | 'priority'>;

/** The smaller of two optional strings (ISO times compare as strings). */
const minIso = (a: string | undefined, b: string | undefined) => (!a ? b : !b ? a : a <= b ? a : b);
const maxIso = (a: string, b: string) => (a >= b ? a : b);

/**
 * One sighting of an item merged into what is stored. Content (text, author, understanding) comes from the latest
 * sighting; facts (first seen, liked, answered, platform times) only accumulate. Merging is idempotent and the result
 * does not depend on the order sightings arrive in.
 */
export function mergeSeen(
  existing: EngagementItem | undefined,
  seen: RawItem,
  understanding: Understanding,
  now: Date,
  extra: SightingExtra = {},
): EngagementItem {
  const at = iso(now);
  const content = contentOf(seen, understanding);
  const links = linksOf(seen);
  const brandReplyAt = platformTime(extra.brandReplyAt, now);
  const replied = !!seen.repliedByBrand || !!brandReplyAt;
  const postedAt = platformTime(seen.postedAt, now);

  const base: EngagementItem = existing
    ? { ...existing }
    : {
        id: `${seen.platform}:${storedNativeId(seen.nativeId)}`,
        platform: seen.platform,
        nativeId: storedNativeId(seen.nativeId),
        kind: seen.kind,
        ...content,
        firstSeenAt: at,
        lastSeenAt: at,
        queueRank: 1,
        state: 'new',
        open: 1,
        likedByMe: false,
        repliedByBrand: false,
      };

  if (existing && newerContent(at, contentKey(content), existing.lastSeenAt, contentKey(existing))) {
    Object.assign(base, content);
  }
  // The same item's link never really changes (only tracking parameters): the smallest one is kept, stably.
  base.permalink = minIso(existing?.permalink, links.permalink);
  base.parentId = minIso(existing?.parentId, links.parentId);
  clearUndefined(base);
  base.kind = pickKind(base.kind, seen.kind);
  base.firstSeenAt = minIso(base.firstSeenAt, at)!;
  base.lastSeenAt = maxIso(base.lastSeenAt, at);
  const keptPostedAt = minIso(base.postedAt, postedAt);
  if (keptPostedAt) base.postedAt = keptPostedAt;
  base.likedByMe = base.likedByMe || !!seen.likedByMe;
  base.repliedByBrand = base.repliedByBrand || replied;
  if (seen.likedByMe) base.likedAt = minIso(base.likedAt, at);
  if (replied) base.answerSeenAt = minIso(base.answerSeenAt, at);
  const keptReplyAt = minIso(base.brandReplyAt, brandReplyAt);
  if (keptReplyAt) base.brandReplyAt = keptReplyAt;
  return withDerived(base);
}

/** A brand reply read under an item stored earlier (the item itself was not on this page). */
export function applyBrandReply(existing: EngagementItem, replyPostedAt: string | undefined, now: Date): EngagementItem {
  const at = iso(now);
  const next: EngagementItem = { ...existing, repliedByBrand: true, answerSeenAt: minIso(existing.answerSeenAt, at) };
  const replyAt = minIso(existing.brandReplyAt, platformTime(replyPostedAt, now));
  if (replyAt) next.brandReplyAt = replyAt;
  return withDerived(next);
}

function contentOf(seen: RawItem, u: Understanding): Content {
  const author: EngagementItem['author'] = { name: capText(seen.author?.name?.trim(), NAME_MAX) };
  const handle = optionalText(seen.author?.handle, NAME_MAX);
  const url = httpUrl(seen.author?.url);
  if (handle) author.handle = handle;
  if (url) author.url = url;
  return {
    author,
    text: capText(seen.text, TEXT_MAX),
    language: u.language === 'fr' || u.language === 'en' ? u.language : 'other',
    intent: (INTENTS as readonly string[]).includes(u.intent) ? u.intent : 'other',
    sentiment: u.sentiment === 'negative' || u.sentiment === 'positive' ? u.sentiment : 'neutral',
    priority: Number.isFinite(u.priority) ? Math.min(100, Math.max(0, u.priority)) : 50,
  };
}

const linksOf = (seen: RawItem) => ({ permalink: httpUrl(seen.permalink), parentId: optionalText(seen.parentId, NAME_MAX) });

const contentKey = (c: Content) =>
  [c.text, c.author.name, c.author.handle, c.author.url, c.language, c.intent, c.sentiment, c.priority].join('\u0001');

/** Later sighting wins; at the same instant the larger content key wins, so the order of arrival never matters. */
const newerContent = (at: string, key: string, lastSeenAt: string, existingKey: string) =>
  at > lastSeenAt || (at === lastSeenAt && key > existingKey);

function clearUndefined(item: EngagementItem) {
  for (const k of Object.keys(item) as Array<keyof EngagementItem>) if (item[k] === undefined) delete item[k];
}
