import { Activity } from '../model/activity.js';
import { Agreement } from '../model/agreement.js';
import { Dataset } from '../model/dataset.js';
import { Framework } from '../model/framework.js';
import { Indicator, Observation } from '../model/indicator.js';
import { Manifest } from '../model/manifest.js';
import { Plan } from '../model/plan.js';
import type {
  CompactShape,
  CompactShapes,
  ShapeNode,
  ShapeRef,
  ShapeRoot,
  ShapeTable,
} from './shape-table.js';

/**
 * Builds the shape table (`shapes.ts`) from the zod schemas of the model. It runs when the table is written
 * (`pnpm --filter @dhol/core shapes`) and in the test that keeps the table equal to the schemas, never in a
 * bundle: validation reads the table, so zod stays out of every page that only validates.
 *
 * A schema feature this builder does not know throws, so a new kind of field cannot slip past validation.
 */
export function buildShapeTable(): ShapeTable {
  const roots: Record<ShapeRoot, object> = {
    dataset: Dataset,
    plan: Plan,
    activity: Activity,
    agreement: Agreement,
    framework: Framework,
    indicator: Indicator,
    observation: Observation,
    // Last, so that adding it left the indexes of the dataset's nodes as they were.
    manifest: Manifest,
  };
  const nodes: ShapeNode[] = [];
  const seen = new Map<object, number>();
  const add = (schema: Schema): number => {
    const known = seen.get(schema);
    if (known !== undefined) return known;
    const node = describe(schema, add);
    // Structurally equal nodes (two `z.string()` written apart) are stored once.
    const text = JSON.stringify(node);
    const same = nodes.findIndex((other) => JSON.stringify(other) === text);
    const index = same === -1 ? nodes.push(node) - 1 : same;
    seen.set(schema, index);
    return index;
  };
  const rootIndexes = Object.fromEntries(
    Object.entries(roots).map(([name, schema]) => [name, add(schema as Schema)]),
  ) as Record<ShapeRoot, number>;
  const observations = nodes.push({ t: 'array', of: rootIndexes.observation }) - 1;
  return { nodes, roots: { ...rootIndexes, observations } };
}

/** The parts of zod's internal definitions this builder reads. */
interface Def {
  type: string;
  checks?: readonly { _zod: { def: CheckDef } }[];
  format?: string;
  pattern?: RegExp;
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  options?: readonly Schema[];
  discriminator?: string;
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
  keyType?: Schema;
  valueType?: Schema;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  error?: unknown;
}
interface Schema {
  _zod: { def: Def; optin?: string };
}

function unsupported(what: string): never {
  throw new Error(
    `The shape table cannot describe ${what}; teach shape-builder.ts and shape-check.ts about it.`,
  );
}

/** The custom message given to `z.regex(pattern, name)`: the name of the form, such as `id`. */
function regexName(check: CheckDef): string | undefined {
  const error = check.error;
  if (typeof error === 'function') {
    const message = (error as (issue: unknown) => unknown)({});
    return typeof message === 'string' ? message : undefined;
  }
  return typeof error === 'string' ? error : undefined;
}

function plainPattern(pattern: unknown, what: string): string {
  if (!(pattern instanceof RegExp) || pattern.flags !== '') unsupported(`the pattern of ${what}`);
  return pattern.source;
}

function describe(schema: Schema, add: (schema: Schema) => number): ShapeNode {
  const def = schema._zod.def;
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  const noChecks = () => {
    if (checks.length > 0) unsupported(`checks on ${def.type}`);
  };
  switch (def.type) {
    case 'string': {
      const node: ShapeNode & { t: 'string' } = { t: 'string' };
      const patterns: [string, string?][] = [];
      if (def.format !== undefined) {
        if (def.format !== 'date') unsupported(`the string format ${def.format}`);
        patterns.push([plainPattern(def.pattern, 'a date'), 'date']);
      }
      for (const check of checks) {
        if (check.check === 'min_length') node.min = check.minimum as number;
        else if (check.check === 'max_length') node.max = check.maximum as number;
        else if (check.check === 'string_format' && check.format === 'regex') {
          const name = regexName(check);
          patterns.push(
            name ? [plainPattern(check.pattern, name), name] : [plainPattern(check.pattern, 'a regex')],
          );
        } else if (!(check.check === 'string_format' && check.format === def.format)) {
          unsupported(`the string check ${check.check}`);
        }
      }
      if (patterns.length > 0) node.re = patterns;
      return node;
    }
    case 'number': {
      const node: ShapeNode & { t: 'number' } = { t: 'number' };
      if (def.format !== undefined) {
        if (def.format !== 'safeint') unsupported(`the number format ${def.format}`);
        node.int = true;
      }
      for (const check of checks) {
        if (check.check === 'greater_than') {
          node[check.inclusive ? 'gte' : 'gt'] = check.value as number;
        } else if (check.check === 'less_than') {
          node[check.inclusive ? 'lte' : 'lt'] = check.value as number;
        } else if (!(check.check === 'number_format' && check.format === def.format)) {
          unsupported(`the number check ${check.check}`);
        }
      }
      return node;
    }
    case 'boolean':
      noChecks();
      return { t: 'boolean' };
    case 'unknown':
    case 'any':
      noChecks();
      return { t: 'unknown' };
    case 'enum': {
      noChecks();
      const values = Object.values(def.entries ?? {});
      if (!values.every((value) => typeof value === 'string')) unsupported('an enum of other than text');
      return { t: 'enum', values: values as string[] };
    }
    case 'literal': {
      noChecks();
      const values = def.values ?? [];
      if (!values.every((value) => typeof value === 'string')) unsupported('a literal other than text');
      return { t: 'literal', values: values as string[] };
    }
    case 'optional':
    case 'nullable':
      noChecks();
      return { t: def.type, of: add(def.innerType as Schema) };
    case 'array': {
      const node: ShapeNode & { t: 'array' } = { t: 'array', of: add(def.element as Schema) };
      for (const check of checks) {
        if (check.check === 'min_length') node.min = check.minimum as number;
        else if (check.check === 'max_length') node.max = check.maximum as number;
        else unsupported(`the array check ${check.check}`);
      }
      return node;
    }
    case 'object': {
      noChecks();
      const shape = def.shape ?? {};
      if (Object.getOwnPropertySymbols(shape).length > 0 || Object.hasOwn(shape, '__proto__')) {
        unsupported('an object with a symbol or __proto__ key');
      }
      const strict = def.catchall?._zod.def.type === 'never';
      if (def.catchall !== undefined && !strict) unsupported('an object with a catchall');
      for (const key of Object.keys(shape)) {
        const field = shape[key] as Schema;
        // A key may be left out exactly when its schema is `z.optional(…)`: zod reads that from `optin`.
        if ((field._zod.optin === 'optional') !== (field._zod.def.type === 'optional')) {
          unsupported(`the optional field ${key} that is not z.optional`);
        }
      }
      const keys = Object.fromEntries(Object.keys(shape).map((key) => [key, add(shape[key] as Schema)]));
      return strict ? { t: 'object', keys, strict: true } : { t: 'object', keys };
    }
    case 'union': {
      noChecks();
      if (def.discriminator === undefined) unsupported('a union without a discriminator');
      const options = (def.options ?? []).map((option) => {
        const tag = option._zod.def.shape?.[def.discriminator as string]?._zod.def;
        if (tag?.type !== 'literal') unsupported('a discriminator that is not a literal');
        return add(option);
      });
      return { t: 'union', by: def.discriminator, of: options };
    }
    case 'record': {
      noChecks();
      const key = def.keyType?._zod.def;
      if (key?.type !== 'string' || key.checks?.length || key.format !== undefined) {
        unsupported('a record whose keys are not plain text');
      }
      return { t: 'record', of: add(def.valueType as Schema) };
    }
    default:
      return unsupported(`the zod type ${def.type}`);
  }
}

