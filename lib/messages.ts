/**
 * The one message contract. Content scripts (CS) and extension pages (UI) send to the background (BG); the background
 * checks the sender from browser-stamped fields, parses the payload with these schemas and refuses privileged
 * operations from content scripts. Content scripts import only the types, so zod stays out of their bundles.
 */
import { z } from 'zod';
import { ITEM_KINDS, PLATFORMS } from './platforms/types';
import { engagementStateSchema } from './store/schemas/engagement';
import { MAX_IMPORT_BYTES } from './store/backup/format';

const platform = z.enum(PLATFORMS);
/** An import file crosses the message channel (JSON only) as base64: 4 characters per 3 bytes of the size limit. */
const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
const text = (max: number) => z.string().max(max);

export const rawItemSchema = z.object({
  platform,
  nativeId: text(300).min(1),
  kind: z.enum(ITEM_KINDS),
  author: z.object({ name: text(300), handle: text(300).optional(), url: text(2048).optional() }),
  text: text(20000),
  postedAt: text(40).optional(),
  permalink: text(2048).optional(),
  parentId: text(300).optional(),
  depth: z.number().int().min(0).max(50).optional(),
  likedByMe: z.boolean().optional(),
  repliedByBrand: z.boolean().optional(),
  counts: z.partialRecord(z.enum(['likes', 'comments', 'shares', 'views']), z.number().int().min(0).max(1e13)).optional(),
});

const healthSchema = z.object({
  platform,
  pageKind: z.enum(['post', 'feed', 'notifications', 'profile', 'other']),
  expected: z.array(text(100)).max(20),
  found: z.record(text(50), z.number().int().min(0)),
  ok: z.boolean(),
  problems: z.array(text(500)).max(20),
});

/** Messages a content script may send. */
export const csMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('items.seen'), items: z.array(rawItemSchema).max(500) }),
  z.object({ type: z.literal('profile.get') }),
  z.object({ type: z.literal('health.report'), url: text(2048), health: healthSchema }),
  z.object({ type: z.literal('item.opened'), item: rawItemSchema }),
  z.object({ type: z.literal('item.setState'), id: text(400), state: engagementStateSchema }),
  z.object({ type: z.literal('item.suggest'), item: rawItemSchema }),
  z.object({
    type: z.literal('items.classify'),
    items: z.array(z.object({ nativeId: text(300).min(1), text: text(20000) })).max(500),
  }),
  z.object({ type: z.literal('draft.lint'), text: text(50000), platform, kind: z.enum(['reply', 'post']), authorName: text(300).optional() }),
]);

/** Messages only extension pages (popup, side panel, dashboard) may send: they write rules, import, export, delete. */
export const uiMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('brand.save'), brand: z.unknown() }),
  z.object({ type: z.literal('brand.activate'), brandId: text(200) }),
  z.object({ type: z.literal('brand.delete'), brandId: text(200) }),
  z.object({ type: z.literal('rules.save'), rules: z.unknown() }),
  z.object({ type: z.literal('templates.save'), template: z.unknown() }),
  z.object({ type: z.literal('templates.delete'), id: text(200) }),
  z.object({ type: z.literal('posts.save'), posts: z.array(z.unknown()).max(20000) }),
  z.object({ type: z.literal('posts.delete'), id: text(200) }),
  z.object({ type: z.literal('settings.save'), settings: z.unknown() }),
  z.object({ type: z.literal('data.export'), scope: z.union([z.literal('all'), z.object({ brandId: text(200) })]), engagement: z.boolean(), images: z.boolean() }),
  z.object({ type: z.literal('data.preview'), base64: z.string().max(MAX_IMPORT_BASE64), mode: z.enum(['merge', 'replace']) }),
  z.object({ type: z.literal('data.import'), base64: z.string().max(MAX_IMPORT_BASE64), mode: z.enum(['merge', 'replace']) }),
  z.object({ type: z.literal('data.restore'), backupId: text(200) }),
  z.object({ type: z.literal('data.backups') }),
  z.object({ type: z.literal('quarantine.list') }),
  z.object({ type: z.literal('quarantine.resolve'), qid: z.number().int(), repaired: z.unknown().optional() }),
  z.object({ type: z.literal('demo.seed') }),
  z.object({ type: z.literal('mastodon.instances') }),
  z.object({ type: z.literal('mastodon.instanceAdd'), origin: text(300) }),
  z.object({ type: z.literal('mastodon.instanceRemove'), origin: text(300) }),
  z.object({ type: z.literal('brand.createFromStart'), start: z.unknown() }),
  z.object({ type: z.literal('posts.import'), posts: z.array(z.unknown()).max(50_000) }),
  z.object({ type: z.literal('reminders.sync') }),
  z.object({ type: z.literal('engagement.purge') }),
]);

export type CsMessage = z.infer<typeof csMessageSchema>;
/** What a content script sends. */
export type CsRequest = z.input<typeof csMessageSchema>;
export type UiMessage = z.infer<typeof uiMessageSchema>;
export type Message = CsMessage | UiMessage;
export type MessageType = Message['type'];

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };

export type SenderKind = 'content' | 'page';

/** The browser-stamped fields of runtime.MessageSender that we read. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Who sent this, from fields the browser sets: our extension only; an extension page when the frame's origin is our
 * own; a content script when it runs in a tab on an http(s) page. Anything else is refused (null).
 */
export function classifySender(sender: SenderLike | undefined, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (!sender || sender.id !== extensionId) return null;
  const origin = sender.origin ?? originOf(sender.url);
  if (origin === extensionOrigin) return 'page';
  if (sender.tab?.id !== undefined && origin && /^https?:\/\//.test(origin)) return 'content';
  return null;
}

export function originOf(url: string | undefined) {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`; // URL.origin is "null" for extension schemes in some engines
  } catch {
    return undefined;
  }
}

/** Parses a message for the sender's kind: a content script can never reach a page-only operation. */
export function parseMessage(kind: SenderKind, payload: unknown): Message | { error: string } {
  const cs = csMessageSchema.safeParse(payload);
  if (cs.success) return cs.data;
  const ui = uiMessageSchema.safeParse(payload);
  if (ui.success) return kind === 'page' ? ui.data : { error: 'forbidden' };
  return { error: 'invalid' };
}
