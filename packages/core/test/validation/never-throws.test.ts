import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Issue } from '../../src/issues/issue.js';
import {
  parseDatasetJson,
  validateAgreement,
  validateDataset,
  validateFramework,
  validateIndicator,
  validateObservations,
  validatePlan,
  validationIssueCodes,
} from '../../src/validation/index.js';
import { areas, now, smallDataset } from './fixtures.js';

const known = new Set<string>(validationIssueCodes);

/** Every issue is complete: a known code, a path, a severity and a message in both languages. */
function expectWellFormed(issues: readonly Issue[]): void {
  for (const issue of issues) {
    expect(known.has(issue.code), issue.code).toBe(true);
    expect(Array.isArray(issue.path)).toBe(true);
    for (const part of issue.path) expect(['string', 'number']).toContain(typeof part);
    expect(['error', 'warning']).toContain(issue.severity);
    expect(issue.message.sv.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
  }
}

type Node = Record<string, unknown> | unknown[];

/** Every object or array inside a value, with its keys, so mutations can reach any depth. */
function containers(value: unknown, out: Node[] = []): Node[] {
  if (value !== null && typeof value === 'object') {
    out.push(value as Node);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

const hostileValue = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: false, withSparseArray: true }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    '',
    'javascript:alert(1)',
    'http://example.org',
    '2026-02-30',
    '2030-2020',
    '0000',
    null,
    undefined,
    [],
    {},
  ),
);

const mutation = fc.record({
  at: fc.nat(),
  key: fc.oneof(
    fc.nat({ max: 30 }),
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'parent'),
  ),
  action: fc.constantFrom('replace', 'delete', 'add'),
  value: hostileValue,
});

describe('validation never throws', () => {
  test('on arbitrary JSON values, and every issue is complete', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateDataset(value, { areas, now });
        expect(result.ok).toBe(false);
        expectWellFormed(result.issues);
      }),
      { numRuns: 300 },
    );
  });

  test('on arbitrary JSON text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expectWellFormed(parseDatasetJson(text).issues);
      }),
      { numRuns: 300 },
    );
  });

  test('on mutations of a valid dataset, and every issue is complete', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const data = smallDataset();
        for (const m of mutations) {
          const nodes = containers(data);
          const node = nodes[m.at % nodes.length]!;
          const keys = Object.keys(node);
          const key =
            typeof m.key === 'number' && keys.length > 0 ? keys[m.key % keys.length]! : String(m.key);
          if (m.action === 'delete') delete (node as Record<string, unknown>)[key];
          else if (m.action === 'add')
            Object.defineProperty(node, key, {
              value: m.value,
              enumerable: true,
              configurable: true,
              writable: true,
            });
          else (node as Record<string, unknown>)[key] = m.value;
        }
        const options = { areas, now };
        expectWellFormed(validateDataset(data, options).issues);
        expectWellFormed(validatePlan(data.plans?.[0], options).issues);
        expectWellFormed(validateAgreement(data.agreements?.[0], options).issues);
        expectWellFormed(validateFramework(data.frameworks?.[0], options).issues);
        expectWellFormed(validateIndicator(data.indicators?.[0], options).issues);
        expectWellFormed(validateObservations(data.observations, options).issues);
      }),
      { numRuns: 400 },
    );
  });

  test('on a cyclic object', () => {
    const data = smallDataset() as unknown as Record<string, unknown>;
    data.extensions = { self: data };
    (data.plans as unknown[]).push(data);
    const result = validateDataset(data, { areas, now });
    expect(result.ok).toBe(false);
    expectWellFormed(result.issues);
  });

  test('on a cyclic goal tree in a cyclic object graph', () => {
    const data = smallDataset();
    const goals = data.frameworks![0]!.goals;
    goals[0]!.parent = 'd1';
    goals[1]!.parent = 'd2';
    goals[2]!.parent = 'm1';
    expectWellFormed(validateDataset(data, { areas, now }).issues);
  });

  test('on very deep nesting', () => {
    const depth = 100_000;
    const text = `{"formatVersion":"1.0","extensions":{"deep":${'['.repeat(depth)}${']'.repeat(depth)}},"plans":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const result = parseDatasetJson(text);
    expect(result.ok).toBe(false);
    expectWellFormed(result.issues);
  });

  test('on a 10 MB string in every text field of a plan', () => {
    const data = smallDataset() as unknown as { plans: Record<string, unknown>[] };
    const huge = 'å'.repeat(10 * 1024 * 1024);
    Object.assign(data.plans[0]!, { id: huge, title: { sv: huge }, framework: huge });
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result.issues).length).toBeLessThan(5000);
  });

  test('on an object whose getters throw', () => {
    const data = smallDataset() as unknown as Record<string, unknown>;
    Object.defineProperty(data, 'plans', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    expectWellFormed(result.issues);
  });

  test('on a proxy that throws on every operation', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy(
      {},
      { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap },
    );
    for (const validate of [validateDataset, validatePlan, validateObservations]) {
      const result = validate(proxy);
      expect(result.ok).toBe(false);
      expectWellFormed(result.issues);
    }
  });

  test('on options that are not what they should be', () => {
    const bad = { areas: 'all', frameworks: [null, 1, { id: 'x' }], now: {}, policy: 'yes' } as never;
    const result = validateDataset(smallDataset(), bad);
    expectWellFormed(result.issues);
  });
});
