import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';

// The root README's developer snippet, run word for word with each shipped dataset as its plan.json. It runs in a
// folder inside this package, so `@dhol/core` and `@dhol/data` resolve to the built packages as they would from npm.
const run = promisify(execFile);
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## For developers'));
const snippet = /```js\n([\s\S]*?)```/.exec(section)?.[1];
const datasets = readdirSync(new URL('../datasets/', import.meta.url)).filter((file) =>
  file.endsWith('.json'),
);
const work = new URL('../test-results/root-readme/', import.meta.url);

afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the root README has a developer snippet that reads plan.json', () => {
  expect(snippet).toContain("'plan.json'");
});

test.each(datasets)(
  'the root README snippet runs on %s without an error',
  async (file) => {
    const dir = new URL(`${file.replace(/\.json$/, '')}/`, work);
    mkdirSync(dir, { recursive: true });
    copyFileSync(new URL(`../datasets/${file}`, import.meta.url), new URL('plan.json', dir));
    writeFileSync(new URL('snippet.mjs', dir), snippet ?? '');
    const { stdout, stderr } = await run(process.execPath, ['snippet.mjs'], { cwd: fileURLToPath(dir) });
    expect(stderr).toBe('');
    // Each shipped dataset is valid: whatever the snippet prints is a warning or a plan's coverage, never an error.
    expect(stdout).not.toMatch(/: fel: /);
    const plans = (JSON.parse(readFileSync(new URL(`../datasets/${file}`, import.meta.url), 'utf8')).plans ??
      []) as { id: string }[];
    for (const plan of plans) expect(stdout).toContain(`${plan.id} has no activity for delmål`);
    // A fresh Node process per dataset: generous on a busy machine, never a measure of speed.
  },
  60_000,
);
