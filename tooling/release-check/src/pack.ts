import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PackageManifest } from './exports.js';
import { type PublicPackage, repoRoot } from './packages.js';
import { readTarball, type TarEntry } from './tar.js';

const run = promisify(execFile);

/** A package after `pnpm pack`: where its tarball is and what it holds. */
export interface PackedPackage {
  name: string;
  version: string;
  /** The package's folder relative to the repository root. */
  dir: string;
  /** Absolute path of the `.tgz`. */
  tarball: string;
  /** Size of the `.tgz` in bytes. */
  size: number;
  /** Sum of the unpacked file sizes in bytes. */
  unpackedSize: number;
  /** Paths of the files inside, without the `package/` prefix, sorted. */
  files: string[];
  /** The package.json as packed (with `workspace:` ranges replaced by versions). */
  manifest: PackageManifest;
}

/** Runs `pnpm pack` in a public package's folder and reads back the tarball it wrote into `destination`. */
export async function packPackage(pkg: PublicPackage, destination: string): Promise<PackedPackage> {
  const { stdout } = await run('pnpm', ['pack', '--json', '--pack-destination', destination], {
    cwd: join(repoRoot, pkg.dir),
    maxBuffer: 16 * 1024 * 1024,
  });
  const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { filename: string };
  return readPacked(pkg, report.filename);
}

/** Reads a tarball written earlier for `pkg`. */
export async function readPacked(pkg: PublicPackage, tarball: string): Promise<PackedPackage> {
  const bytes = await readFile(tarball);
  const entries = readTarball(bytes).filter((entry) => entry.type === 'file');
  const manifestEntry = entries.find((entry) => entry.path === 'package.json');
  const manifest = manifestEntry
    ? (JSON.parse(new TextDecoder().decode(manifestEntry.data)) as PackageManifest)
    : {};
  return {
    name: manifest.name ?? pkg.name,
    version: manifest.version ?? '',
    dir: pkg.dir,
    tarball,
    size: bytes.byteLength,
    unpackedSize: entries.reduce((sum, entry) => sum + entry.size, 0),
    files: entries.map((entry) => entry.path).sort(),
    manifest,
  };
}

/** The entries of a packed tarball, with their bytes and modes. */
export async function tarballEntries(tarball: string): Promise<TarEntry[]> {
  return readTarball(await readFile(tarball));
}
