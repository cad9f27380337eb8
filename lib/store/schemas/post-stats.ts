import { z } from 'zod';
import { httpUrlSchema, idSchema, isoDateSchema, platformSchema } from './common';

const count = z.number().int().min(0).max(1e13).optional();

/** The counts shown on one of the brand's own posts at one moment (lib/engagement/post-stats.ts). */
export const postStatSchema = z.object({
  /** `${postKey}@${at}` */
  id: z.string().min(1).max(300),
  /** `${platform}:${nativeId}`, indexed: one post's series. */
  postKey: idSchema,
  platform: platformSchema,
  nativeId: idSchema,
  permalink: httpUrlSchema.optional(),
  /** The start of the post's text, to link it to its calendar entry. */
  text: z.string().max(2000).default(''),
  postedAt: isoDateSchema.optional(),
  at: isoDateSchema,
  likes: count,
  comments: count,
  shares: count,
  views: count,
  calendarPostId: z.string().max(200).optional(),
});
export type PostStat = z.infer<typeof postStatSchema>;
export const POST_COUNTS = ['likes', 'comments', 'shares', 'views'] as const;
export type PostCountName = (typeof POST_COUNTS)[number];
