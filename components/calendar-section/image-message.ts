import { blobToDataUrl } from '../../lib/store/backup/images';
import type { CalendarPost } from '../../lib/store/schemas/post';

/** Messages carry JSON: a post's image Blob travels as a data URL in `visual.image` (lib/store/posts.ts decodes it). */
export async function withImageAsData(post: CalendarPost): Promise<unknown> {
  const blob = post.visual?.blob;
  if (!(blob instanceof Blob)) return post;
  const { blob: _b, ...visual } = post.visual!;
  return { ...post, visual: { ...visual, image: await blobToDataUrl(blob) } };
}
