import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { checkContents } from '../src/contents.js';
import { runAttw, runPublint, wildcardEntrypoints } from '../src/lint.js';
import { type PackedPackage, readPacked, tarballEntries } from '../src/pack.js';
import { publicPackages, repoRoot } from '../src/packages.js';
import { readTarball } from '../src/tar.js';

const tarballs = inject('tarballs');
const sizes: Record<string, { tgz: string; unpacked: string; files: number }> = {};
const kb = (bytes: number) =>
  `${new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }).format(bytes / 1024)} KB`;

afterAll(() => {
  // The sizes of what would be published, for the release notes and the log.
  console.table(sizes);
});

describe.each(publicPackages)('$name', (pkg) => {
  let packed: PackedPackage;
  beforeAll(async () => {
    packed = await readPacked(pkg, tarballs[pkg.name]!);
    sizes[pkg.name] = { tgz: kb(packed.size), unpacked: kb(packed.unpackedSize), files: packed.files.length };
  });

  test('the tarball holds package.json, README.md, LICENSE and dist/, and nothing it should not', () => {
    expect(checkContents(packed.files, packed.manifest, pkg.allow)).toEqual([]);
  });

  test('package.json says what a consumer and a registry need to know', () => {
    const manifest = packed.manifest;
    expect(manifest.name).toBe(pkg.name);
    expect(manifest['type']).toBe('module');
    expect(manifest['license']).toBe('MIT');
    expect(manifest['engines']).toEqual({ node: '>=22' });
    expect(manifest['sideEffects']).toBeDefined();
    expect(manifest['files']).toEqual(expect.arrayContaining(['dist']));
    expect(manifest['keywords']).toEqual(expect.arrayContaining(['det-handlar-om-livet']));
    expect(manifest['description']).toEqual(expect.any(String));
    expect(manifest['repository']).toEqual({
      type: 'git',
      url: expect.stringMatching(/^git\+https:/),
      directory: pkg.dir,
    });
    expect(manifest['publishConfig']).toEqual({ access: 'public' }); // a scoped package is private by default
    expect(manifest.exports).toMatchObject({
      '.': { types: expect.any(String) },
      './package.json': './package.json',
    });
  });

  test('the packed package.json names versions, not workspace ranges', () => {
    const ranges = Object.values({
      ...(packed.manifest['dependencies'] as Record<string, string> | undefined),
      ...(packed.manifest['peerDependencies'] as Record<string, string> | undefined),
    });
    expect(ranges.filter((range) => range.startsWith('workspace:') || range.startsWith('link:'))).toEqual([]);
  });

  test('the README starts with an example before its first section', async () => {
    const readme = await readFile(join(repoRoot, pkg.dir, 'README.md'), 'utf8');
    const firstFence = readme.indexOf('```');
    const firstSection = readme.search(/^## /m);
    expect(firstFence).toBeGreaterThan(0);
    expect(firstSection === -1 || firstFence < firstSection).toBe(true);
  });

  test('publint finds nothing, not even a suggestion', async () => {
    expect(await runPublint(packed.tarball)).toEqual([]);
  });

  test('attw finds no type problem for ESM consumers (node16 and bundler)', async () => {
    expect(await runAttw(packed.tarball, packed.manifest, packed.files)).toEqual([]);
  });
});

test('the dhol command ships executable, with a shebang Node runs', async () => {
  const entries = await tarballEntries(tarballs['@dhol/cli']!);
  const bin = entries.find((entry) => entry.path === 'dist/bin.js');
  expect(bin?.mode && bin.mode & 0o111).toBeTruthy();
  expect(new TextDecoder().decode(bin?.data.subarray(0, 20))).toMatch(/^#!\/usr\/bin\/env node\n/);
});

test('attw checks each component module of @dhol/widgets, not only the package root', async () => {
  const packed = await readPacked(
    publicPackages.find((pkg) => pkg.name === '@dhol/widgets')!,
    tarballs['@dhol/widgets']!,
  );
  expect(wildcardEntrypoints(packed.manifest, packed.files)).toEqual(
    expect.arrayContaining(['./components/plan/dhol-plan.js', './components/agreement/dhol-agreement.js']),
  );
});

test('@dhol/widgets ships both script-tag forms: the one file and the folder build with its loader and chunks', async () => {
  const entries = await tarballEntries(tarballs['@dhol/widgets']!);
  const paths = entries.map((entry) => entry.path);
  expect(paths).toEqual(expect.arrayContaining(['dist/cdn/dhol.js', 'dist/cdn/esm/dhol.js']));
  expect(paths).toEqual(
    expect.arrayContaining(['dist/cdn/esm/dhol-plan.js', 'dist/cdn/esm/dhol-indicator.js']),
  );
  // Every chunk an element module imports is in the tarball beside it.
  const esm = entries.filter((entry) => entry.path.startsWith('dist/cdn/esm/'));
  for (const entry of esm) {
    const imported = [...new TextDecoder().decode(entry.data).matchAll(/from"\.\/([\w-]+\.js)"/g)].map(
      (m) => m[1],
    );
    for (const file of imported)
      expect(paths, `${entry.path} imports ${file}`).toContain(`dist/cdn/esm/${file}`);
  }
  expect(esm.some((entry) => /chunk-[\w]+\.js$/.test(entry.path))).toBe(true);
});

test('the schema addresses a file’s $schema uses name files in @dhol/core’s tarball, at its major version', async () => {
  const { DATASET_SCHEMA_URL, MANIFEST_SCHEMA_URL, DATASET_SCHEMA_ID } = await import('@dhol/core');
  const core = await readPacked(
    publicPackages.find((pkg) => pkg.name === '@dhol/core')!,
    tarballs['@dhol/core']!,
  );
  const major = core.version.split('.')[0];
  for (const address of [DATASET_SCHEMA_URL, MANIFEST_SCHEMA_URL]) {
    const match = /^https:\/\/cdn\.jsdelivr\.net\/npm\/@dhol\/core@(\d+)\/(.+)$/.exec(address);
    expect(match?.[1], address).toBe(major);
    expect(core.files).toContain(match?.[2]);
    // The package's export of the file has the file's own path, so `@dhol/core/<path>` and the address agree.
    expect((core.manifest.exports as Record<string, unknown>)[`./${match?.[2]}`]).toBe(`./${match?.[2]}`);
  }
  const entry = readTarball(await readFile(core.tarball)).find(
    (e) => e.path === 'schema/dataset.schema.json',
  );
  expect(JSON.parse(new TextDecoder().decode(entry?.data)).$id).toBe(DATASET_SCHEMA_ID);
});
