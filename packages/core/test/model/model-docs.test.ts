import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import * as model from '../../src/model/index.js';
import { DATASET_SCHEMA_URL, datasetJsonSchema } from '../../src/validation/json-schema.js';
import { manifestJsonSchema } from '../../src/validation/manifest-json-schema.js';
import { defOf, docsBySchema, type ModelDoc, unwrap } from '../../src/validation/model-doc.js';
import { MODEL_DOCS } from '../../src/validation/model-docs.js';
import { readModelDocs } from './read-model-docs.js';

const datasetsFolder = new URL('../../../data/datasets/', import.meta.url);
const MAX_EXAMPLE_LENGTH = 800;
const schemas = model as unknown as Record<string, unknown>;
type Schema = z.ZodMiniType;

/** Arrays cut to their first items, all the way down: an example shows the shape, not the whole document. */
function shortened(value: unknown, keep: number): unknown {
  if (Array.isArray(value)) return value.slice(0, keep).map((item) => shortened(item, keep));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shortened(inner, keep)]));
  return value;
}

/** The value cut as short as its schema allows (a handslag has at least two parties), or nothing if it is invalid. */
function shortestValid(value: unknown, schema: Schema): unknown {
  for (const keep of [1, 2, 3]) {
    const example = shortened(value, keep);
    if (z.safeParse(schema, example).success) return example;
  }
  return undefined;
}

/**
 * The docs with an example for every property that has no `@example`: the shortest value the example datasets
 * (the Surahammar handslag, Sörmland's plan, the national framework; the invented follow-up example only where
 * those have none) give it, cut as short as its schema allows.
 */
function withExamples(docs: Record<string, ModelDoc>): Record<string, ModelDoc> {
  const found = docsBySchema(docs, schemas);
  const best = new Map<ModelDoc, { value: unknown; length: number; invented: boolean }>();
  // Values of the invented example are taken only where the real documents have none.
  let invented = false;
  const visit = (value: unknown, schema: Schema): void => {
    if (value === undefined || value === null) return;
    const def = defOf(schema);
    if (def.innerType) {
      visit(value, def.innerType);
      return;
    }
    if (def.type === 'array' && def.element && Array.isArray(value)) {
      for (const item of value) visit(item, def.element);
      return;
    }
    if (def.type === 'union' && def.options) {
      const option = def.options.find((o) => z.safeParse(o, value).success);
      if (option) visit(value, option);
      return;
    }
    if (def.shape && typeof value === 'object') {
      const properties = found.get(schema)?.properties;
      for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
        const innerSchema = def.shape[key];
        if (!innerSchema) continue;
        const doc = properties?.[key];
        if (doc && doc.example === undefined) {
          const example = shortestValid(inner, innerSchema);
          const length = JSON.stringify(example ?? null).length;
          const known = best.get(doc);
          const better =
            !known || (known.invented && !invented) || (known.invented === invented && length < known.length);
          // Longer than a few lines is no example: such a property needs an `@example` of its own.
          if (example !== undefined && length <= MAX_EXAMPLE_LENGTH && better)
            best.set(doc, { value: example, length, invented });
        }
        visit(inner, innerSchema);
      }
    }
  };
  for (const file of readdirSync(datasetsFolder)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const dataset = JSON.parse(readFileSync(new URL(file, datasetsFolder), 'utf8')) as {
      fictional?: boolean;
    };
    invented = dataset.fictional === true;
    visit(dataset, model.Dataset as unknown as Schema);
  }
  for (const [doc, { value }] of best) doc.example = value;
  return docs;
}

// The JSON Schemas take their descriptions from a table read out of the model's doc comments. After changing a
// comment, write it again with `pnpm --filter @dhol/core docs`; CI never writes it, so a stale table fails here.
test('the docs table equals a fresh reading of the model’s doc comments', async () => {
  const source = [
    '// Generated from the doc comments of src/model/*.ts by test/model/model-docs.test.ts',
    '// (`pnpm --filter @dhol/core docs`). Do not edit: change the comments and generate it again.',
    "import type { ModelDoc } from './model-doc.js';",
    '',
    `export const MODEL_DOCS: Record<string, ModelDoc> = ${JSON.stringify(withExamples(readModelDocs()), null, 2)};`,
    '',
  ].join('\n');
  await expect(source).toMatchFileSnapshot('../../src/validation/model-docs.ts');
});

