/**
 * Storage full. Browsers report it as a QuotaExceededError, or as the AbortError of the transaction it killed, with
 * the quota error as its cause or only in its message (Chrome: "...QuotaExceededError..."; Firefox: "quota").
 */
export function isQuotaError(e: unknown): boolean {
  for (let cur: unknown = e, hops = 0; cur && typeof cur === 'object' && hops < 5; hops++) {
    const { name, message, code } = cur as { name?: unknown; message?: unknown; code?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22) return true;
    if (name === 'AbortError' && typeof message === 'string' && /quota/i.test(message)) return true;
    const next = (cur as { cause?: unknown; error?: unknown; inner?: unknown }).cause ?? (cur as { error?: unknown }).error ?? (cur as { inner?: unknown }).inner;
    cur = next;
  }
  return false;
}
