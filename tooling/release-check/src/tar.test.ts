import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readTarball } from './tar.js';

const work = mkdtempSync(join(tmpdir(), 'dhol-tar-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes files under `package/` and packs them with the system's tar, as a registry tarball is laid out. */
function tarball(files: Record<string, string>): Uint8Array {
  const root = mkdtempSync(join(work, 'case-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, 'package', path, '..'), { recursive: true });
    writeFileSync(join(root, 'package', path), content);
  }
  const out = join(root, 'out.tgz');
  execFileSync('tar', ['-czf', out, '-C', root, 'package']);
  return readFileSync(out);
}

test('a tarball lists its files without the package/ prefix, with sizes and contents', () => {
  const entries = readTarball(tarball({ 'package.json': '{"name":"x"}', 'dist/index.js': 'export {};\n' }));
  const files = entries.filter((entry) => entry.type === 'file');
  expect(files.map((entry) => entry.path).sort()).toEqual(['dist/index.js', 'package.json']);
  const manifest = files.find((entry) => entry.path === 'package.json');
  expect(manifest?.size).toBe(12);
  expect(new TextDecoder().decode(manifest?.data)).toBe('{"name":"x"}');
});

test('a path longer than the 100 characters of a tar header is read whole', () => {
  const long = `dist/${'components/'.repeat(12)}dhol-plan.js`;
  const entries = readTarball(tarball({ [long]: '//' }));
  expect(entries.map((entry) => entry.path)).toContain(long);
});

test('bytes that are not a gzipped tarball are refused with an error, not a wrong listing', () => {
  expect(() => readTarball(new TextEncoder().encode('not a tarball'))).toThrow();
});
