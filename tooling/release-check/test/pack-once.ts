import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { packPackage } from '../src/pack.js';
import { publicPackages } from '../src/packages.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding one `.tgz` per public package. */
    packDir: string;
    /** Package name → absolute path of its tarball. */
    tarballs: Record<string, string>;
  }
}

/** Packs each public package once per test run, into a temporary folder removed afterwards. */
export default async function setup(project: TestProject) {
  const packDir = await mkdtemp(join(tmpdir(), 'dhol-pack-'));
  const tarballs: Record<string, string> = {};
  for (const pkg of publicPackages) {
    tarballs[pkg.name] = (await packPackage(pkg, packDir)).tarball;
  }
  project.provide('packDir', packDir);
  project.provide('tarballs', tarballs);
  return async () => {
    await rm(packDir, { recursive: true, force: true });
  };
}
