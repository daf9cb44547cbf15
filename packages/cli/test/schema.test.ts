import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_SCHEMA_ID } from '@dhol/core';
import { describe, expect, test } from 'vitest';
import { dhol, temporaryFolder } from './run.js';

describe('dhol schema', () => {
  test('prints the dataset JSON Schema to stdout', async () => {
    const run = await dhol(['schema']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.$id).toBe(DATASET_SCHEMA_ID);
    expect(schema.$schema).toContain('2020-12');
    expect(schema.properties.formatVersion).toBeDefined();
  });

  test('--out writes the schema to a new file and prints nothing', async () => {
    const folder = temporaryFolder();
    try {
      const run = await dhol(['schema', '--out', 'dataset.schema.json'], { cwd: folder.path });
      expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(JSON.parse(readFileSync(join(folder.path, 'dataset.schema.json'), 'utf8')).$id).toBe(
        DATASET_SCHEMA_ID,
      );
    } finally {
      folder.remove();
    }
  });

  test('--out refuses to overwrite an existing file', async () => {
    const folder = temporaryFolder();
    try {
      writeFileSync(join(folder.path, 'keep.json'), 'mine');
      const run = await dhol(['schema', '--out', 'keep.json'], { cwd: folder.path });
      expect(run).toEqual({
        code: 2,
        stdout: '',
        stderr: 'dhol: keep.json: filen finns redan; använd --force för att skriva över den\n',
      });
      expect(readFileSync(join(folder.path, 'keep.json'), 'utf8')).toBe('mine');
    } finally {
      folder.remove();
    }
  });

  test('--out with --force overwrites an existing file', async () => {
    const folder = temporaryFolder();
    try {
      writeFileSync(join(folder.path, 'old.json'), 'old');
      const run = await dhol(['schema', '--out', 'old.json', '--force'], { cwd: folder.path });
      expect(run.code).toBe(0);
      expect(readFileSync(join(folder.path, 'old.json'), 'utf8')).toContain(DATASET_SCHEMA_ID);
    } finally {
      folder.remove();
    }
  });

  test('--out into a folder that does not exist is one line in English with --lang en', async () => {
    const folder = temporaryFolder();
    try {
      const run = await dhol(['schema', '--out', 'missing/schema.json', '--lang', 'en'], {
        cwd: folder.path,
      });
      expect(run).toEqual({
        code: 2,
        stdout: '',
        stderr: 'dhol: missing/schema.json: the directory does not exist\n',
      });
      expect(existsSync(join(folder.path, 'missing'))).toBe(false);
    } finally {
      folder.remove();
    }
  });

  test('a file name without --out is a usage error', async () => {
    const run = await dhol(['schema', 'schema.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('dhol: dhol schema tar inga filnamn (fick "schema.json"); använd --out <fil>\n');
  });
});
