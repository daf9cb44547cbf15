// `pnpm start`: the main job. Until the demo app exists it validates the example datasets and prints a summary.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const { parseDatasetJson, formatPath } = await import('@dhol/core');
const { nationalFramework, areas } = await import('@dhol/data');

const dir = join('packages', 'data', 'datasets');
const now = new Date();
let invalid = 0;
console.log('dhol: validating the example datasets\n');
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  const result = parseDatasetJson(readFileSync(join(dir, file), 'utf8'), {
    frameworks: [nationalFramework],
    areas,
    now,
  });
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  const warnings = result.issues.length - errors.length;
  if (!result.ok) invalid++;
  const value = result.value ?? {};
  const activities = (value.plans ?? []).reduce((sum, plan) => sum + plan.activities.length, 0);
  console.log(
    `${result.ok ? '✓' : '✗'} ${file}: ${errors.length} fel, ${warnings} varningar — ` +
      `${value.frameworks?.length ?? 0} ramverk, ${value.plans?.length ?? 0} planer (${activities} aktiviteter), ` +
      `${value.agreements?.length ?? 0} överenskommelser, ${value.indicators?.length ?? 0} indikatorer, ` +
      `${value.observations?.length ?? 0} observationer`,
  );
  for (const issue of errors) console.log(`    fel ${formatPath(issue.path)}: ${issue.message.sv}`);
}
process.exitCode = invalid === 0 ? 0 : 1;
