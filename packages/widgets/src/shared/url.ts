/**
 * The address to put in an `href`, or undefined when it is not safe: only absolute `https:` and `http:` URLs
 * pass. Mirrors core's `safeUrl()` rule; kept here so the widgets never build a link any other way.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (typeof url !== 'string' || url.length === 0 || url.length > 2048) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (parsed.username || parsed.password) return undefined;
  return parsed.href;
}
