/** The parts of package.json that point into the package. */
export interface PackageManifest {
  name?: string;
  version?: string;
  main?: string;
  types?: string;
  bin?: string | Record<string, string>;
  exports?: unknown;
  customElements?: string;
  [field: string]: unknown;
}

/** One file a package.json field promises, e.g. `exports["."].types` → `dist/index.d.ts`. */
export interface Target {
  /** Where the promise is made, e.g. `exports["./components/*.js"].types`. */
  field: string;
  /** The path inside the package without a leading `./`; may hold one `*`. */
  path: string;
  /** The export condition the target sits under (`types`, `default`, …), if any. */
  condition?: string;
}

/** Every file path that `main`, `types`, `bin`, `customElements` and `exports` (all conditions) point to. */
export function targetsOf(manifest: PackageManifest): Target[] {
  const targets: Target[] = [];
  for (const field of ['main', 'types', 'customElements'] as const) {
    const value = manifest[field];
    if (typeof value === 'string') targets.push({ field, path: normalise(value) });
  }
  if (typeof manifest.bin === 'string') targets.push({ field: 'bin', path: normalise(manifest.bin) });
  else if (manifest.bin && typeof manifest.bin === 'object') {
    for (const [name, value] of Object.entries(manifest.bin)) {
      if (typeof value === 'string') targets.push({ field: `bin.${name}`, path: normalise(value) });
    }
  }
  walkExports(manifest.exports, 'exports', undefined, targets);
  return targets;
}

function walkExports(value: unknown, field: string, condition: string | undefined, out: Target[]): void {
  if (typeof value === 'string') {
    out.push({ field, path: normalise(value), ...(condition ? { condition } : {}) });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      walkExports(item, `${field}[${index}]`, condition, out);
    });
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const isSubpath = key.startsWith('.');
      walkExports(inner, `${field}[${JSON.stringify(key)}]`, isSubpath ? condition : key, out);
    }
  }
}

function normalise(path: string): string {
  return path.replace(/^\.\//, '');
}

/** Whether a target (which may hold one `*`, matching any run of characters) names at least one of `paths`. */
export function matchesAny(target: string, paths: readonly string[]): boolean {
  if (!target.includes('*')) return paths.includes(target);
  const [before, after] = target.split('*') as [string, string];
  return paths.some(
    (path) => path.length >= before.length + after.length && path.startsWith(before) && path.endsWith(after),
  );
}

/** The subpaths of `exports` that declare a `types` condition, e.g. `.` and `./components/*.js`. */
export function typedSubpaths(manifest: PackageManifest): string[] {
  const exports = manifest.exports;
  if (!exports || typeof exports !== 'object' || Array.isArray(exports)) return [];
  return Object.entries(exports)
    .filter(([key, value]) => key.startsWith('.') && value && typeof value === 'object' && 'types' in value)
    .map(([key]) => key);
}
