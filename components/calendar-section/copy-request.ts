/**
 * A reminder's "copy the text": the service worker has no clipboard, so it leaves the text in storage.session under
 * this key and opens the dashboard's calendar with `?copy=<post id>`; the page copies it (extension pages may).
 */
export const COPY_REQUEST_KEY = 'calendar:copyRequest';
export const COPY_PARAM = 'copy';

export interface CopyRequest {
  text: string;
  postId?: string;
  at: number;
}

export function isCopyRequest(v: unknown): v is CopyRequest {
  const r = v as CopyRequest | null;
  return !!r && typeof r === 'object' && typeof r.text === 'string' && typeof r.at === 'number';
}
