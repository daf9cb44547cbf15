import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dhol, fixtures, temporaryFolder } from './run.js';

const sormland = createRequire(import.meta.url).resolve(
  '@dhol/data/datasets/sormland-handlingsplan-2026.json',
);

describe('dhol export csv', () => {
  test('prints the observations for Swedish Excel: BOM, semicolons, decimal comma', async () => {
    const run = await dhol(['export', 'csv', 'valid-small.json']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\ufeffindicator;area;period;sex;value;status;')).toBe(true);
    expect(run.stdout).toContain('andel-test;1907;2023;K;51;ok');
  });

  test('--no-bom and --separator , write plain comma-separated text', async () => {
    const run = await dhol(['export', 'csv', 'valid-small.json', '--no-bom', '--separator', ',']);
    expect(run.stdout.startsWith('indicator,area,period,sex,value,status,')).toBe(true);
  });

  test('--kind activities prints the only plan’s activities', async () => {
    const run = await dhol(['export', 'csv', 'valid-small.json', '--kind', 'activities', '--no-bom']);
    expect(run.code).toBe(0);
    expect(run.stdout.split(/\r?\n/)[1]).toBe(
      'stodsamtal;Stödsamtal för unga;;ongoing;ongoing;delmal-1;surahammar:lead;;;;;;',
    );
  });

  test('the Sörmland plan’s activities are exported one row each', async () => {
    const plan = JSON.parse(readFileSync(sormland, 'utf8')).plans[0];
    const run = await dhol([
      'export',
      'csv',
      sormland,
      '--kind',
      'activities',
      '--plan',
      plan.id,
      '--no-bom',
    ]);
    expect(run.code).toBe(0);
    const [, ...lines] = run.stdout.split('\r\n');
    const rows = lines.filter((row) => /^[a-z0-9][a-z0-9._-]*;/.test(row));
    expect(rows.map((row) => row.split(';')[0])).toEqual(
      plan.activities.map((activity: { id: string }) => activity.id),
    );
  });

  test('an unknown plan id lists the plans there are', async () => {
    const run = await dhol(['export', 'csv', 'valid-small.json', '--kind', 'activities', '--plan', 'annan']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'dhol: valid-small.json: har ingen plan med id "annan" (planer: testplan)\n',
    });
  });

  test('an invalid dataset is not exported, and exits with 1', async () => {
    const run = await dhol(['export', 'csv', 'broken-reference.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('[reference.goal.unknown]');
    expect(run.stderr).toContain(
      'dhol: broken-reference.json: datasetet är ogiltigt (1 fel); kontrollera det med dhol validate',
    );
  });

  test('a dataset that is not JSON is one line with its position, exit 2', async () => {
    const run = await dhol(['export', 'csv', 'not-json.txt', '--lang', 'en']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'dhol: not-json.txt:4:18: not valid JSON: a comma before ]; remove the last comma\n',
    });
  });

  test('without the csv format it is a usage error', async () => {
    const run = await dhol(['export', 'valid-small.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('dhol: ange format och ett dataset: dhol export csv <dataset>\n');
  });

  test('--out refuses to overwrite the dataset it reads', async () => {
    const folder = temporaryFolder();
    try {
      copyFileSync(join(fixtures, 'valid-small.json'), join(folder.path, 'data.json'));
      const run = await dhol(['export', 'csv', 'data.json', '--out', 'data.json', '--force'], {
        cwd: folder.path,
      });
      expect(run.code).toBe(2);
      expect(JSON.parse(readFileSync(join(folder.path, 'data.json'), 'utf8')).formatVersion).toBe('1.0');
    } finally {
      folder.remove();
    }
  });
});

describe('a round trip through CSV', () => {
  test('activities exported and imported again give the same plan', async () => {
    const folder = temporaryFolder();
    try {
      copyFileSync(sormland, join(folder.path, 'sormland.json'));
      const original = JSON.parse(readFileSync(sormland, 'utf8'));
      const planId: string = original.plans[0].id;
      const cwd = folder.path;
      const exported = await dhol(
        ['export', 'csv', 'sormland.json', '--kind', 'activities', '--out', 'a.csv'],
        { cwd },
      );
      expect(exported.code).toBe(0);
      const imported = await dhol(
        ['import', 'csv', 'a.csv', '--kind', 'activities', '--plan', planId, '--dataset', 'sormland.json'],
        { cwd },
      );
      expect(imported.code).toBe(0);
      expect(JSON.parse(imported.stdout)).toEqual(original);
    } finally {
      folder.remove();
    }
  });

  test('observations exported and imported again are the same', async () => {
    const folder = temporaryFolder();
    try {
      const cwd = folder.path;
      copyFileSync(join(fixtures, 'valid-small.json'), join(cwd, 'data.json'));
      await dhol(['export', 'csv', 'data.json', '--out', 'o.csv'], { cwd });
      const imported = await dhol(['import', 'csv', 'o.csv'], { cwd });
      const original = JSON.parse(readFileSync(join(cwd, 'data.json'), 'utf8'));
      expect(JSON.parse(imported.stdout).observations).toEqual(original.observations);
    } finally {
      folder.remove();
    }
  });
});
