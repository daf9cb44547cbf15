import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { coverage, validateDataset } from '@dhol/core';
import { nationalFramework, sormlandHandlingsplan2026 } from '@dhol/data';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/system-chromium.mjs';
import { publicPackages, repoRoot } from '../src/packages.js';
import { dholSteps, firstCodeBlock, promisedOutput } from '../src/readme.js';
import { createScratchProject, type ScratchProject } from '../src/scratch.js';
import { type StaticServer, serveStatic } from '../src/serve.js';

const run = promisify(execFile);
const tarballs = inject('tarballs');

let project: ScratchProject;
beforeAll(async () => {
  project = await createScratchProject(tarballs);
});
afterAll(async () => {
  if (project) await rm(project.dir, { recursive: true, force: true });
});

async function node(file: string, source: string) {
  await writeFile(join(project.dir, file), source);
  return run(process.execPath, [file], { cwd: project.dir });
}

function dhol(args: string[]) {
  return run(join(project.dir, 'node_modules', '.bin', 'dhol'), args, { cwd: project.dir });
}

describe('from Node', () => {
  test('a Node ESM script imports the installed core and data, validates the Sörmland plan and computes its coverage', async () => {
    const { stdout } = await node(
      'coverage.mjs',
      `import { coverage, validateDataset } from '@dhol/core';
import { nationalFramework, sormlandHandlingsplan2026 } from '@dhol/data';
const result = validateDataset(sormlandHandlingsplan2026, { frameworks: [nationalFramework] });
const errors = result.issues.filter((issue) => issue.severity === 'error');
const report = coverage(result.value?.plans?.[0], nationalFramework);
console.log(JSON.stringify({
  resolved: [import.meta.resolve('@dhol/core'), import.meta.resolve('@dhol/data')],
  ok: result.ok,
  errors: errors.length,
  goals: report.goals.map((entry) => [entry.goal.id, entry.activities.length]),
  uncovered: report.uncovered.map((goal) => goal.id),
}));
`,
    );
    const output = JSON.parse(stdout);
    // The same computation in the workspace: the packed build must agree with it.
    const expected = coverage(
      validateDataset(sormlandHandlingsplan2026, { frameworks: [nationalFramework] }).value?.plans?.[0],
      nationalFramework,
    );
    expect(
      output.resolved.every((url: string) => url.startsWith(`file://${project.dir}/node_modules/`)),
    ).toBe(true);
    expect(output).toMatchObject({ ok: true, errors: 0, uncovered: [] });
    expect(output.goals).toHaveLength(7);
    expect(output.goals).toEqual(expected.goals.map((entry) => [entry.goal.id, entry.activities.length]));
  });

  test('the installed dhol command prints the packed version', async () => {
    const manifest = JSON.parse(await readFile(join(repoRoot, 'packages/cli/package.json'), 'utf8'));
    const { stdout } = await dhol(['--version']);
    expect(stdout.trim()).toBe(manifest.version);
  });

  // The widgets' and the editor's first examples are HTML pages: they are run in the browser below.
  test.each(publicPackages.filter((pkg) => pkg.name !== '@dhol/widgets' && pkg.name !== '@dhol/editor'))(
    'the first example in the README of $name runs and prints what it promises',
    async (pkg) => {
      const block = firstCodeBlock(await readFile(join(repoRoot, pkg.dir, 'README.md'), 'utf8'));
      expect(block).toBeDefined();
      if (block?.lang === 'sh') {
        const steps = dholSteps(block.code);
        expect(steps.length).toBeGreaterThan(0);
        for (const step of steps) {
          const { stdout } = await dhol(step.args);
          if (step.firstLine !== undefined) expect(stdout.split('\n')[0]).toBe(step.firstLine);
        }
      } else {
        expect(block?.lang).toMatch(/^(js|javascript|mjs)$/);
        const { stdout } = await node(`readme-${pkg.dir.split('/').pop()}.mjs`, block?.code ?? '');
        expect(stdout.trimEnd().split('\n')).toEqual(promisedOutput(block?.code ?? ''));
      }
    },
  );
});