/**
 * The table in the compact form `shapes.ts` holds (`CompactShapes`): the same nodes, each used once written in
 * place, optional fields marked on their names. Nodes keep their order, so a model change moves few lines.
 */
export function compactShapeTable(table: ShapeTable): CompactShapes {
  const { nodes, roots } = table;
  const node = (index: number) => nodes[index] as ShapeNode;
  /** The node a field names: an optional field's inner node, marked on its name. */
  const field = (key: string, index: number): [string, number] => {
    const shape = node(index);
    if (shape.t !== 'optional') return [key, index];
    if (node(shape.of).t === 'optional') unsupported(`the field ${key} that is optional twice`);
    return [`${key}?`, shape.of];
  };
  const children = (shape: ShapeNode): number[] => {
    switch (shape.t) {
      case 'object':
        return Object.entries(shape.keys).map(([key, index]) => field(key, index)[1]);
      case 'union':
        return shape.of;
      case 'nullable':
      case 'array':
      case 'record':
        return [shape.of];
      case 'optional':
        return unsupported('an optional node outside an object');
      default:
        return [];
    }
  };
  // How often each node is used, from the roots on; a root counts as used twice, so that it stays in the table.
  const uses = new Map<number, number>();
  const visit = (index: number, by: number) => {
    const seen = uses.has(index);
    uses.set(index, (uses.get(index) ?? 0) + by);
    if (!seen) for (const child of children(node(index))) visit(child, 1);
  };
  for (const index of Object.values(roots)) visit(index, 2);
  const shared = [...uses.keys()].filter((index) => (uses.get(index) ?? 0) > 1).sort((a, b) => a - b);
  const position = new Map(shared.map((index, at) => [index, at]));
  const ref = (index: number): ShapeRef => position.get(index) ?? encode(node(index));
  /** Drops trailing unset limits. */
  const trim = <T extends unknown[]>(items: T): T => {
    while (items.at(-1) === null) items.pop();
    return items;
  };
  const encode = (shape: ShapeNode): CompactShape => {
    switch (shape.t) {
      case 'string': {
        const patterns = (shape.re ?? []).flatMap(([source, name]) => [source, name ?? '']);
        const limits = ['s', shape.min ?? null, shape.max ?? null] as const;
        return patterns.length > 0 ? [...limits, ...patterns] : trim([...limits]);
      }
      case 'number':
        return trim([
          'n',
          shape.int ? 1 : null,
          shape.gt ?? null,
          shape.gte ?? null,
          shape.lt ?? null,
          shape.lte ?? null,
        ]);
      case 'boolean':
        return ['b'];
      case 'unknown':
        return ['u'];
      case 'enum':
      case 'literal':
        return ['e', ...shape.values];
      case 'nullable':
        return ['z', ref(shape.of)];
      case 'array':
        return trim(['a', ref(shape.of), shape.min ?? null, shape.max ?? null]);
      case 'object': {
        if (!shape.strict) unsupported('an object that is not strict');
        const fields = Object.entries(shape.keys).flatMap(([key, index]) => {
          const [name, inner] = field(key, index);
          return [name, ref(inner)];
        });
        return ['o', ...fields];
      }
      case 'union':
        return ['|', shape.by, shape.of.map(ref)];
      case 'record':
        return ['r', ref(shape.of)];
      case 'optional':
        return unsupported('an optional node outside an object');
    }
  };
  return {
    nodes: shared.map((index) => encode(node(index))),
    roots: Object.fromEntries(
      Object.entries(roots).map(([name, index]) => [name, position.get(index)]),
    ) as CompactShapes['roots'],
  };
}
