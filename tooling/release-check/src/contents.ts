import { matchesAny, type PackageManifest, targetsOf } from './exports.js';

/** Files every public package must ship. */
export const requiredFiles = ['package.json', 'README.md', 'LICENSE'] as const;

/** What must never be published, with the reason a reader sees when it is. */
export const refusedPaths: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /\.(test|spec)\.[cm]?[jt]sx?$/, reason: 'a test file' },
  { pattern: /(^|\/)(test|tests|__tests__)\//, reason: 'a test folder' },
  { pattern: /(^|\/)[^/]*fixtures?[^/]*(\/|$)/i, reason: 'a fixture' },
  { pattern: /\.stories\.[cm]?[jt]sx?$/, reason: 'a story' },
  { pattern: /^src\//, reason: 'source (the package ships dist/)' },
  { pattern: /\.map$/, reason: 'a source map' },
  { pattern: /^(test-results|coverage|\.turbo)\/|(^|\/)node_modules\//, reason: 'a build or test leftover' },
  { pattern: /\.tsbuildinfo$/, reason: 'a build leftover' },
  {
    pattern: /(^|\/)(tsconfig[^/]*\.json|tsup\.config\.[cm]?[jt]s|vitest\.config\.[cm]?[jt]s)$/,
    reason: 'tooling',
  },
  { pattern: /(^|\/)\.env/, reason: 'an environment file' },
];

/** One thing wrong with a tarball's contents. */
export interface ContentProblem {
  path: string;
  reason: string;
}

/**
 * Checks the list of files in a packed package: the required files and `dist/` are there, nothing refused is
 * (unless `allow` names it), and every file `package.json` points to exists.
 */
export function checkContents(
  paths: readonly string[],
  manifest: PackageManifest,
  allow: readonly RegExp[] = [],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const file of requiredFiles) {
    if (!paths.includes(file)) problems.push({ path: file, reason: 'missing' });
  }
  if (!paths.some((path) => path.startsWith('dist/'))) problems.push({ path: 'dist/', reason: 'missing' });
  for (const path of paths) {
    if (allow.some((pattern) => pattern.test(path))) continue;
    const refused = refusedPaths.find(({ pattern }) => pattern.test(path));
    if (refused) problems.push({ path, reason: refused.reason });
  }
  for (const target of targetsOf(manifest)) {
    if (!matchesAny(target.path, paths)) {
      problems.push({ path: target.path, reason: `named by ${target.field} but not in the tarball` });
    }
  }
  return problems;
}
