import type { IssuePath } from '../issues/issue.js';
import { classifyUrl } from '../url/safe-url.js';
import { type CheckContext, report } from './context.js';
import { at, type PathKey } from './path.js';
import { showValue } from './structure-issues.js';

/** Only `https:` passes; `http:` is a warning; every other address is an error (it will never be linked). */
export function checkUrl(
  url: string | undefined,
  ctx: CheckContext,
  base: IssuePath,
  a?: PathKey,
  b?: PathKey,
  c?: PathKey,
): void {
  if (url === undefined) return;
  const cls = classifyUrl(url);
  if (cls === 'https') return;
  const http = cls === 'http';
  report(ctx, http ? 'warning' : 'error', http ? 'url.http' : 'url.unsafe', at(base, a, b, c), {
    value: showValue(url),
  });
}

/** A list of `{ url }` links under `base[key]`. */
export function checkLinks(
  links: readonly ({ url?: string } | undefined)[] | undefined,
  ctx: CheckContext,
  base: IssuePath,
  key: PathKey,
): void {
  if (!links) return;
  for (let i = 0; i < links.length; i++) checkUrl(links[i]?.url, ctx, base, key, i, 'url');
}