type JsonNode = Record<string, unknown>;
/** Every place in a JSON Schema: its path and node. */
function* nodes(node: unknown, path = '#'): Generator<[string, JsonNode]> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* nodes(item, `${path}/${i}`);
    return;
  }
  yield [path, node as JsonNode];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'examples' || key === 'enum' || key === 'enumDescriptions') continue;
    yield* nodes(value, `${path}/${key}`);
  }
}

describe.each([
  ['dataset', datasetJsonSchema()],
  ['manifest', manifestJsonSchema()],
])('the %s schema explains itself', (_name, schema) => {
  test('every property has a description, Swedish first, and an example', () => {
    const undocumented: string[] = [];
    let count = 0;
    for (const [path, node] of nodes(schema)) {
      const properties = node['properties'] as Record<string, JsonNode> | undefined;
      for (const [name, property] of Object.entries(properties ?? {})) {
        count++;
        const description = property['description'];
        if (typeof description !== 'string' || !description.includes('\n\n'))
          undocumented.push(`${path}/${name}`);
        else if (!Array.isArray(property['examples'])) undocumented.push(`${path}/${name} (example)`);
      }
    }
    console.log(`${_name} schema: ${count} property entries, ${count - undocumented.length} documented`);
    expect(count).toBeGreaterThan(20);
    expect(undocumented).toEqual([]);
  });

  test('every enum value has a meaning', () => {
    const unexplained: string[] = [];
    for (const [path, node] of nodes(schema)) {
      const codes = node['enum'];
      if (!Array.isArray(codes) || codes.length < 2) continue;
      const meanings = node['enumDescriptions'];
      codes.forEach((code, i) => {
        if (!Array.isArray(meanings) || !meanings[i]) unexplained.push(`${path}: ${String(code)}`);
      });
    }
    expect(unexplained).toEqual([]);
  });
});

test('every example is a value its property accepts', () => {
  const wrong: string[] = [];
  for (const [schema, doc] of docsBySchema(MODEL_DOCS, schemas)) {
    const shape = defOf(schema).shape;
    for (const [name, property] of Object.entries(doc.properties ?? {})) {
      const inner = shape?.[name];
      if (!inner || property.example === undefined) continue;
      if (!z.safeParse(inner, property.example).success)
        wrong.push(`${name}: ${JSON.stringify(property.example)}`);
    }
  }
  expect(wrong).toEqual([]);
});

test('a property’s description stays its own where a shared type is used in other places', () => {
  const schema = datasetJsonSchema() as { properties: Record<string, JsonNode> };
  const plans = schema.properties['plans'] as { items: { properties: Record<string, JsonNode> } };
  const agreements = schema.properties['agreements'] as { items: { properties: Record<string, JsonNode> } };
  expect(plans.items.properties['scope']?.['description']).not.toBe(
    agreements.items.properties['scope']?.['description'],
  );
});

/** What a property holds, in words a reader of the reference knows: a type name, text, a number, a list of … */
function typeLabel(schema: Schema, names: Map<Schema, string>): string {
  const named = names.get(schema);
  if (named) return `[${named}](#${named.toLowerCase().replace(/[^a-z0-9]+/g, '-')})`;
  const def = defOf(schema);
  if (def.innerType) return typeLabel(def.innerType, names);
  switch (def.type) {
    case 'array':
      return def.element ? `lista av ${typeLabel(def.element, names)}` : 'lista';
    case 'string':
      return 'text';
    case 'number':
    case 'int':
      return 'tal';
    case 'boolean':
      return 'sant/falskt';
    case 'literal':
      return `\`${JSON.stringify((schema as unknown as { _zod: { def: { values: unknown[] } } })._zod.def.values[0])}\``;
    case 'enum':
      return 'val (se nedan)';
    case 'record':
      return 'nyckel → värde';
    case 'object':
      return 'objekt (se nedan)';
    default:
      return def.type;
  }
}

const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ');

