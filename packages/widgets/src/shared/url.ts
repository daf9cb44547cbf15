import { safeUrl } from '@dhol/core';

/**
 * The address to put in an `href`, or undefined when it is not safe: core's `safeUrl()` rule (absolute `https:`
 * and `http:` only). The widgets never build a link from data any other way.
 */
export function safeHref(url: string | undefined): string | undefined {
  return safeUrl(url);
}
