import type { Area } from './area.js';

// Area codes as plain functions, apart from the area schema, so that code which only walks codes carries no zod.

/** The code of the area one level up: kommun `1907` → län `19` → country `00`; the country has none. */
export function parentAreaCode(code: string): string | undefined {
  if (/^\d{4}$/.test(code)) return code.slice(0, 2);
  if (/^\d{2}$/.test(code) && code !== '00') return '00';
  return undefined;
}

/**
 * The chain of areas from one up to the country: `1907` → [`1907`, `19`, `00`]. When `areas` are given, an area's
 * own `parent` wins over the code (for areas outside the kommun → län → riket codes); a loop in the parents stops.
 */
export function areaLineage(code: string, areas?: readonly Area[]): string[] {
  const byCode = new Map<string, Area>();
  if (Array.isArray(areas))
    for (const area of areas) if (area && typeof area.code === 'string') byCode.set(area.code, area);
  const chain = [code];
  const seen = new Set(chain);
  for (let current = code; ; ) {
    const parent = byCode.get(current)?.parent ?? parentAreaCode(current);
    if (parent === undefined || seen.has(parent)) break;
    chain.push(parent);
    seen.add(parent);
    current = parent;
  }
  return chain;
}
