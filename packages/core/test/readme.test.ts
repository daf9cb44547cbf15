import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import * as core from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** Whether the README names an export in code: `name`, `name(…)` or `name,` inside backticks. */
const documented = (name: string) => new RegExp(`\`${name}[\`(]`).test(readme);

test('the README documents every value the package exports', () => {
  const missing = Object.keys(core).filter((name) => !documented(name));
  expect(missing).toEqual([]);
});

test('the internals stay out of the public index', () => {
  for (const name of ['validationIssue', 'rollUpMessages', 'adapterIssue', 'lineageOf'])
    expect(Object.keys(core)).not.toContain(name);
});
