/**
 * The model's documentation in the JSON Schemas: each property's description (Swedish first, then English) and an
 * example, and each enum value's meaning (`enumDescriptions`, which VS Code shows beside each choice). The texts
 * come from the model's doc comments, read into `model-docs.ts` by a test; this module places them. Only the
 * schema functions import it, so no browser bundle carries the texts.
 */
import type * as z from 'zod/mini';

/** What the doc comments say about one schema or property, and what it holds inline. */
export interface ModelDoc {
  en?: string;
  sv?: string;
  /** An example value: from an `@example` tag, or else the shortest value found in the example datasets. */
  example?: unknown;
  /** The enum's codes, as the model lists them (inline enums). */
  codes?: string[];
  /** What each enum code means. */
  values?: Record<string, { sv: string; en: string }>;
  /** An object's properties. */
  properties?: Record<string, ModelDoc>;
  /** The members of a discriminated union, in order. */
  members?: ModelDoc[];
  /** The object an extended object starts from (`z.extend(Base, …)`), whose properties it documents too. */
  base?: string;
}

type Schema = z.ZodMiniType;
interface Def {
  type: string;
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  options?: Schema[];
}
/** The zod definition of a schema: its kind and its inner schemas. */
export const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A schema without its optional, nullable and array wrappers: the schema a property's doc speaks of. */
export function unwrap(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    const inner = def.type === 'array' ? def.element : def.innerType;
    if (!inner || !['optional', 'nullable', 'array', 'default', 'readonly'].includes(def.type))
      return current;
    current = inner;
  }
}

/**
 * Every schema the docs speak of, by identity: the named exports, and the objects, enums and unions written
 * inline in a property.
 */
export function docsBySchema(
  docs: Record<string, ModelDoc>,
  schemas: Record<string, unknown>,
): Map<Schema, ModelDoc> {
  const found = new Map<Schema, ModelDoc>();
  const withBase = (doc: ModelDoc): ModelDoc =>
    doc.base ? { ...doc, properties: { ...docs[doc.base]?.properties, ...doc.properties } } : doc;
  const visit = (schema: Schema, doc: ModelDoc) => {
    const whole = withBase(doc);
    found.set(schema, whole);
    const def = defOf(schema);
    for (const [name, property] of Object.entries(whole.properties ?? {})) {
      const inner = def.shape?.[name];
      if (inner && (property.properties || property.members || property.codes))
        visit(unwrap(inner), property);
    }
    whole.members?.forEach((member, i) => {
      const option = def.options?.[i];
      if (option) visit(option, member);
    });
  };
  for (const [name, doc] of Object.entries(docs)) {
    const schema = schemas[name];
    if (schema && typeof schema === 'object' && '_zod' in schema) visit(schema as Schema, doc);
  }
  return found;
}

/** A doc as one description: the Swedish text, then the English. */
export function describe(doc: ModelDoc): string | undefined {
  const parts = [doc.sv, doc.en].filter((text): text is string => Boolean(text));
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

/** The meanings of an enum's codes, in the schema's order, as `enumDescriptions` wants them. */
function meanings(doc: ModelDoc | undefined, codes: unknown): string[] | undefined {
  if (!doc?.values || !Array.isArray(codes)) return undefined;
  return codes.map((code) => {
    const meaning = doc.values?.[String(code)];
    return meaning ? `${meaning.sv} | ${meaning.en}` : '';
  });
}

type JsonNode = Record<string, unknown>;

/**
 * The `override` of `z.toJSONSchema` that writes the docs into the schema. Zod copies shared nodes after this runs,
 * so each property is given a copy with its own description rather than a change to a node other places share.
 */
export function documentingOverride(found: Map<Schema, ModelDoc>) {
  const withMeanings = (node: JsonNode, schema: Schema): JsonNode => {
    const doc = found.get(unwrap(schema));
    if (Array.isArray(node['enum'])) {
      const described = meanings(doc, node['enum']);
      return described ? { ...node, enumDescriptions: described } : node;
    }
    const items = node['items'];
    if (items && typeof items === 'object' && Array.isArray((items as JsonNode)['enum'])) {
      const described = meanings(doc, (items as JsonNode)['enum']);
      return described ? { ...node, items: { ...(items as JsonNode), enumDescriptions: described } } : node;
    }
    return node;
  };
  return (ctx: { zodSchema: unknown; jsonSchema: JsonNode }) => {
    const schema = ctx.zodSchema as Schema;
    const doc = found.get(schema);
    if (!doc) return;
    const node = ctx.jsonSchema;
    const text = describe(doc);
    if (text && node['description'] === undefined) node['description'] = text;
    if (Array.isArray(node['enum'])) {
      const described = meanings(doc, node['enum']);
      if (described) node['enumDescriptions'] = described;
    }
    const properties = node['properties'] as Record<string, JsonNode> | undefined;
    const shape = defOf(schema).shape;
    if (!properties || !shape) return;
    for (const [name, property] of Object.entries(doc.properties ?? {})) {
      const current = properties[name];
      const inner = shape[name];
      if (!current || !inner) continue;
      const description = describe(property);
      properties[name] = {
        ...withMeanings(current, inner),
        ...(description ? { description } : {}),
        ...(property.example !== undefined ? { examples: [property.example] } : {}),
      };
    }
  };
}
