import type { IssuePath } from '../issues/issue.js';
import { classifyUrl } from '../url/safe-url.js';
import { type CheckContext, report } from './context.js';
import { showValue } from './zod-issues.js';

/** Only `https:` passes; `http:` is a warning; every other address is an error (it will never be linked). */
export function checkUrl(url: string | undefined, path: IssuePath, ctx: CheckContext): void {
  if (url === undefined) return;
  // Fast path for the common case; classifyUrl still decides every address that is not plainly https.
  const cls = classifyUrl(url);
  if (cls === 'https') return;
  report(ctx, cls === 'http' ? 'warning' : 'error', cls === 'http' ? 'url.http' : 'url.unsafe', path, {
    value: showValue(url),
  });
}

export function checkLinks(
  links: readonly { url: string }[] | undefined,
  path: IssuePath,
  ctx: CheckContext,
): void {
  if (!links) return;
  for (let i = 0; i < links.length; i++) checkUrl(links[i]!.url, [...path, i, 'url'], ctx);
}
