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

/**
 * A plain absolute address, as almost every address in published data is: `http(s)://`, a host of ASCII letters,
 * digits, hyphens and dots whose last label starts with a letter (so never read as an IPv4 number), no port, no
 * credentials, then nothing or a path, query or fragment of printable ASCII without a backslash. The WHATWG parser
 * accepts every such address with that scheme and a host, so it is classified without building a `URL` (validating
 * a national set of files classifies tens of thousands of addresses). Punycode labels (`xn--`), which the parser
 * decodes and may refuse, and hosts longer than a DNS name take the full parse.
 */
const PLAIN_URL =
  /^(https?):\/\/((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?\.?)(?:[/?#][!-[\]-~]*)?$/i;
const MAX_HOST_LENGTH = 253;

/** Classifies a web address from data: `https`, `http` or `unsafe`. Never throws. */
export function classifyUrl(url: unknown): UrlClass {
  if (typeof url === 'string' && url.length <= MAX_URL_LENGTH) {
    const plain = PLAIN_URL.exec(url);
    const host = plain?.[2];
    if (plain && host && host.length <= MAX_HOST_LENGTH && !/(?:^|\.)xn--/i.test(host))
      return plain[1]?.length === 5 ? 'https' : 'http';
  }
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
