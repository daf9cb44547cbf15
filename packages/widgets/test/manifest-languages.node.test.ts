import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// A Swedish designer reads the docs tables in Swedish, as the stories are: every element and every member it
// documents (attribute, property, method, event, slot, part, custom property) carries its description in Swedish
// and in English. The JSDoc holds both (Swedish, then `EN:` and the English); the manifest plugin in
// custom-elements-manifest.config.mjs splits them into `sv` and `en`. The defaults beside them are values a
// designer can read, never the name of a constant in the source.

interface Item {
  name?: string;
  default?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  description?: string;
  summary?: string;
  sv?: string;
  en?: string;
}
interface Declaration extends Item {
  tagName?: string;
  [list: string]: unknown;
}

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const declarations = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName || d.name === 'DholElement');

const LISTS = ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties'] as const;

/** What Storybook and an editor show: everything but private, protected, static and `_`-named members. */
function isDocumented(item: Item): boolean {
  if (item.privacy === 'private' || item.privacy === 'protected' || item.static) return false;
  return !item.name?.startsWith('_') && !item.name?.startsWith('#');
}

/** Why an item's description is not in both languages, or undefined when it is. */
function flaw(item: Item): string | undefined {
  if (!item.sv?.trim()) return item.description ? 'no Swedish (no `EN:` in its JSDoc?)' : 'no description';
  if (!item.en?.trim()) return 'no English';
  if (item.sv.trim() === item.en.trim()) return 'the Swedish is the English';
  if (/\bEN:/.test(item.sv) || /\bEN:/.test(item.en)) return 'two `EN:` markers';
  return undefined;
}

test('the manifest lists the seven elements and their base', () => {
  expect(declarations.map((d) => d.tagName ?? d.name).sort()).toEqual([
    'DholElement',
    'dhol-agreement',
    'dhol-coverage',
    'dhol-followup',
    'dhol-framework',
    'dhol-indicator',
    'dhol-overview',
    'dhol-plan',
  ]);
});

for (const declaration of declarations) {
  const name = declaration.tagName ?? declaration.name ?? '?';

  test(`${name}: every documented member is described in Swedish and English`, () => {
    const flaws: string[] = [];
    const whole = flaw(declaration);
    if (whole) flaws.push(`${name}: ${whole}`);
    for (const list of LISTS) {
      const items = (declaration[list] ?? []) as Item[];
      for (const item of items.filter(isDocumented)) {
        const why = flaw(item);
        if (why) flaws.push(`${list} ${item.name}: ${why}`);
      }
    }
    expect(flaws, flaws.join('\n')).toEqual([]);
  });

  if (declaration.tagName) {
    test(`${name}: the summary is in Swedish, then English`, () => {
      const [sv, en, ...more] = (declaration.summary ?? '').split('\n\n');
      expect(sv?.trim(), 'Swedish summary').toBeTruthy();
      expect(en?.trim(), 'English summary').toBeTruthy();
      expect(more).toEqual([]);
    });
  }
}

test('a documented default is a value, not the name of a constant', () => {
  const named = declarations.flatMap((d) =>
    [...((d['attributes'] ?? []) as Item[]), ...((d['members'] ?? []) as Item[])]
      .filter((item) => isDocumented(item) && /^[A-Z][A-Z0-9_]+$/.test(item.default ?? ''))
      .map((item) => `${d.tagName ?? d.name} ${item.name} = ${item.default}`),
  );
  expect(named, named.join('\n')).toEqual([]);
});
