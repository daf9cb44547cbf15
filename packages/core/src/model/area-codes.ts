// Area codes as plain functions, apart from the area schema, so that code which only walks codes carries no zod.

/** The code of the area one level up: kommun `1907` → län `19` → country `00`; the country has none. */
export function parentAreaCode(code: string): string | undefined {
  if (/^\d{4}$/.test(code)) return code.slice(0, 2);
  if (/^\d{2}$/.test(code) && code !== '00') return '00';
  return undefined;
}

/** The chain of areas from one up to the country: `1907` → [`1907`, `19`, `00`]. */
export function areaLineage(code: string): string[] {
  const chain = [code];
  for (let parent = parentAreaCode(code); parent !== undefined; parent = parentAreaCode(parent))
    chain.push(parent);
  return chain;
}
