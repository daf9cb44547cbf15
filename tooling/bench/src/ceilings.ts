/**
 * Size ceilings in KB (1 KB = 1024 bytes) of gzip, about 3 % above the figures measured on 2026-11-24 at 05:40
 * (core 46.8, dhol.js 64.9, agreement 35.7, coverage 34.1, framework 35, indicator 45.7, plan 37.8). Raise one
 * only with a reason in the commit message; lower it when a bundle gets lighter. Core alone rose by the shape
 * table (2.4 KB) when validation stopped using zod: a page that validates no longer carries zod (about 9 KB).
 */
export const CEILINGS_GZIP_KB: Record<string, number> = {
  core: 48,
  'dhol.js': 67,
  'dhol-agreement.js': 37,
  'dhol-coverage.js': 35.5,
  'dhol-framework.js': 36.5,
  'dhol-indicator.js': 47,
  'dhol-plan.js': 39,
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
