import { gunzipSync } from 'node:zlib';

/** One file or directory inside a tarball, with the `package/` prefix npm and pnpm add removed. */
export interface TarEntry {
  path: string;
  size: number;
  type: 'file' | 'directory' | 'other';
  /** Unix permission bits, e.g. 0o755 for an executable. */
  mode: number;
  /** The file's bytes; empty for directories. */
  data: Uint8Array;
}

const BLOCK = 512;

/**
 * Lists the entries of a gzipped tarball (`.tgz`) as `npm pack` and `pnpm pack` write them: ustar headers, with
 * PAX (`x`) and GNU (`L`) long names. Throws a plain `Error` when the bytes are not a tarball.
 */
export function readTarball(gzipped: Uint8Array): TarEntry[] {
  const tar = gunzipSync(gzipped);
  const entries: TarEntry[] = [];
  let offset = 0;
  let longName: string | undefined;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    if (!hasValidChecksum(header)) throw new Error(`Not a tar header at byte ${offset}.`);
    const size = octal(header.subarray(124, 136));
    const typeFlag = String.fromCharCode(header[156] ?? 0);
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;

    if (typeFlag === 'x') {
      longName = paxPath(body) ?? longName;
      continue;
    }
    if (typeFlag === 'L') {
      longName = text(body);
      continue;
    }
    if (typeFlag === 'g') continue;
    const prefix = text(header.subarray(345, 500));
    const name =
      longName ?? (prefix ? `${prefix}/${text(header.subarray(0, 100))}` : text(header.subarray(0, 100)));
    longName = undefined;
    const type = typeFlag === '0' || typeFlag === '\0' ? 'file' : typeFlag === '5' ? 'directory' : 'other';
    entries.push({
      path: stripPackagePrefix(name),
      size,
      type,
      mode: octal(header.subarray(100, 108)),
      data: type === 'file' ? Uint8Array.from(body) : new Uint8Array(),
    });
  }
  return entries;
}

function stripPackagePrefix(name: string): string {
  const slash = name.indexOf('/');
  return (slash === -1 ? name : name.slice(slash + 1)).replace(/\/$/, '');
}

function text(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return new TextDecoder().decode(end === -1 ? bytes : bytes.subarray(0, end));
}

function octal(bytes: Uint8Array): number {
  const value = text(bytes).trim();
  return value ? Number.parseInt(value, 8) : 0;
}

function hasValidChecksum(header: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (header[i] ?? 0);
  return sum === octal(header.subarray(148, 156));
}

function paxPath(body: Uint8Array): string | undefined {
  // Records read "<length> <key>=<value>\n".
  for (const record of new TextDecoder().decode(body).split('\n')) {
    const match = /^\d+ path=(.*)$/.exec(record);
    if (match) return match[1];
  }
  return undefined;
}
