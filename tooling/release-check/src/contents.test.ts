import { expect, test } from 'vitest';
import { checkContents } from './contents.js';

const manifest = { exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } } };
const good = ['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts'];

test('a package with its required files, dist and export targets has no problems', () => {
  expect(checkContents(good, manifest)).toEqual([]);
});

test('a missing LICENSE is reported', () => {
  expect(
    checkContents(
      good.filter((path) => path !== 'LICENSE'),
      manifest,
    ),
  ).toEqual([{ path: 'LICENSE', reason: 'missing' }]);
});

test('tests, fixtures, sources and source maps that slipped into files are each reported', () => {
  const problems = checkContents(
    [
      ...good,
      'dist/plan.test.js',
      'test/a.ts',
      'dist/fixtures/plan.json',
      'src/index.ts',
      'dist/index.js.map',
    ],
    manifest,
  );
  expect(problems.map((problem) => problem.path)).toEqual([
    'dist/plan.test.js',
    'test/a.ts',
    'dist/fixtures/plan.json',
    'src/index.ts',
    'dist/index.js.map',
  ]);
});

test('a source map that is meant to ship passes when the package allows it', () => {
  expect(checkContents([...good, 'dist/index.js.map'], manifest, [/\.js\.map$/])).toEqual([]);
});

test('an export whose file was not packed is reported with the field that names it', () => {
  expect(
    checkContents(
      good.filter((path) => path !== 'dist/index.d.ts'),
      manifest,
    ),
  ).toEqual([{ path: 'dist/index.d.ts', reason: 'named by exports["."]["types"] but not in the tarball' }]);
});

test('a component folder named like a tool folder (dist/components/coverage) is not a leftover', () => {
  expect(checkContents([...good, 'dist/components/coverage/coverage.js'], manifest)).toEqual([]);
});
