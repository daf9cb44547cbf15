// Where the bytes of a script-tag bundle come from. Bundles `dhol.js` (by default with the first five elements,
// as its 55 KB budget counts it) with the production settings and a source map, gives every output byte to the
// source module the map names for it, and measures each contiguous run's gzip cost in place: the growth of the
// gzip size of the output up to the end of the run over the output up to its start. The costs add up to the
// gzip size of the whole file, and a module that repeats what came before it costs little, as it would in gzip.
// It measures esbuild's output, before terser mangles its names once more (`mangleNames` in size.mjs, about 2 % less
// gzip, spread over every module), so its total is a little above what size.mjs prints.
//
//   node scripts/attribute.mjs [--all] [--entry <file>] [--esm <dhol-name>] [--by module|group] [--top N] [--write <file>]
//
// `--all` measures dhol.js with every element; `--entry` any other entry (an element's `dhol-<name>.ts`); `--esm`
// the files of the folder build that a page with only that element loads before its content shows, each gzipped on
// its own; `--write` also writes the bundle to a file, to read what minification left.
import { writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { cdnBuildOptions, FIRST_ELEMENTS, modulePath, WIDGETS_ROOT, withoutElements } from './size.mjs';

const { values: args } = parseArgs({
  options: {
    all: { type: 'boolean', default: false },
    entry: { type: 'string' },
    esm: { type: 'string' },
    by: { type: 'string', default: 'group' },
    top: { type: 'string', default: '60' },
    write: { type: 'string' },
  },
});

const entry = args.entry ?? join(WIDGETS_ROOT, 'src', 'index.ts');
const plugins = [];
if (!args.all && !args.entry) {
  const { elementEntries } = await import('./size.mjs');
  const added = elementEntries()
    .map((e) => e.name)
    .filter((name) => !FIRST_ELEMENTS.includes(name));
  plugins.push(withoutElements(added));
}

/** Decodes the source map's `mappings` into [line, column, sourceIndex] of each segment that names a source. */
function segments(mappings) {
  const out = [];
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let source = 0;
  let line = 0;
  for (const lineText of mappings.split(';')) {
    let column = 0;
    if (lineText) {
      for (const segment of lineText.split(',')) {
        const fields = [];
        let value = 0;
        let shift = 0;
        for (const ch of segment) {
          const digit = B64.indexOf(ch);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        column += fields[0];
        if (fields.length > 1) {
          source += fields[1];
          out.push([line, column, source]);
        }
      }
    }
    line += 1;
  }
  return out;
}

/**
 * The gzip cost and raw bytes of each source module in one output file (`code` with its source map, whose sources
 * are relative to `mapDir`), added to `into` (name → { gzip, raw }).
 */
function attribute(code, map, mapDir, into) {
  // Offsets of line starts, to turn (line, column) into an offset. Minified output is ASCII apart from text in
  // strings; the map counts UTF-16 code units, as JavaScript strings do, so offsets are into `code` as a string.
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const names = map.sources.map((source) => modulePath(relative(WIDGETS_ROOT, join(mapDir, source))));

  /** Contiguous runs of output owned by one source: [start, end, name]. */
  const runs = [];
  for (const [line, column, source] of segments(map.mappings)) {
    const offset = lineStarts[line] + column;
    const name = names[source];
    const last = runs.at(-1);
    if (last && last[2] === name) continue;
    if (last) last[1] = offset;
    runs.push([offset, code.length, name]);
  }
  if (runs.length === 0) runs.push([0, code.length, '(esbuild prelude)']);
  else if (runs[0][0] > 0) runs.unshift([0, runs[0][0], '(esbuild prelude)']);

  const bytes = Buffer.from(code);
  // Byte offsets of each run (UTF-8), for gzip of prefixes.
  const byteAt = (offset) => Buffer.byteLength(code.slice(0, offset));
  const gz = (end) => gzipSync(bytes.subarray(0, end), { level: 9 }).length;
  let previous = gz(0);
  let previousEnd = 0;
  for (const [, end, name] of runs) {
    const byteEnd = byteAt(end);
    const size = gz(byteEnd);
    const row = into.get(name) ?? { gzip: 0, raw: 0 };
    row.gzip += size - previous;
    row.raw += byteEnd - previousEnd;
    into.set(name, row);
    previous = size;
    previousEnd = byteEnd;
  }
  return gzipSync(bytes, { level: 9 }).length;
}

const costs = new Map();
let title;
let total = 0;
let rawTotal = 0;
if (args.esm) {
  // The folder build: every file a page with only this element loads before its content shows, each gzipped on
  // its own as the size test counts them.
  const { buildEsm } = await import('./size.mjs');
  const { files, pages } = await buildEsm(undefined, { sourcemap: true });
  const page = pages[args.esm];
  if (!page) throw new Error(`no element ${args.esm}; elements: ${Object.keys(pages).join(', ')}`);
  for (const name of page) {
    const { text, map, dir } = files.get(name).esbuild;
    total += attribute(text, map, dir, costs);
    rawTotal += Buffer.byteLength(text);
  }
  title = `esm page with only <${args.esm}> (${page.join(' ')})`;
} else {
  const result = await build({
    ...cdnBuildOptions,
    entryPoints: [entry],
    plugins: [...plugins, ...cdnBuildOptions.plugins],
    write: false,
    sourcemap: 'external',
    sourcesContent: false,
    outdir: join(WIDGETS_ROOT, 'attribution-out'),
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const map = JSON.parse(result.outputFiles.find((file) => file.path.endsWith('.map')).text);
  if (args.write) writeFileSync(args.write, js.text);
  total = attribute(js.text, map, dirname(js.path), costs);
  rawTotal = js.contents.length;
  title = `${relative(process.cwd(), entry)}${args.all ? ' (all elements)' : ''}`;
}

/** A module's group: a package, or a folder of ours. */
function group(name) {
  if (name.startsWith('lit') || name.startsWith('@lit')) return 'lit';
  const core = name.match(/core\/(?:dist|src)\/([^/]+)\//);
  if (core) return `core/${core[1]}`;
  if (/core\/(?:dist|src)\/[^/]+\.js$/.test(name)) return 'core/(root)';
  const data = name.match(/data\/(?:dist|src)\//);
  if (data) return `data/${name.split('/').pop()}`;
  const component = name.match(/components\/([^/]+)\/(.+)$/);
  if (component) {
    const file = component[2];
    const kind = /styles/.test(file) ? 'styles' : /messages|i18n/.test(file) ? 'texts' : 'code';
    return `widgets/${component[1]} ${kind}`;
  }
  const widgets = name.match(/widgets\/src\/([^/]+)\//);
  if (widgets) return `widgets/${widgets[1]}`;
  return name;
}

const kb = (n) => (n / 1024).toFixed(2).padStart(7);
const by = args.by === 'module' ? (name) => name : group;
const table = new Map();
for (const [name, cost] of costs) {
  const key = by(name);
  const row = table.get(key) ?? { gzip: 0, raw: 0 };
  row.gzip += cost.gzip;
  row.raw += cost.raw;
  table.set(key, row);
}
const rows = [...table].sort((a, b) => b[1].gzip - a[1].gzip).slice(0, Number(args.top));
console.log(`${title}: ${kb(rawTotal)} KB raw, ${kb(total)} KB gzip`);
console.log(`${'gzip KB'.padStart(7)}  ${'raw KB'.padStart(7)}  source`);
for (const [key, row] of rows) console.log(`${kb(row.gzip)}  ${kb(row.raw)}  ${key}`);
