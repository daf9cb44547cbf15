import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { matchesAny, type PackageManifest, typedSubpaths } from './exports.js';

const run = promisify(execFile);

/** One finding of publint or attw, as a line a person can act on. */
export interface LintFinding {
  tool: 'publint' | 'attw';
  /** publint: `error` | `warning` | `suggestion`; attw: the problem kind, e.g. `FalseESM`. */
  kind: string;
  message: string;
}

/** Lints a packed tarball with publint in strict mode (warnings count as errors); suggestions are included. */
export async function runPublint(tarball: string): Promise<LintFinding[]> {
  const bytes = await readFile(tarball);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { messages, pkg } = await publint({ pack: { tarball: buffer }, strict: true, level: 'suggestion' });
  return messages.map((message) => ({
    tool: 'publint',
    kind: message.type,
    message: formatMessage(message, pkg, { color: false }) ?? message.code,
  }));
}

/** The resolutions an ESM-only package answers for; attw's `esm-only` profile ignores node10 and node16 CJS. */
const esmOnlyResolutions = new Set(['node16-esm', 'bundler']);

interface AttwReport {
  analysis: {
    types: false | { kind: string };
    problems?: { kind: string; entrypoint?: string; resolutionKind?: string }[];
  };
}

/**
 * Runs `@arethetypeswrong/cli` on a tarball with the `esm-only` profile. attw skips wildcard subpaths, so each
 * typed wildcard (e.g. `./components/*.js`) is expanded to the files the tarball really has.
 */
export async function runAttw(
  tarball: string,
  manifest: PackageManifest,
  files: readonly string[],
): Promise<LintFinding[]> {
  const include = wildcardEntrypoints(manifest, files);
  const args = [tarball, '--profile', 'esm-only', '--format', 'json', '--no-color'];
  if (include.length > 0) args.push('--include-entrypoints', ...include);
  const bin = attwBin();
  const { stdout } = await run(process.execPath, [bin, ...args], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  const report = JSON.parse(stdout) as AttwReport;
  const findings: LintFinding[] = [];
  if (report.analysis.types === false && typedSubpaths(manifest).length > 0) {
    findings.push({
      tool: 'attw',
      kind: 'NoTypes',
      message: 'package.json declares types but attw found none',
    });
  }
  for (const problem of report.analysis.problems ?? []) {
    if (problem.resolutionKind && !esmOnlyResolutions.has(problem.resolutionKind)) continue;
    findings.push({
      tool: 'attw',
      kind: problem.kind,
      message: `${problem.kind} at ${problem.entrypoint ?? '(package)'}${problem.resolutionKind ? ` (${problem.resolutionKind})` : ''}`,
    });
  }
  return findings;
}

/** Concrete subpaths for each typed wildcard export whose JavaScript files are in the tarball. */
export function wildcardEntrypoints(manifest: PackageManifest, files: readonly string[]): string[] {
  const exports = manifest.exports as Record<string, Record<string, string>> | undefined;
  const subpaths: string[] = [];
  for (const subpath of typedSubpaths(manifest)) {
    if (!subpath.includes('*')) continue;
    const target = exports?.[subpath]?.['default'] ?? exports?.[subpath]?.['import'];
    if (typeof target !== 'string' || !target.includes('*')) continue;
    const [before, after] = target.replace(/^\.\//, '').split('*') as [string, string];
    for (const file of files) {
      if (!matchesAny(`${before}*${after}`, [file]) || file.endsWith('.d.ts')) continue;
      const middle = file.slice(before.length, file.length - after.length);
      subpaths.push(subpath.replace('*', middle));
    }
  }
  return subpaths;
}

function attwBin(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@arethetypeswrong/cli/package.json');
  const manifest = require(manifestPath) as { bin: Record<string, string> };
  return join(dirname(manifestPath), manifest.bin['attw'] ?? 'dist/index.js');
}
