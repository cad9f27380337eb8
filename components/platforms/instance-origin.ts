/** "mastodon.example" or "https://mastodon.example/@me" -> "https://mastodon.example"; null when not an https host. */
export function toOrigin(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (url.protocol !== 'https:' || url.username || url.password || url.port || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname)) return null;
    return url.origin;
  } catch {
    return null;
  }
}
