import { fileURLToPath } from 'node:url';

/** The monorepo's root folder, found from this file's place in `tooling/release-check/src`. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A package the project publishes, and what its tarball may carry beyond the usual. */
export interface PublicPackage {
  name: string;
  /** Folder relative to the repository root. */
  dir: string;
  /** Paths (relative to the package) that are meant to ship although a general rule would refuse them. */
  allow?: RegExp[];
}

export const publicPackages: readonly PublicPackage[] = [
  { name: '@dhol/core', dir: 'packages/core' },
  { name: '@dhol/data', dir: 'packages/data' },
  { name: '@dhol/widgets', dir: 'packages/widgets' },
  { name: '@dhol/editor', dir: 'packages/editor' },
  { name: '@dhol/cli', dir: 'packages/cli' },
];