/** The format reference: every documented type with its properties, and every enum with the meaning of its values. */
function formatReference(): string {
  const names = new Map<Schema, string>();
  for (const name of Object.keys(MODEL_DOCS)) {
    const schema = schemas[name];
    if (schema && typeof schema === 'object' && '_zod' in schema) names.set(schema as Schema, name);
  }
  const lines = [
    '# The dhol format / dhol-formatet',
    '',
    '<!-- Generated from the doc comments of src/model/*.ts by test/model/model-docs.test.ts',
    '     (`pnpm --filter @dhol/core docs`). Do not edit: change the comments and generate it again. -->',
    '',
    'Varje fält i en dhol-fil, med vad det betyder. A dataset file names its JSON Schema in `$schema`:',
    '',
    '```json',
    `{ "$schema": "${DATASET_SCHEMA_URL}", "formatVersion": "1.0" }`,
    '```',
    '',
    'The ids of the national framework’s goals (delmål, overarching goals, priorities) are listed in',
    '[`@dhol/data`’s FRAMEWORK-IDS.md](../data/FRAMEWORK-IDS.md).',
  ];
  const section = (name: string, doc: ModelDoc, schema: Schema) => {
    // A union's members share one anchor, the first's, so that links to the union land on them.
    const anchor = name.endsWith(' (1)') ? `<a id="${name.slice(0, -4).toLowerCase()}"></a>` : '';
    lines.push('', `## ${anchor}${name}`, '');
    if (doc.sv) lines.push(doc.sv, '');
    if (doc.en) lines.push(`*${doc.en}*`, '');
    const def = defOf(schema);
    if (def.type === 'enum') {
      lines.push('| Värde / value | Betydelse | Meaning |', '|---|---|---|');
      for (const [code, meaning] of Object.entries(doc.values ?? {}))
        lines.push(`| \`${code}\` | ${cell(meaning.sv)} | ${cell(meaning.en)} |`);
      return;
    }
    const shape = def.shape;
    if (!shape) return;
    lines.push('| Fält / field | Typ | Krävs | Beskrivning | Description |', '|---|---|---|---|---|');
    for (const [property, inner] of Object.entries(shape)) {
      const propertyDoc = doc.properties?.[property];
      const required = defOf(inner).type === 'optional' ? '' : 'ja';
      lines.push(
        `| \`${property}\` | ${typeLabel(inner, names)} | ${required} | ${cell(propertyDoc?.sv)} | ${cell(propertyDoc?.en)} |`,
      );
    }
    for (const [property, propertyDoc] of Object.entries(doc.properties ?? {})) {
      const inner = shape[property];
      if (!inner || names.has(unwrap(inner))) continue;
      const innerSchema = unwrap(inner);
      if (defOf(innerSchema).shape || defOf(innerSchema).type === 'enum')
        section(
          `${name}.${property}`,
          { ...propertyDoc, en: propertyDoc.en, sv: propertyDoc.sv },
          innerSchema,
        );
    }
  };
  const found = docsBySchema(MODEL_DOCS, schemas);
  // The document's own order: what a file holds first, then its parts as a reader meets them, the simple types last.
  const first = [
    'Dataset',
    'Plan',
    'Activity',
    'Agreement',
    'Indicator',
    'Observation',
    'Organisation',
    'Framework',
  ];
  const ordered = [...names].sort(([, a], [, b]) => {
    const rank = (name: string) => (first.includes(name) ? first.indexOf(name) : first.length);
    return rank(a) - rank(b);
  });
  const simple: string[] = [];
  for (const [schema, name] of ordered) {
    const doc = found.get(schema);
    if (!doc) continue;
    const def = defOf(schema);
    if (def.shape || def.type === 'enum') section(name, doc, schema);
    else if (def.type === 'union' && def.options)
      def.options.forEach((option, i) => {
        const member = doc.members?.[i];
        if (member) section(`${name} (${i + 1})`, { ...doc, properties: member.properties }, option);
      });
    else simple.push(name);
  }
  lines.push('', '## Enkla typer / simple types', '', '| Typ | Beskrivning | Description |', '|---|---|---|');
  for (const name of simple) {
    const doc = MODEL_DOCS[name];
    lines.push(`| <a id="${name.toLowerCase()}"></a>\`${name}\` | ${cell(doc?.sv)} | ${cell(doc?.en)} |`);
  }
  return `${lines.join('\n')}\n`;
}

test('the format reference FORMAT.md is fresh', async () => {
  await expect(formatReference()).toMatchFileSnapshot('../../FORMAT.md');
});
