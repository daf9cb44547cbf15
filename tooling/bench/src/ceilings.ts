/**
 * Size ceilings in KB (1 KB = 1024 bytes) of gzip, a little above the figures measured on 2026-11-24 (core 43.4,
 * dhol.js 75.3, agreement 46.2, coverage 44.8, framework 45.8, indicator 56.2, plan 48.3). Raise one only with a
 * reason in the commit message; lower it when a bundle gets lighter.
 */
export const CEILINGS_GZIP_KB: Record<string, number> = {
  core: 45,
  'dhol.js': 78,
  'dhol-agreement.js': 48,
  'dhol-coverage.js': 47,
  'dhol-framework.js': 48,
  'dhol-indicator.js': 58,
  'dhol-plan.js': 50,
};

/** Modules that must never be inside the script-tag bundle, matched against its esbuild input paths. */
export const FORBIDDEN_MODULES: { label: string; pattern: RegExp }[] = [
  { label: 'zod/v4/locales (zod’s translated messages)', pattern: /(^|\/)zod\/v4\/locales\// },
  { label: 'zod/v4/classic (core uses zod/mini)', pattern: /(^|\/)zod\/v4\/classic\// },
  { label: 'zod/v4/core/to-json-schema', pattern: /(^|\/)zod\/v4\/core\/to-json-schema/ },
  { label: 'zod’s json-schema-processors', pattern: /json-schema-processors/ },
  { label: 'zod’s json-schema-generator', pattern: /json-schema-generator/ },
  { label: 'zod/v4/core/compile (zod’s compiler)', pattern: /(^|\/)zod\/v4\/core\/compile/ },
  { label: 'ajv', pattern: /(^|\/)ajv(-formats)?\// },
  { label: 'fast-check', pattern: /(^|\/)fast-check\// },
  { label: 'node: builtins', pattern: /^node:/ },
  { label: '@lit-labs/ssr', pattern: /(^|\/)@lit-labs\/ssr/ },
  {
    label: 'Lit’s development build',
    pattern: /(^|\/)(lit-html|lit-element|@lit\/reactive-element)\/development\//,
  },
];
