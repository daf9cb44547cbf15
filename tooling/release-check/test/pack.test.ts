import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { checkContents } from '../src/contents.js';
import { runAttw, runPublint } from '../src/lint.js';
import { type PackedPackage, readPacked, tarballEntries } from '../src/pack.js';
import { publicPackages, repoRoot } from '../src/packages.js';

const tarballs = inject('tarballs');

describe.each(publicPackages)('$name', (pkg) => {
  let packed: PackedPackage;
  beforeAll(async () => {
    packed = await readPacked(pkg, tarballs[pkg.name]!);
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
