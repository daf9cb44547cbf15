import { copyFileSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset } from '@dhol/core';
import { describe, expect, test } from 'vitest';
import { dhol, fixtures, temporaryFolder } from './run.js';

/** Runs in a temporary copy of the named fixtures, so tests can write next to them. */
async function inCopyOf<T>(files: string[], body: (folder: string) => Promise<T>): Promise<T> {
  const folder = temporaryFolder();
  try {
    for (const file of files) copyFileSync(join(fixtures, file), join(folder.path, file));
    return await body(folder.path);
  } finally {
    folder.remove();
  }
}

describe('dhol import jsonstat', () => {
  test('turns a PxWeb-style cube into indicators and observations', async () => {
    const run = await dhol([
      'import',
      'jsonstat',
      'cube.jsonstat.json',
      '--indicator',
      'nedsatt-valbefinnande',
    ]);
    expect(run.code).toBe(0);
    const dataset = JSON.parse(run.stdout);
    expect(dataset.formatVersion).toBe('1.0');
    expect(dataset.indicators.map((indicator: { id: string }) => indicator.id)).toEqual([
      'nedsatt-valbefinnande',
    ]);
    expect(dataset.observations).toHaveLength(6);
    expect(dataset.observations).toContainEqual(
      expect.objectContaining({ area: '1907', sex: 'K', period: '2024', value: null, status: 'suppressed' }),
    );
  });

  test('the imported dataset is valid', async () => {
    const run = await dhol([
      'import',
      'jsonstat',
      'cube.jsonstat.json',
      '--indicator',
      'nedsatt-valbefinnande',
    ]);
    expect(validateDataset(JSON.parse(run.stdout)).ok).toBe(true);
  });

  test('--area-dim naming a dimension the cube lacks is an error, and exits with 1', async () => {
    const run = await dhol(['import', 'jsonstat', 'cube.jsonstat.json', '--area-dim', 'Kommun']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Kommun');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^dhol: cube\.jsonstat\.json: kunde inte läsas in \(\d+ fel\)$/,
    );
  });

  test('a file that is not JSON names the line and column, and exits with 1', async () => {
    const run = await dhol(['import', 'jsonstat', 'not-json.txt']);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'dhol: not-json.txt:4:18: ingen giltig JSON: ett kommatecken före ]; ta bort det sista kommatecknet\n',
    });
  });

  test('--indicator and --indicator-dim together are a usage error', async () => {
    const run = await dhol([
      'import',
      'jsonstat',
      'cube.jsonstat.json',
      '--indicator',
      'a',
      '--indicator-dim',
      'b',
    ]);
    expect(run.code).toBe(2);
  });

  test('--select needs the form dimension=category', async () => {
    const run = await dhol(['import', 'jsonstat', 'cube.jsonstat.json', '--select', 'Ålder', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--select takes the form dimension=category');
  });
});

describe('dhol import kolada', () => {
  test('reads a page of Kolada data, keeping a hidden value as suppressed', async () => {
    const run = await dhol(['import', 'kolada', 'kolada-page.json']);
    expect(run.code).toBe(0);
    const dataset = JSON.parse(run.stdout);
    expect(dataset.observations).toHaveLength(6);
    expect(dataset.observations).toContainEqual(
      expect.objectContaining({ area: '1907', sex: 'K', value: null, status: 'suppressed' }),
    );
    expect(dataset.observations.map((o: { area: string }) => o.area)).toContain('19');
  });

  test('a JSON file that is not a Kolada page is an error with exit 1', async () => {
    const run = await dhol(['import', 'kolada', 'cube.jsonstat.json', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('could not be imported');
  });
});

describe('dhol import csv', () => {
  test('reads observations from a Swedish spreadsheet export', async () => {
    const run = await dhol(['import', 'csv', 'observations.csv']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      formatVersion: '1.0',
      indicators: [
        {
          id: 'andel-test',
          title: { sv: 'Andel i testet' },
          unit: 'percent',
          polarity: 'higher-is-better',
          aboutPeople: true,
          breakdowns: ['sex'],
          source: { name: { sv: 'Testkälla' } },
        },
      ],
      observations: [
        { indicator: 'andel-test', area: '1907', period: '2023', sex: 'T', value: 48.5, status: 'ok' },
        {
          indicator: 'andel-test',
          area: '1907',
          period: '2023',
          sex: 'K',
          value: null,
          status: 'suppressed',
        },
        { indicator: 'andel-test', area: '1907', period: '2023', sex: 'M', value: 45, status: 'ok' },
      ],
    });
  });

  test('a cell that is not a number is named by row and column, and exits with 1', async () => {
    const run = await dhol(['import', 'csv', 'observations-bad.csv']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'observations-bad.csv: fel: rad 3, kolumn ”value”: ”mycket” är inte ett tal. [csv.cell.number]',
        'dhol: observations-bad.csv: kunde inte läsas in (1 fel)',
        '',
      ].join('\n'),
    );
  });

  test('the same error is reported in English with --lang en', async () => {
    const run = await dhol(['import', 'csv', 'observations-bad.csv', '--lang', 'en']);
    expect(run.stderr).toContain(
      'observations-bad.csv: error: row 3, column "value": "mycket" is not a number.',
    );
    expect(run.stderr).toContain('dhol: observations-bad.csv: could not be imported (1 error)');
  });

  test('activities go into the plan of an existing dataset', async () => {
    const run = await dhol([
      'import',
      'csv',
      'activities.csv',
      '--kind',
      'activities',
      '--plan',
      'testplan',
      '--dataset',
      'valid-small.json',
    ]);
    expect(run.code).toBe(0);
    const dataset = JSON.parse(run.stdout);
    expect(dataset.plans[0].activities.map((activity: { id: string }) => activity.id)).toEqual([
      'stodsamtal',
      'forelasning',
    ]);
    expect(dataset.indicators).toHaveLength(1);
    expect(validateDataset(dataset).ok).toBe(true);
  });

  test('activities without a dataset need a title and scope for the new plan', async () => {
    const run = await dhol(['import', 'csv', 'activities.csv', '--kind', 'activities', '--plan', 'ny']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'dhol: ange --dataset <fil> med planen "ny", eller --title och --scope för en ny plan\n',
    );
  });

  test('activities with a title and scope make a new local plan under the national framework', async () => {
    const run = await dhol([
      'import',
      'csv',
      'activities.csv',
      '--kind=activities',
      '--plan=surahammar-2026',
      '--title=Handlingsplan för Surahammar',
      '--scope=1907',
    ]);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout).plans[0];
    expect(plan).toMatchObject({
      id: 'surahammar-2026',
      kind: 'local',
      title: { sv: 'Handlingsplan för Surahammar' },
      scope: ['1907'],
      framework: 'det-handlar-om-livet-2025',
    });
  });

  test('activities without --plan are a usage error', async () => {
    const run = await dhol(['import', 'csv', 'activities.csv', '--kind', 'activities']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--plan <id>');
  });

  test('an unknown --kind names the choices', async () => {
    const run = await dhol(['import', 'csv', 'observations.csv', '--kind', 'plans']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'dhol: --kind tar ett av värdena observations, activities, inte "plans"\n',
    });
  });

  test('a flag of another format is refused', async () => {
    const run = await dhol(['import', 'csv', 'observations.csv', '--area-dim', 'Region']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('dhol: --area-dim gäller inte dhol import csv\n');
  });

  test('--separator accepts tab', async () => {
    await inCopyOf(['valid-small.json'], async (folder) => {
      writeFileSync(
        join(folder, 'tabs.csv'),
        'indicator\tarea\tperiod\tsex\tvalue\nandel-test\t1907\t2023\tT\t12,5\n',
      );
      const run = await dhol(
        ['import', 'csv', 'tabs.csv', '--separator', 'tab', '--dataset', 'valid-small.json'],
        {
          cwd: folder,
        },
      );
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).observations[0].value).toBe(12.5);
    });
  });
});

