/**
 * Size ceilings in KB (1 KB = 1024 bytes) of gzip, 0.2 KB above the figures measured on 2026-12-06 (what
 * `pnpm --filter @dhol/bench test` and `pnpm --filter @dhol/widgets bench` print). The history of each figure is in
 * the commit messages of this file. Raise one only with a reason in the commit message; lower it whenever a bundle
 * gets lighter. Core alone is measured from a browser entry of every export but the JSON Schema; a page that
 * validates carries no zod (validation reads the generated shape table).
 */
export const CEILINGS_GZIP_KB: Record<string, number> = {
  // The folder build (dist/cdn/esm/): its loader, and what a page with one element loads before showing it.
  'esm/dhol.js (the loader)': 0.6,
  'esm: a page with only <dhol-agreement>, script before its content': 40.8,
  'esm: a page with only <dhol-coverage>, script before its content': 38.0,
  'esm: a page with only <dhol-followup>, script before its content': 46.4,
  'esm: a page with only <dhol-framework>, script before its content': 39.3,
  'esm: a page with only <dhol-indicator>, script before its content': 50.1,
  'esm: a page with only <dhol-overview>, script before its content': 44.5,
  'esm: a page with only <dhol-plan>, script before its content': 43.7,
  // What an element added after the first five adds to dhol.js. The budget is 8 KB: `pnpm bench` fails above it;
  // dhol-overview is over it by its drawing in steps (0.4 KB) and its first rows shown alone while the table fills
  // (0.6 KB), on top of the manifest's messages (0.4 KB), which only it needs and which are counted to it rather than
  // to every element.
  'dhol-followup, added to dhol.js': 8.0,
  'dhol-overview, added to dhol.js': 9.2,
  core: 63.8,
  'dhol.js': 92.2,
  // dhol.js with the first five elements alone; its budget is 55 KB.
  'dhol.js, first five elements': 75.2,
  'dhol-agreement.js': 45.1,
  'dhol-coverage.js': 42.9,
  'dhol-followup.js': 50.0,
  'dhol-framework.js': 43.2,
  'dhol-indicator.js': 53.8,
  'dhol-overview.js': 49.2,
  'dhol-plan.js': 48.1,
};

/** Modules that must never be inside the script-tag bundle, matched against its esbuild input paths. */
export const FORBIDDEN_MODULES: { label: string; pattern: RegExp }[] = [
  { label: 'zod (validation reads the generated shape table, not the zod schemas)', pattern: /(^|\/)zod\// },
  { label: 'ajv', pattern: /(^|\/)ajv(-formats)?\// },
  { label: 'fast-check', pattern: /(^|\/)fast-check\// },
  { label: 'node: builtins', pattern: /^node:/ },
  { label: '@lit-labs/ssr', pattern: /(^|\/)@lit-labs\/ssr/ },
  {
    label: 'Lit’s development build',
    pattern: /(^|\/)(lit-html|lit-element|@lit\/reactive-element)\/development\//,
  },
];
