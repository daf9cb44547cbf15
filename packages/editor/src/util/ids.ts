/**
 * Ids for new things (a plan, an activity, an organisation added on the spot), made from their names the way the
 * example datasets write them: `Besökskort` → `besokskort`, `FoU i Sörmland` → `fou-i-sormland`.
 */

/** The model's id pattern: lower-case letters, digits, `-`, `_`, `.`; starting with a letter or digit. */
const ID = /^[a-z0-9][a-z0-9._-]{0,119}$/;

/** A readable id from a name; `fallback` when the name has no letters or digits to use. */
export function slugify(name: string, fallback = 'ny'): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return ID.test(slug) ? slug : fallback;
}

/** `base`, or `base-2`, `base-3` … whichever is not taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
