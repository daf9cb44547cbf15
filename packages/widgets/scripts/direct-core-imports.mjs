// The folder build's imports of @dhol/core, pointed at the core module that defines each name instead of core's
// index. esbuild's code splitting places a module by the entries whose import graph reaches it, and through the
// index (`export *` of every part of core) every element reaches every core module a page might use: the
// indicator's page carried the manifest reader, the source summary and the coverage analysis, and the overview's
// the follow-up analysis, in chunks it loaded whole. Imported directly, each module is reached by the elements that
// use it. Tree shaking is unchanged (core is free of side effects): only where the modules land differs.
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './minify-templates.mjs';

/** `import { a, type B, c as d } from '@dhol/core';` as Biome writes it, on one line or several. */
const CORE_IMPORT = /import\s*\{([^}]*)\}\s*from\s*'@dhol\/core';/g;

let owners;

/** Each value export of core's built modules, by name: the module that defines it (not an index that re-exports it). */
async function coreOwners() {
  if (owners) return owners;
  const dist = dirname(realpathSync(fileURLToPath(import.meta.resolve('@dhol/core'))));
  const modules = readdirSync(dist, { recursive: true })
    .map((file) => join(dist, file))
    .filter((file) => file.endsWith('.js') && !file.endsWith('index.js'));
  const found = new Map();
  for (const file of modules) {
    const text = readFileSync(file, 'utf8');
    for (const name of Object.keys(await import(file))) {
      const defines = new RegExp(
        `(function\\*?|const|let|var|class)\\s+${name.replace(/\$/g, '\\$')}\\b`,
      ).test(text);
      if (defines || !found.has(name)) found.set(name, file);
    }
  }
  owners = found;
  return owners;
}

/** `source` with each import of @dhol/core split into imports of the modules that define the names. */
export async function directCoreImports(source) {
  const byName = await coreOwners();
  return source.replace(CORE_IMPORT, (_statement, list) => {
    const byModule = new Map();
    const types = [];
    for (const specifier of list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (specifier.startsWith('type ')) {
        types.push(specifier);
        continue;
      }
      const module = byName.get(specifier.split(/\s+as\s+/)[0]);
      if (!module) throw new Error(`no module of @dhol/core defines ${specifier}`);
      byModule.set(module, [...(byModule.get(module) ?? []), specifier]);
    }
    const imports = [...byModule].map(
      ([module, names]) => `import { ${names.join(', ')} } from ${JSON.stringify(module)};`,
    );
    if (types.length > 0) imports.push(`import { ${types.join(', ')} } from '@dhol/core';`);
    return imports.join('\n');
  });
}

/**
 * The esbuild plugin of the folder build: the widgets' own sources with direct core imports and minified templates
 * (it takes the place of `minifyTemplatesPlugin`). `src/cdn/` is left to the plugins that swap modules there.
 */
export const directCoreImportsPlugin = {
  name: 'dhol-direct-core-imports',
  setup(build) {
    build.onLoad({ filter: /[\\/]widgets[\\/]src[\\/].+\.ts$/ }, async ({ path }) => {
      if (/[\\/]src[\\/]cdn[\\/]/.test(path)) return undefined;
      const source = await directCoreImports(await readFile(path, 'utf8'));
      return { contents: minifyTemplates(source, path), loader: 'ts' };
    });
  },
};
