/**
 * Size ceilings of the script-tag build, enforced in the normal test run. The ceilings sit a little above today's
 * figures, so that a change which makes a bundle heavier fails here and has to raise its ceiling on purpose; the
 * budgets (40 KB gzip for `dhol.js`, 20 KB for `dhol-indicator.js`) are reported by `pnpm bench`, not enforced.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { measureBundles } from '../../../packages/widgets/scripts/size.mjs';
import { CEILINGS_GZIP_KB, FORBIDDEN_MODULES } from '../src/ceilings.js';

type Bundle = Awaited<ReturnType<typeof measureBundles>>[number];
let bundles: Bundle[] = [];
const bundle = (name: string): Bundle => {
  const found = bundles.find((b) => b.name === name);
  if (!found) throw new Error(`no bundle named ${name}; measured: ${bundles.map((b) => b.name).join(', ')}`);
  return found;
};
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

beforeAll(async () => {
  bundles = await measureBundles();
});

describe('each script-tag bundle stays under its gzip ceiling', () => {
  for (const [name, ceiling] of Object.entries(CEILINGS_GZIP_KB)) {
    test(`${name} is at most ${ceiling} KB gzip`, () => {
      expect(kb(bundle(name).gzip)).toBeLessThanOrEqual(ceiling);
    });
  }
});

test('every element has a ceiling, so a new element cannot grow unnoticed', () => {
  const measured = bundles.map((b) => b.name).sort();
  expect(measured).toEqual(Object.keys(CEILINGS_GZIP_KB).sort());
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