describe('from a plain HTML page', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(project.dir);
    browser = await chromium.launch(chromiumLaunchOptions);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page whose body is `body` (by default after the script-tag bundle); collects every error. */
  async function open(
    body: string,
    head = '<script type="module" src="/node_modules/@dhol/widgets/dist/cdn/dhol.js"></script>',
  ) {
    await writeFile(
      join(project.dir, 'index.html'),
      `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8">
    <title>Kommunens sida</title>
    <link rel="icon" href="data:,">
    ${head}
  </head>
  <body>
    <main>${body}</main>
  </body>
</html>
`,
    );
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('requestfailed', (request) => errors.push(`${request.url()} failed`));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.url()} answered ${response.status()}`);
    });
    await page.goto(`${server.origin}/index.html`);
    return { page, errors };
  }

  async function titleOf(dataset: string, kind: 'plans' | 'agreements'): Promise<string> {
    const json = JSON.parse(
      await readFile(join(project.dir, 'node_modules/@dhol/data/datasets', dataset), 'utf8'),
    );
    return json[kind][0].title.sv;
  }

  test('<dhol-plan src> renders the plan title from a dataset file, with no console error', async () => {
    const title = await titleOf('sormland-handlingsplan-2026.json', 'plans');
    const { page, errors } = await open(
      '<dhol-plan src="/node_modules/@dhol/data/datasets/sormland-handlingsplan-2026.json"></dhol-plan>',
    );
    await expect(page.getByRole('heading', { level: 2, name: title }).waitFor()).resolves.toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('<dhol-agreement src> renders the handslag title from a dataset file, with no console error', async () => {
    const title = await titleOf('surahammar-handslag.json', 'agreements');
    const { page, errors } = await open(
      '<dhol-agreement src="/node_modules/@dhol/data/datasets/surahammar-handslag.json"></dhol-agreement>',
    );
    await expect(page.getByRole('heading', { level: 2, name: title }).waitFor()).resolves.toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the first example in the README of @dhol/widgets renders the plan, with the files copied where it says', async () => {
    const block = firstCodeBlock(await readFile(join(repoRoot, 'packages/widgets/README.md'), 'utf8'));
    expect(block?.lang).toBe('html');
    const code = block?.code ?? '';
    // Put each file the example names where it names it: scripts from dist/cdn, datasets from @dhol/data.
    for (const [, path] of code.matchAll(/src="(\/[^"]+)"/g)) {
      const name = basename(path ?? '');
      const from = name.endsWith('.json')
        ? join(project.dir, 'node_modules/@dhol/data/datasets', name)
        : join(project.dir, 'node_modules/@dhol/widgets/dist/cdn', name);
      await mkdir(dirname(join(project.dir, path ?? '')), { recursive: true });
      await copyFile(from, join(project.dir, path ?? ''));
    }
    const title = await titleOf('sormland-handlingsplan-2026.json', 'plans');
    const { page, errors } = await open(code, '');
    await expect(page.getByRole('heading', { name: title }).waitFor()).resolves.toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the first example in the README of @dhol/editor shows the editor from its one script, with no console error', async () => {
    const block = firstCodeBlock(await readFile(join(repoRoot, 'packages/editor/README.md'), 'utf8'));
    expect(block?.lang).toBe('html');
    const code = block?.code ?? '';
    for (const [, path] of code.matchAll(/src="(\/[^"]+)"/g)) {
      await mkdir(dirname(join(project.dir, path ?? '')), { recursive: true });
      await copyFile(
        join(project.dir, 'node_modules/@dhol/editor/dist/cdn', basename(path ?? '')),
        join(project.dir, path ?? ''),
      );
    }
    const { page, errors } = await open(code, '');
    await expect(page.getByRole('heading', { name: 'Vad vill du göra?' }).waitFor()).resolves.toBeUndefined();
    await expect(page.getByRole('button', { name: 'Skapa planen' }).waitFor()).resolves.toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});
