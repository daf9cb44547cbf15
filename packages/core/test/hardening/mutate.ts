// Structured mutations: change one field somewhere in a real document the way a hand edit, a buggy exporter or an
// attacker might, and leave the rest as it was.
import fc from 'fast-check';

type Node = Record<string, unknown> | unknown[];

/** Every object and array inside a value (the value included), each once. */
export function containers(value: unknown): Node[] {
  const out: Node[] = [];
  const seen = new Set<unknown>();
  // Depth first without recursion: mutations nest values thousands of levels deep.
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    out.push(node as Node);
    stack.push(...Object.values(node).reverse());
  }
  return out;
}

/** A hostile payload for text: markup, script, template syntax, a URL scheme, odd Unicode. */
export const payloads = [
  '<img src=x onerror="__dholPwned()">',
  '"><script>__dholPwned()</script>',
  "javascript:__dholPwned('url')",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax in data is the payload
  '${__dholPwned()}',
  '{{constructor.constructor("__dholPwned()")()}}',
  '\u202e\u0000\ud800 ﷽ 𝕯𝖍𝖔𝖑',
  '=HYPERLINK("https://example.invalid")',
  '; DROP TABLE plans; --',
] as const;

/**
 * A value built only when a mutation applies it: very long text, or very deep nesting. Kept small until then, so that
 * fast-check can print a failing case (and does not overflow its stack doing so).
 */
export class Large {
  constructor(
    readonly kind: 'text' | 'array' | 'object',
    readonly size: number,
    readonly unit = 'x',
  ) {}
  build(): unknown {
    if (this.kind === 'text') return this.unit.repeat(this.size);
    let value: unknown = 'djup';
    for (let i = 0; i < this.size; i++) value = this.kind === 'array' ? [value] : { a: value };
    return value;
  }
  [fc.toStringMethod](): string {
    return `new Large(${JSON.stringify(this.kind)}, ${this.size}, ${JSON.stringify(this.unit)})`;
  }
}

/** Values that are not what a field expects. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    Number.MAX_VALUE,
    2 ** 53 + 1,
    '',
    ' ',
    '2026-02-30',
    '2030-2020',
    '99999',
    'https://example.org/',
    'http://example.org/',
    'data:text/html,<script>__dholPwned()</script>',
    JSON.parse('{"toString":null,"valueOf":null}'),
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    undefined,
    null,
    true,
    [],
    {},
    ...payloads,
  ),
  fc.constantFrom('x', 'å', '<b>', '𝕯').map((unit) => new Large('text', 200_000, unit)),
  fc.constantFrom('array' as const, 'object' as const).map((kind) => new Large(kind, 2_000)),
);

/** The same value as another type: text as a number, an array as an object, and so on. */
export function swapType(value: unknown): unknown {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (Array.isArray(value)) return Object.assign({}, value);
  if (value && typeof value === 'object') return Object.values(value);
  return value === null ? {} : null;
}

export interface Mutation {
  at: number;
  key: number | string;
  action: 'delete' | 'replace' | 'duplicate' | 'swap-type';
  value: unknown;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  key: fc.oneof(
    { weight: 6, arbitrary: fc.nat() },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id') },
  ),
  action: fc.constantFrom('delete', 'replace', 'duplicate', 'swap-type'),
  value: hostileValue,
});

/** Mutations to apply one after another; most cases change one field, some up to four. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

function set(node: Node, key: string, value: unknown): void {
  // defineProperty, so that `__proto__` becomes an own field as JSON.parse makes it, not a new prototype.
  Object.defineProperty(node, key, { value, enumerable: true, configurable: true, writable: true });
}

/** Applies mutations to a document in place and returns it. */
export function mutate<T>(document: T, list: readonly Mutation[]): T {
  for (const m of list) {
    const nodes = containers(document);
    const node = nodes[m.at % nodes.length]!;
    const keys = Object.keys(node);
    // In an empty array a number means the first place: a field far past the end would make the array enormous.
    const fallback = Array.isArray(node) ? '0' : String(m.key);
    let key = typeof m.key === 'number' ? (keys.length > 0 ? keys[m.key % keys.length]! : fallback) : m.key;
    // JSON cannot give an array a named field; one named `constructor` makes every array method throw.
    if (Array.isArray(node) && !/^\d+$/.test(key)) key = fallback;
    // Only the node's own field: an inherited `__proto__` is Object.prototype, which must never enter the document.
    const current = Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
    switch (m.action) {
      case 'delete':
        if (Array.isArray(node) && /^\d+$/.test(key)) node.splice(Number(key), 1);
        else delete (node as Record<string, unknown>)[key];
        break;
      case 'replace':
        set(node, key, m.value instanceof Large ? m.value.build() : m.value);
        break;
      case 'duplicate':
        if (Array.isArray(node) && /^\d+$/.test(key)) node.splice(Number(key), 0, current);
        else set(node, `${key}Copy`, current);
        break;
      case 'swap-type':
        set(node, key, swapType(current));
        break;
    }
  }
  return document;
}
