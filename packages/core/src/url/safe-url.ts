/**
 * The one rule for web addresses that come from data: only `https:` is safe to put in an `href`; `http:` is
 * allowed but flagged; everything else (`javascript:`, `data:`, `vbscript:`, `file:`, relative addresses, addresses
 * with credentials or control characters) is unsafe. The address is parsed the way a browser parses it (WHATWG
 * URL), so case, whitespace and tab/newline tricks cannot hide a scheme.
 */

/** How an address from data may be used: `https` (safe), `http` (works, but not encrypted), `unsafe` (never link). */
export type UrlClass = 'https' | 'http' | 'unsafe';

/** Addresses longer than this are not links anyone meant to publish. */
const MAX_URL_LENGTH = 8192;

// Control characters (C0, DEL, C1) anywhere in the address: browsers silently drop some of them, which is how
// `java\tscript:` tricks work, so an address that contains any is refused outright.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function parse(url: unknown): { cls: UrlClass; href?: string } {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return { cls: 'unsafe' };
  const trimmed = url.trim();
  if (trimmed === '' || CONTROL.test(trimmed)) return { cls: 'unsafe' };
  // Only absolute addresses that start with the scheme itself; entity-encoded colons (`https&#58;`) fail here.
  if (!/^https?:\/\//i.test(trimmed)) return { cls: 'unsafe' };
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return { cls: 'unsafe' };
  }
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return { cls: 'unsafe' };
  if (parsed.protocol === 'https:') return { cls: 'https', href: parsed.href };
  if (parsed.protocol === 'http:') return { cls: 'http', href: parsed.href };
  return { cls: 'unsafe' };
}

/** Classifies a web address from data: `https`, `http` or `unsafe`. Never throws. */
export function classifyUrl(url: unknown): UrlClass {
  return parse(url).cls;
}

/**
 * The normalised address to put in an `href`, or `undefined` when the address must not be linked.
 * `https:` and `http:` addresses pass (validation warns about `http:`); every other scheme and every relative
 * address gives `undefined`.
 */
export function safeUrl(url: unknown): string | undefined {
  return parse(url).href;
}
