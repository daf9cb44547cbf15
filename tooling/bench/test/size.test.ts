/**
 * Size ceilings of the script-tag builds, enforced in the normal test run. The ceilings sit a little above today's
 * figures, so that a change which makes a bundle heavier fails here and has to raise its ceiling on purpose. What
 * an element added after the first five adds to `dhol.js` has a ceiling too, and its 8 KB budget is printed here;
 * the budgets (55 KB for `dhol.js`, 8 KB per added element, 32 KB and 28 KB for the folder build's plan and
 * indicator pages) fail `pnpm bench`.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { BUDGETS_GZIP, measureBundles, measureEsm } from '../../../packages/widgets/scripts/size.mjs';
import { CEILINGS_GZIP_KB, FORBIDDEN_MODULES } from '../src/ceilings.js';

type Bundle = Awaited<ReturnType<typeof measureBundles>>[number];
type EsmRow = Awaited<ReturnType<typeof measureEsm>>[number];
let bundles: Bundle[] = [];
let esm: EsmRow[] = [];
const measured = (name: string): { gzip: number } => {
  const found = [...bundles, ...esm].find((b) => b.name === name);
  if (!found)
    throw new Error(`nothing measured named ${name}; measured: ${bundles.map((b) => b.name).join(', ')}`);
  return found;
};
const bundle = (name: string): Bundle => measured(name) as Bundle;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

beforeAll(async () => {
  [bundles, esm] = await Promise.all([measureBundles(), measureEsm()]);
});

describe('each script-tag bundle stays under its gzip ceiling', () => {
  for (const [name, ceiling] of Object.entries(CEILINGS_GZIP_KB)) {
    test(`${name} is at most ${ceiling} KB gzip`, () => {
      expect(kb(measured(name).gzip)).toBeLessThanOrEqual(ceiling);
    });
  }
});

test('every element has a ceiling, so a new element cannot grow unnoticed', () => {
  const names = [...bundles, ...esm].map((b) => b.name).sort();
  expect(names).toEqual(Object.keys(CEILINGS_GZIP_KB).sort());
});

test('what each element added after the first five adds to dhol.js is measured against its 8 KB budget', () => {
  const added = bundles.filter((b) => b.added);
  const budget = kb(BUDGETS_GZIP.addedElement);
  for (const row of added) {
    const verdict = row.gzip <= BUDGETS_GZIP.addedElement ? 'within' : 'OVER';
    console.log(`${row.name}: ${kb(row.gzip)} KB gzip, ${verdict} the ${budget} KB budget`);
    // Measured as dhol.js with the element minus dhol.js without it: never nothing, never all of dhol.js.
    expect(row.gzip, row.name).toBeGreaterThan(0);
    expect(row.gzip, row.name).toBeLessThan(bundle('dhol.js').gzip / 2);
  }
});

test('the folder build’s loader stays within its 2 KB budget', () => {
  expect(measured('esm/dhol.js (the loader)').gzip).toBeLessThanOrEqual(BUDGETS_GZIP['esm/dhol.js']);
});

describe('the all-in-one bundle dhol.js leaves out what a browser page never needs', () => {
  for (const forbidden of FORBIDDEN_MODULES) {
    test(`no module matching ${forbidden.label} is inside`, () => {
      expect(bundle('dhol.js').inputs.filter((input) => forbidden.pattern.test(input))).toEqual([]);
    });
  }

  test('it imports nothing from outside itself (no node: builtins, no bare imports)', () => {
    expect(bundle('dhol.js').externals).toEqual([]);
  });

  test('its templates and styles are minified too: a few line breaks are left, not the 1,537 of the source text', () => {
    expect(bundle('dhol.js').lineBreaks).toBeLessThan(50);
  });

  test('it carries exactly one copy of Lit, in its production build', () => {
    const lit = bundle('dhol.js').inputs.filter((input) => /(^|\/)lit-html\/lit-html\.js$/.test(input));
    expect(lit).toEqual(['lit-html/lit-html.js']);
  });
});

test('core alone is measured from an entry without the JSON Schema export', () => {
  expect(bundle('core').inputs.some((input) => /json-schema/.test(input))).toBe(false);
});

test('a page of the folder build carries none of the core modules that only other elements use', () => {
  // The follow-up analysis and the plan diff serve dhol-followup, the manifest reader dhol-overview. esbuild's
  // splitting put them in chunks the other elements' pages loaded too: through bare chunk imports (see
  // `dropIdleChunkImports`) and through core's index (see scripts/direct-core-imports.mjs).
  for (const element of ['dhol-framework', 'dhol-indicator', 'dhol-plan']) {
    const name = `esm: a page with only <${element}>, script before its content`;
    const inputs = esm.find((row) => row.name === name)?.inputs ?? ['(no page)'];
    const othersOnly = inputs.filter((input) =>
      /core\/dist\/(analysis\/(followup|plan-diff)|validation\/validate-manifest)\.js$/.test(input),
    );
    expect(othersOnly, element).toEqual([]);
  }
});

test('an element that reads no manifest carries none of the manifest’s messages: only dhol-overview needs them', () => {
  const manifestTexts = (row: Bundle) =>
    row.inputs.filter((input) => /core\/dist\/validation\/manifest-messages\.js$/.test(input));
  for (const row of bundles.filter((b) => /^dhol-(?!overview)[a-z]+\.js$/.test(b.name))) {
    expect(manifestTexts(row), row.name).toEqual([]);
  }
  expect(manifestTexts(bundle('dhol.js, first five elements'))).toEqual([]);
  expect(manifestTexts(bundle('dhol-overview.js'))).toHaveLength(1);
});

test('a page of the folder build loads the texts of validation’s issues (and the words of structure issues) only when there are issues to show', () => {
  const pages = esm.filter((row) => row.name.startsWith('esm: a page'));
  expect(pages.length).toBeGreaterThanOrEqual(5);
  for (const page of pages) {
    // The catalogue, the manifest's messages and the words of structure issues are in the chunk `textsFor`
    // imports, not among the page's files.
    const texts = (page.inputs ?? []).filter((input) =>
      /validation\/(messages\.js\?texts|manifest-messages\.js|structure-words\.js)$/.test(input),
    );
    expect(texts, page.name).toEqual([]);
  }
  // dhol.js, one self-contained file, keeps them inside.
  expect(bundle('dhol.js').inputs.some((input) => /core\/dist\/validation\/messages\.js$/.test(input))).toBe(
    true,
  );
  expect(
    bundle('dhol.js').inputs.some((input) => /core\/dist\/validation\/structure-words\.js$/.test(input)),
  ).toBe(true);
});