describe('dhol import usage', () => {
  test('an unknown format is a usage error', async () => {
    const run = await dhol(['import', 'xlsx', 'data.xlsx']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'dhol: okänt format "xlsx"; välj jsonstat, kolada eller csv\n',
    });
  });

  test('a missing file is one line and exits with 2', async () => {
    const run = await dhol(['import', 'csv', 'nope.csv']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'dhol: nope.csv: filen finns inte\n' });
  });

  test('--help describes the mapping flags in Swedish', async () => {
    const run = await dhol(['import', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--area-dim <namn>');
  });
});

describe('dhol import --out', () => {
  test('writes the dataset to a new file', async () => {
    await inCopyOf(['observations.csv'], async (folder) => {
      const run = await dhol(['import', 'csv', 'observations.csv', '--out', 'observations.json'], {
        cwd: folder,
      });
      expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(JSON.parse(readFileSync(join(folder, 'observations.json'), 'utf8')).observations).toHaveLength(
        3,
      );
    });
  });

  test('never overwrites the input file, even with --force', async () => {
    await inCopyOf(['observations.csv'], async (folder) => {
      const before = readFileSync(join(folder, 'observations.csv'), 'utf8');
      const run = await dhol(
        ['import', 'csv', 'observations.csv', '--out', './observations.csv', '--force'],
        {
          cwd: folder,
        },
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        'dhol: ./observations.csv: är en av indatafilerna och skrivs aldrig över; välj ett annat namn för --out\n',
      );
      expect(readFileSync(join(folder, 'observations.csv'), 'utf8')).toBe(before);
    });
  });

  test('recognises the input file behind a symbolic link', async () => {
    await inCopyOf(['observations.csv'], async (folder) => {
      symlinkSync(join(folder, 'observations.csv'), join(folder, 'link.csv'));
      const run = await dhol(['import', 'csv', 'observations.csv', '--out', 'link.csv', '--force'], {
        cwd: folder,
      });
      expect(run.code).toBe(2);
      expect(readFileSync(join(folder, 'observations.csv'), 'utf8')).toContain('indicator;area');
    });
  });

  test('never overwrites the dataset the activities came from', async () => {
    await inCopyOf(['activities.csv', 'valid-small.json'], async (folder) => {
      const args = ['import', 'csv', 'activities.csv', '--kind', 'activities', '--plan', 'testplan'];
      const run = await dhol(
        [...args, '--dataset', 'valid-small.json', '--out', 'valid-small.json', '--force'],
        {
          cwd: folder,
        },
      );
      expect(run.code).toBe(2);
    });
  });

  test('refuses to overwrite another existing file without --force', async () => {
    await inCopyOf(['observations.csv'], async (folder) => {
      writeFileSync(join(folder, 'old.json'), '{}');
      const refused = await dhol(['import', 'csv', 'observations.csv', '--out', 'old.json'], { cwd: folder });
      expect(refused.code).toBe(2);
      expect(readFileSync(join(folder, 'old.json'), 'utf8')).toBe('{}');
      const forced = await dhol(['import', 'csv', 'observations.csv', '--out', 'old.json', '--force'], {
        cwd: folder,
      });
      expect(forced.code).toBe(0);
      expect(readFileSync(join(folder, 'old.json'), 'utf8')).toContain('"observations"');
    });
  });
});
