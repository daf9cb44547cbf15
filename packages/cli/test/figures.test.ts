import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { dhol, temporaryFolder } from './run.js';

const datasets = join(dirname(createRequire(import.meta.url).resolve('@dhol/data/package.json')), 'datasets');
const jsonstat = (name: string) =>
  fileURLToPath(new URL(`../../core/test/fixtures/jsonstat/${name}`, import.meta.url));

/** Every dataset the project ships that holds figures. */
const shipped = readdirSync(datasets)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({
    name,
    path: join(datasets, name),
    json: JSON.parse(readFileSync(join(datasets, name), 'utf8')),
  }))
  .filter(({ json }) => (json.observations?.length ?? 0) > 0);

/** Runs `body` in a fresh folder that is removed afterwards. */
async function inFolder<T>(body: (folder: string) => Promise<T>): Promise<T> {
  const folder = temporaryFolder();
  try {
    return await body(folder.path);
  } finally {
    folder.remove();
  }
}

describe('dhol export csv, then dhol import csv', () => {
  test('the shipped datasets with figures include the Surahammar handslag', () => {
    expect(shipped.map(({ name }) => name)).toContain('surahammar-handslag.json');
  });

  test.each(shipped)(
    '$name: the figures come back with their indicators, and exit 0',
    async ({ path, json }) => {
      await inFolder(async (folder) => {
        const exported = await dhol(['export', 'csv', path, '--out', 'figures.csv'], { cwd: folder });
        expect(exported).toEqual({ code: 0, stdout: '', stderr: '' });
        const run = await dhol(['import', 'csv', 'figures.csv'], { cwd: folder });
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(JSON.parse(run.stdout)).toEqual({
          formatVersion: json.formatVersion,
          indicators: json.indicators,
          observations: json.observations,
        });
      });
    },
  );

  test.each(shipped)(
    '$name: with --dataset, the import gives back an equal dataset',
    async ({ path, json }) => {
      await inFolder(async (folder) => {
        await dhol(['export', 'csv', path, '--out', 'figures.csv'], { cwd: folder });
        const run = await dhol(['import', 'csv', 'figures.csv', '--dataset', path], { cwd: folder });
        expect(run.code).toBe(0);
        expect(JSON.parse(run.stdout)).toEqual(json);
        expect(run.stderr).toBe(
          `dhol: ${path}: 0 nya värden, 0 ändrade, ${json.observations.length} oförändrade, 0 borttagna\n`,
        );
      });
    },
  );

  test('an edited figure goes back where it stood, and a new row is added', async () => {
    await inFolder(async (folder) => {
      const surahammar = shipped.find(({ name }) => name === 'surahammar-handslag.json')!;
      await dhol(['export', 'csv', surahammar.path, '--out', 'figures.csv'], { cwd: folder });
      const [header, first, ...rest] = readFileSync(join(folder, 'figures.csv'), 'utf8').split('\r\n');
      const cells = first!.split(';');
      cells[4] = '49,5';
      const added = [cells[0], '1907', '2031', 'T', '12', 'ok'].join(';');
      writeFileSync(
        join(folder, 'figures.csv'),
        [header, cells.join(';'), ...rest.filter(Boolean), added, ''].join('\r\n'),
      );
      const run = await dhol(['import', 'csv', 'figures.csv', '--dataset', surahammar.path], { cwd: folder });
      expect(run.code).toBe(0);
      const dataset = JSON.parse(run.stdout);
      expect(dataset.observations[0]).toEqual({ ...surahammar.json.observations[0], value: 49.5 });
      expect(dataset.observations.at(-1)).toMatchObject({ area: '1907', period: '2031', value: 12 });
      expect(dataset.observations).toHaveLength(surahammar.json.observations.length + 1);
      expect(run.stderr).toContain('1 nya värden, 1 ändrade');
    });
  });
});

