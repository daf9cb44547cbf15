/**
 * Size ceilings in KB (1 KB = 1024 bytes) of gzip, about 3 % above the figures measured on 2026-11-24 at 07:50
 * (core 47, dhol.js 64.6, agreement 35.2, coverage 33.8, framework 34.6, indicator 45.1, plan 38.2), raised after
 * the follow-up model (every element's shape table and messages, about 1.5 KB), the manifest (0.5 KB in every
 * element, 1.5 KB in core's browser entry) and rollUp (2.3 KB in core's browser entry) to core 52.7, dhol.js 66.6,
 * agreement 37.2, coverage 35.8, framework 36.6, indicator 47.1, plan 40.2; then by dhol-followup (the element
 * alone 42.7; its marginal cost in dhol.js 9.1, so dhol.js 75.7) and the follow-up analysis in core's browser entry
 * (core 56.4, dhol.js 76.5); then by the shared reading and the render queue of the base element (0.8 KB in every
 * element): coverage 38, plan 42.5; then by dhol-overview (the element alone 42.1, its share of dhol.js 7.6 of the
 * 8 KB budget, so dhol.js 86.1) and, measured after rebasing onto the one-pass validation, agreement 39.4,
 * framework 38.2, indicator 48.7, followup 44.2 and the folder build's pages 1-1.1 KB heavier; then by the host
 * page's colour scheme, text size and heading scale in every element's styles (agreement 40.9, coverage 39.2,
 * indicator 50.7, plan 43.7, the first five 71.7, the folder build's pages 0.2-0.5 KB heavier). Raise one only
 * with a reason in the commit message; lower it when a bundle gets lighter. Core alone rose by the shape table (2.4 KB) when validation stopped using zod: a page that validates no
 * longer carries zod (about 9 KB).
 */
export const CEILINGS_GZIP_KB: Record<string, number> = {
  // The folder build (dist/cdn/esm/): its loader, and what a page with one element loads before showing it.
  'esm/dhol.js (the loader)': 0.6,
  'esm: a page with only <dhol-agreement>, script before its content': 45,
  'esm: a page with only <dhol-coverage>, script before its content': 43,
  'esm: a page with only <dhol-followup>, script before its content': 50.5,
  'esm: a page with only <dhol-framework>, script before its content': 54.5,
  'esm: a page with only <dhol-indicator>, script before its content': 62,
  'esm: a page with only <dhol-overview>, script before its content': 57,
  'esm: a page with only <dhol-plan>, script before its content': 48,
  // What an element added after the first five adds to dhol.js. The budget is 8 KB: `pnpm bench` fails above it;
  // dhol-followup is over it (9.1) until it gets lighter.
  'dhol-followup, added to dhol.js': 9.5,
  'dhol-overview, added to dhol.js': 8,
  core: 58,
  'dhol.js': 88.5,
  // dhol.js with the first five elements alone; its budget is 55 KB.
  'dhol.js, first five elements': 72,
  'dhol-agreement.js': 41.5,
  'dhol-coverage.js': 39.5,
  'dhol-followup.js': 45.5,
  'dhol-framework.js': 39.5,
  'dhol-indicator.js': 51,
  'dhol-overview.js': 43.5,
  'dhol-plan.js': 44,
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
