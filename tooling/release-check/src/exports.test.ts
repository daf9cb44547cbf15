import { expect, test } from 'vitest';
import { matchesAny, targetsOf, typedSubpaths } from './exports.js';

const widgetsLike = {
  main: './dist/index.js',
  types: './dist/index.d.ts',
  exports: {
    '.': { types: './dist/index.d.ts', default: './dist/index.js' },
    './cdn/*.js': './dist/cdn/*.js',
    './components/*.js': { types: './dist/components/*.d.ts', default: './dist/components/*.js' },
    './package.json': './package.json',
  },
  bin: { dhol: './dist/bin.js' },
};

test('every file named by main, types, bin and each export condition is a target', () => {
  expect(targetsOf(widgetsLike).map((target) => `${target.field} → ${target.path}`)).toEqual([
    'main → dist/index.js',
    'types → dist/index.d.ts',
    'bin.dhol → dist/bin.js',
    'exports["."]["types"] → dist/index.d.ts',
    'exports["."]["default"] → dist/index.js',
    'exports["./cdn/*.js"] → dist/cdn/*.js',
    'exports["./components/*.js"]["types"] → dist/components/*.d.ts',
    'exports["./components/*.js"]["default"] → dist/components/*.js',
    'exports["./package.json"] → package.json',
  ]);
});

test('a wildcard target matches a file in a deeper folder, as Node resolves it', () => {
  expect(matchesAny('dist/components/*.js', ['dist/components/plan/dhol-plan.js'])).toBe(true);
  expect(matchesAny('dist/components/*.d.ts', ['dist/components/plan/dhol-plan.js'])).toBe(false);
});

test('only subpaths with a types condition count as typed', () => {
  expect(typedSubpaths(widgetsLike)).toEqual(['.', './components/*.js']);
});