describe('an import that would give an invalid dataset exits 1 and writes nothing', () => {
  test('figures of an indicator described nowhere: one error per indicator, not one per row', async () => {
    const run = await dhol(['import', 'csv', 'observations-only.csv']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('[figures.indicator.undescribed]');
    expect(lines[0]).toContain('”andel-test” har 3 värden');
    expect(lines[1]).toBe(
      'dhol: observations-only.csv: värdena ger inget giltigt dataset (1 fel); inget skrevs',
    );
  });

  test('the same rows go into a dataset that describes the indicator', async () => {
    const run = await dhol(['import', 'csv', 'observations-only.csv', '--dataset', 'valid-small.json']);
    expect(run.code).toBe(0);
    const dataset = JSON.parse(run.stdout);
    expect(dataset.plans).toHaveLength(1);
    expect(dataset.observations.map((o: { value: number | null }) => o.value)).toEqual([48.5, null, 45]);
  });

  test('--replace also removes the indicator’s figures that the file no longer holds', async () => {
    await inFolder(async (folder) => {
      writeFileSync(join(folder, 'one.csv'), 'indicator;area;period;sex;value\nandel-test;1907;2023;T;48\n');
      const small = fileURLToPath(new URL('./fixtures/valid-small.json', import.meta.url));
      const run = await dhol(['import', 'csv', 'one.csv', '--dataset', small, '--replace'], { cwd: folder });
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).observations).toHaveLength(1);
      expect(run.stderr).toContain('0 nya värden, 0 ändrade, 1 oförändrade, 2 borttagna');
    });
  });

  test('figures that break the dataset (an unknown area) are refused', async () => {
    await inFolder(async (folder) => {
      writeFileSync(join(folder, 'bad.csv'), 'indicator;area;period;sex;value\nandel-test;1999;2023;T;48\n');
      const small = fileURLToPath(new URL('./fixtures/valid-small.json', import.meta.url));
      const run = await dhol(['import', 'csv', 'bad.csv', '--dataset', small, '--lang', 'en'], {
        cwd: folder,
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('the figures do not make a valid dataset');
    });
  });

  test('--replace without --dataset is a usage error', async () => {
    const run = await dhol(['import', 'csv', 'observations.csv', '--replace']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'dhol: --replace gäller bara med --dataset\n' });
  });
});

describe('dhol export csv of a dataset with nothing to export', () => {
  test('says so and exits 1', async () => {
    await inFolder(async (folder) => {
      writeFileSync(join(folder, 'empty.json'), '{ "formatVersion": "1.0" }');
      const run = await dhol(['export', 'csv', 'empty.json'], { cwd: folder });
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr:
          'dhol: empty.json: har inga indikatorer eller värden att skriva; aktiviteter skrivs med --kind activities\n',
      });
    });
  });
});

describe('dhol import jsonstat with real responses', () => {
  test('--indicator-title, --unit and --polarity describe the indicator', async () => {
    const run = await dhol([
      'import',
      'jsonstat',
      jsonstat('fohm-pxweb.json'),
      '--indicator-title',
      'Nedsatt välbefinnande',
      '--unit',
      'percent',
      '--polarity',
      'lower-is-better',
    ]);
    expect(run.code).toBe(0);
    const [indicator] = JSON.parse(run.stdout).indicators;
    expect(indicator).toMatchObject({
      id: 'nedsatt-psykiskt-valbefinnande',
      title: { sv: 'Nedsatt välbefinnande' },
      unit: 'percent',
      polarity: 'lower-is-better',
      breakdowns: ['sex'],
    });
    expect(indicator.source).toEqual(expect.objectContaining({ name: { sv: 'Folkhälsomyndigheten' } }));
    expect(run.stderr).toBe('');
  });

  test('a unit that is not one of the model’s is a usage error naming the choices', async () => {
    const run = await dhol(['import', 'jsonstat', jsonstat('fohm-pxweb.json'), '--unit', 'procent']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--unit tar ett av värdena percent, per100k');
  });

  test('an unknown area is a warning with its position; the other areas are imported', async () => {
    const run = await dhol(['import', 'jsonstat', jsonstat('unknown-areas.json')]);
    expect(run.code).toBe(0);
    expect(new Set(JSON.parse(run.stdout).observations.map((o: { area: string }) => o.area))).toEqual(
      new Set(['19', '1907']),
    );
    const warnings = run.stderr.trimEnd().split('\n');
    expect(warnings).toHaveLength(3);
    expect(warnings.every((line) => line.includes('varning') && line.includes('[format.area.unknown]'))).toBe(
      true,
    );
    expect(run.stderr).toContain('”1999” (plats 3 i dimensionen ”Region”)');
  });

  test('a national time series is about the whole country with a warning, or about --area', async () => {
    const national = await dhol(['import', 'jsonstat', jsonstat('national-series.json'), '--unit', 'count']);
    expect(national.code).toBe(0);
    expect(JSON.parse(national.stdout).observations.map((o: { area: string }) => o.area)).toEqual([
      '00',
      '00',
      '00',
    ]);
    expect(national.stderr).toContain('[jsonstat.area.assumed-national]');
    const local = await dhol(['import', 'jsonstat', jsonstat('national-series.json'), '--area', '1907']);
    expect(JSON.parse(local.stdout).observations.map((o: { area: string }) => o.area)).toEqual([
      '1907',
      '1907',
      '1907',
    ]);
    expect(local.stderr).toBe('');
  });

  test('an error list beside data is imported, with the error as a warning', async () => {
    const run = await dhol(['import', 'jsonstat', jsonstat('error-with-data.json')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('[jsonstat.source-error.partial]');
  });

  test('--area is for JSON-stat only', async () => {
    const run = await dhol(['import', 'kolada', 'kolada-page.json', '--area', '1907']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'dhol: --area gäller inte dhol import kolada\n' });
  });
});
