import { z } from 'zod';
import { httpUrlSchema, idSchema, isoDateSchema, itemKindSchema, platformSchema } from './common';
import { intentSchema } from './template';

export const ENGAGEMENT_STATES = ['new', 'liked', 'replied', 'dismissed'] as const;
export const engagementStateSchema = z.enum(ENGAGEMENT_STATES);
export type EngagementState = z.infer<typeof engagementStateSchema>;

/** One comment, reply, mention or share, keyed by `platform:nativeId`. */
export const engagementItemSchema = z.object({
  id: idSchema, // `${platform}:${nativeId}`
  platform: platformSchema,
  nativeId: idSchema,
  kind: itemKindSchema,
  author: z.object({
    name: z.string().max(300),
    handle: z.string().max(300).optional(),
    url: httpUrlSchema.optional(),
  }),
  text: z.string().max(20000),
  permalink: httpUrlSchema.optional(),
  parentId: z.string().max(300).optional(),
  postedAt: isoDateSchema.optional(),
  firstSeenAt: isoDateSchema,
  lastSeenAt: isoDateSchema,
  language: z.enum(['fr', 'en', 'other']).default('other'),
  intent: intentSchema.default('other'),
  sentiment: z.enum(['negative', 'neutral', 'positive']).default('neutral'),
  priority: z.number().min(0).max(100).default(50),
  /** Queue tier, an index key: 0 complaints and questions, 1 the rest, 2 trolls, 3 spam (see queueRankFor). */
  queueRank: z.number().int().min(0).max(3).default(1),
  state: engagementStateSchema.default('new'),
  /**
   * 1 while the item waits for the brand, 0 otherwise: an index key, since booleans cannot be indexed. A comment,
   * reply, mention or quote waits until answered; a share until liked; a dismissed item never (lib/engagement/kinds.ts).
   */
  open: z.union([z.literal(0), z.literal(1)]),
  /** Read from the page (sticky once true). */
  likedByMe: z.boolean().default(false),
  repliedByBrand: z.boolean().default(false),
  /** When the like was first known: seen on the page or marked by the user. */
  likedAt: isoDateSchema.optional(),
  /** When the extension first knew of the brand's answer: its reply seen on the page, or the user's click. */
  answerSeenAt: isoDateSchema.optional(),
  /** The brand reply's own platform timestamp, when the page shows it. */
  brandReplyAt: isoDateSchema.optional(),
  /** Best known time of the answer: brandReplyAt, else answerSeenAt. Derived (lib/engagement/response.ts). */
  answeredAt: isoDateSchema.optional(),
  responseSource: z.enum(['platform', 'extension']).optional(),
  responseMs: z.number().min(0).optional(),
});
export type EngagementItem = z.infer<typeof engagementItemSchema>;

export const queueRankFor = (intent: EngagementItem['intent']): number =>
  intent === 'complaint' || intent === 'question' ? 0 : intent === 'troll' ? 2 : intent === 'spam' ? 3 : 1;
