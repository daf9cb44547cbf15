/**
 * Reads the doc comments of the zod model (src/model/*.ts) into the table that documents the JSON Schemas and the
 * format reference. The doc comments are the one source: the `.d.ts` files keep them for TypeScript users, and
 * this reader carries them to the schema. A comment's text is English; its tags add the rest:
 * `@sv` the Swedish text, `@example` a JSON value, `@value <code> <svenska> | <English>` the meaning of an enum value.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { ModelDoc } from '../../src/validation/model-doc.js';

const modelFolder = new URL('../../src/model/', import.meta.url);

/** The documented model: each exported zod schema by name. */
export function readModelDocs(): Record<string, ModelDoc> {
  const docs: Record<string, ModelDoc> = {};
  for (const file of readdirSync(modelFolder)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const path = join(modelFolder.pathname, file);
    const source = ts.createSourceFile(file, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
        if (!isZodExpression(declaration.initializer)) continue;
        const doc = { ...commentOf(statement), ...structureOf(declaration.initializer) };
        docs[declaration.name.text] = prune(doc);
      }
    }
  }
  return docs;
}

/** Whether an expression builds a zod schema (`z.…`, possibly with `.check(…)` chained). */
function isZodExpression(node: ts.Expression): boolean {
  let current: ts.Node = node;
  while (ts.isCallExpression(current) || ts.isPropertyAccessExpression(current)) {
    current = ts.isCallExpression(current) ? current.expression : current.expression;
  }
  return ts.isIdentifier(current) && current.text === 'z';
}

/** What a schema expression holds inline: an object's properties, an enum's codes, a union's members. */
function structureOf(node: ts.Expression): ModelDoc {
  if (!ts.isCallExpression(node)) return {};
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee)) return {};
  const name = callee.name.text;
  if (name === 'check') return structureOf(callee.expression);
  const [first, second] = node.arguments;
  switch (name) {
    case 'optional':
    case 'nullable':
    case 'array':
      return first ? structureOf(first) : {};
    case 'strictObject':
    case 'object':
      return first && ts.isObjectLiteralExpression(first) ? { properties: propertiesOf(first) } : {};
    case 'extend':
      return {
        ...(first && ts.isIdentifier(first) ? { base: first.text } : {}),
        ...(second && ts.isObjectLiteralExpression(second) ? { properties: propertiesOf(second) } : {}),
      };
    case 'discriminatedUnion':
      return second && ts.isArrayLiteralExpression(second)
        ? { members: second.elements.map((member) => structureOf(member as ts.Expression)) }
        : {};
    case 'enum':
      return first && ts.isArrayLiteralExpression(first)
        ? { codes: first.elements.filter(ts.isStringLiteral).map((code) => code.text) }
        : {};
    default:
      return {};
  }
}

function propertiesOf(literal: ts.ObjectLiteralExpression): Record<string, ModelDoc> {
  const properties: Record<string, ModelDoc> = {};
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const key = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : '';
    if (!key) continue;
    properties[key] = prune({ ...commentOf(property), ...structureOf(property.initializer) });
  }
  return properties;
}

/** The doc comment of a node: English text, `@sv`, `@example` and `@value` tags. */
function commentOf(node: ts.Node): ModelDoc {
  const doc: ModelDoc = {};
  for (const jsDoc of ts.getJSDocCommentsAndTags(node)) {
    if (!ts.isJSDoc(jsDoc)) continue;
    const text = clean(ts.getTextOfJSDocComment(jsDoc.comment));
    if (text) doc.en = text;
    for (const tag of jsDoc.tags ?? []) {
      const value = clean(ts.getTextOfJSDocComment(tag.comment));
      const tagName = tag.tagName.text;
      if (tagName === 'sv' && value) doc.sv = value;
      else if (tagName === 'example' && value) doc.example = JSON.parse(value) as unknown;
      else if (tagName === 'value' && value) {
        const match = /^(\S+)\s+([^|]+?)\s*\|\s*(.+)$/s.exec(value);
        if (!match) throw new Error(`@value needs "<code> <svenska> | <English>": ${value}`);
        doc.values = { ...doc.values, [match[1]!]: { sv: match[2]!, en: match[3]! } };
      }
    }
  }
  return doc;
}

/** One line per paragraph, single spaces: the comment as a reader sees it, not as it was wrapped. */
function clean(text: string | undefined): string {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function prune(doc: ModelDoc): ModelDoc {
  return Object.fromEntries(Object.entries(doc).filter(([, value]) => value !== undefined)) as ModelDoc;
}
