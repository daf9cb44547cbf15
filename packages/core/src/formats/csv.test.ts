import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Activity } from '../model/activity.js';
import type { Observation } from '../model/indicator.js';
import {
  activitiesToCsv,
  observationsToCsv,
  parseActivitiesCsv,
  parseObservationsCsv,
  parseSwedishNumber,
  tableToCsv,
} from './csv.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/csv/${name}`, import.meta.url), 'utf8');

const observations: Observation[] = [
  {
    indicator: 'psykisk-ohalsa',
    area: '1907',
    period: '2023',
    sex: 'T',
    value: 12.5,
    status: 'ok',
    ci: { lower: 10.1, upper: 14.9, level: 95 },
    count: 412,
  },
  {
    indicator: 'psykisk-ohalsa',
    area: '1907',
    period: '2023',
    sex: 'K',
    value: null,
    status: 'suppressed',
    note: { sv: 'Färre än 10 svar; värdet visas inte', en: 'Fewer than 10 answers; not shown' },
  },
  {
    indicator: 'psykisk-ohalsa',
    area: '19',
    period: '2019-2023',
    sex: 'M',
    value: -0.000125,
    status: 'preliminary',
    note: { sv: 'Citat: "preliminärt"\r\nrad två' },
    source: {
      name: { sv: 'Liv och hälsa ung', en: 'Life and health young' },
      url: 'https://example.org/lhu',
    },
  },
  { indicator: 'psykisk-ohalsa', area: '00', period: '2023', sex: 'T', value: null, status: 'missing' },
  { indicator: 'psykisk-ohalsa', area: '04', period: '2023', sex: 'T', value: 0, status: 'ok', count: 0 },
];

describe('observations as CSV for Swedish spreadsheets', () => {
  test('export starts with a byte order mark and uses semicolons, decimal commas and CRLF', () => {
    const csv = observationsToCsv(observations);
    expect(csv.startsWith('\uFEFFindicator;area;period;sex;value;status;')).toBe(true);
    expect(csv).toContain('\r\npsykisk-ohalsa;1907;2023;T;12,5;ok;10,1;14,9;95;412;;;;;\r\n');
  });

  test('a field with a semicolon, quotes or a line break is quoted', () => {
    const csv = observationsToCsv(observations);
    expect(csv).toContain('"Färre än 10 svar; värdet visas inte"');
    expect(csv).toContain('"Citat: ""preliminärt""\r\nrad två"');
  });

  test('round trip loses nothing, with semicolons and decimal commas', () => {
    const back = parseObservationsCsv(observationsToCsv(observations));
    expect(back.issues).toEqual([]);
    expect(back.value).toEqual(observations);
  });

  test('round trip loses nothing with commas and decimal points', () => {
    const csv = observationsToCsv(observations, { separator: ',' });
    expect(csv).toContain(',12.5,');
    expect(parseObservationsCsv(csv).value).toEqual(observations);
  });

  test('round trip loses nothing with tabs and no byte order mark', () => {
    const csv = observationsToCsv(observations, { separator: '\t', bom: false });
    expect(csv.startsWith('indicator\t')).toBe(true);
    expect(parseObservationsCsv(csv).value).toEqual(observations);
  });

  test('a spreadsheet file with BOM, semicolons, decimal commas and quoted fields is read', () => {
    const result = parseObservationsCsv(fixture('observations-semicolon.csv'));
    expect(result.issues).toEqual([]);
    expect(result.value?.map((o) => [o.area, o.sex, o.value, o.status])).toEqual([
      ['1907', 'T', 12.5, 'ok'],
      ['1907', 'K', null, 'suppressed'],
      ['19', 'M', 1234.5, 'preliminary'],
      ['00', 'T', null, 'missing'],
    ]);
    expect(result.value?.[1]?.note?.sv).toBe('Färre än 10 svar; värdet visas inte');
    expect(result.value?.[2]?.note?.sv).toBe('Citat: "preliminärt"\r\nrad två');
    expect(result.value?.[0]?.ci).toEqual({ lower: 10.1, upper: 14.9, level: 95 });
  });

  test('a comma-separated file is detected; ".." means suppressed and lost leading zeros come back', () => {
    const result = parseObservationsCsv(fixture('observations-comma.csv'));
    expect(result.value?.map((o) => [o.area, o.sex, o.value, o.status])).toEqual([
      ['04', 'T', 14.2, 'ok'],
      ['04', 'K', null, 'suppressed'],
      ['0180', 'M', 16.9, 'ok'],
    ]);
  });

  test('errors name row and column, in Swedish and English', () => {
    const result = parseObservationsCsv(fixture('observations-errors.csv'));
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.message.sv)).toEqual([
      'rad 2, kolumn ”value”: ”tolv” är inte ett tal.',
      'rad 3, kolumn ”area”: ”19077” är inget av 00, 01–25, 0114–2584.',
      'rad 3, kolumn ”sex”: ”X” är inget av T, K, M.',
      'rad 4, kolumn ”status”: ”klar” är inget av ok, suppressed, missing, preliminary.',
    ]);
    expect(result.issues[0]).toMatchObject({
      path: [2, 'value'],
      message: { en: 'row 2, column "value": "tolv" is not a number.' },
    });
  });

  test('a missing required column is named', () => {
    const result = parseObservationsCsv('indicator;area;value\r\nx;1907;1\r\n');
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'csv.column.missing', params: { column: 'period' } }),
    ]);
  });

  test('an unknown column is a warning, and the rest is read', () => {
    const result = parseObservationsCsv('indicator;area;period;value;kommentar\r\nx;1907;2023;1;hej\r\n');
    expect(result.ok).toBe(true);
    expect(result.issues[0]).toMatchObject({ severity: 'warning', code: 'csv.column.unknown' });
  });

  test('an unclosed quote is an error, not a crash', () => {
    const result = parseObservationsCsv('indicator;area;period;value\r\nx;1907;2023;"1\r\n');
    expect(result.issues.some((i) => i.code === 'csv.quote.unclosed')).toBe(true);
  });

  test('an empty file asks for a header row', () => {
    expect(parseObservationsCsv('\uFEFF').issues[0]?.code).toBe('csv.empty');
  });

  test('a row with more fields than the header names its row', () => {
    const result = parseObservationsCsv('indicator;area;period;value\r\nx;1907;2023;1;extra\r\n');
    expect(result.issues[0]).toMatchObject({ code: 'csv.row.length', path: [2] });
  });

  test.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['\u22123,2', -3.2],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['0', 0],
  ])('the cell %s reads as %d', (cell, value) => {
    expect(parseSwedishNumber(cell)).toBe(value);
  });

  test.each(['tolv', '1,2,3', '12 %', ''])('the cell "%s" is not a number', (cell) => {
    expect(parseSwedishNumber(cell)).toBeUndefined();
  });
});

describe('activities as CSV', () => {
  const plan = JSON.parse(fixture('activities-plan.json')) as { activities: Activity[] };

  test('round trip keeps every field: goal links with listedAs and kind, parties with labels, blocks, links', () => {
    const back = parseActivitiesCsv(activitiesToCsv(plan));
    expect(back.issues).toEqual([]);
    expect(back.value).toEqual(plan.activities);
  });

  test('titles keep their leading and trailing spaces, and a title of spaces comes back as written', () => {
    const [first] = plan.activities;
    const titles = [{ sv: '  Första hjälpen ', en: 'Mental health first aid  ' }, { sv: ' ' }];
    const activities = titles.map((title, i) => ({ ...first!, id: `a${i}`, title }));
    const back = parseActivitiesCsv(activitiesToCsv({ activities }));
    expect(back.issues).toEqual([]);
    expect(back.value?.map((a) => a.title)).toEqual(titles);
  });

  test('simple goal links and parties are written flat so a person can read and edit them', () => {
    const csv = activitiesToCsv(plan);
    expect(csv).toContain(';delmal-6;region-sormland:performer;');
    expect(csv).toContain(';delmal-1, delmal-2;;');
  });

  test('goal links that say more than the goal are written as JSON', () => {
    const csv = activitiesToCsv(plan);
    expect(csv).toContain('""listedAs"":{""sv"":""Besökskort till anhöriga""}');
  });

  test('a hand-written file with flat lists is read, and its errors name row and column', () => {
    const result = parseActivitiesCsv(fixture('activities.csv'));
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.message.sv)).toEqual([
      'rad 4, kolumn ”title_sv”: fältet får inte vara tomt.',
      'rad 4, kolumn ”goals”: fältet får inte vara tomt.',
      'rad 4, kolumn ”responsible”: ”region-sormland-lead” följer inte formen organisation:roll / organisation:role.',
    ]);
    const good = parseActivitiesCsv(fixture('activities.csv').split('\r\n').slice(0, 3).join('\r\n'));
    expect(good.value?.[0]).toEqual({
      id: 'mhfa',
      title: { sv: 'Första hjälpen till psykisk hälsa' },
      kind: 'ongoing',
      status: 'ongoing',
      goals: [{ goal: 'delmal-6' }, { goal: 'delmal-7' }],
      responsible: [
        { organisation: 'region-sormland', role: 'lead' },
        { organisation: 'katrineholm', role: 'partner' },
      ],
      indicators: ['n33820'],
    });
  });

  test('a value the model refuses is reported at its column', () => {
    const csv = 'id;title_sv;kind;status;goals\r\nett;Ett;ongoing;klar;delmal-1\r\n';
    const result = parseActivitiesCsv(csv);
    expect(result.issues[0]).toMatchObject({ code: 'csv.cell.model', path: [2, 'status'] });
  });

  test('broken JSON in a cell is reported at its column', () => {
    const csv = 'id;title_sv;kind;status;goals;links\r\nett;Ett;ongoing;ongoing;delmal-1;[{"url": \r\n';
    const result = parseActivitiesCsv(csv);
    expect(result.issues[0]).toMatchObject({ code: 'csv.cell.json', path: [2, 'links'] });
  });

  const sormland = new URL('../../../data/datasets/sormland-handlingsplan-2026.json', import.meta.url);
  test.skipIf(!existsSync(sormland))('round trip keeps all activities of the Sörmland handlingsplan', () => {
    const dataset = JSON.parse(readFileSync(sormland, 'utf8')) as { plans: { activities: Activity[] }[] };
    const plan = dataset.plans[0]!;
    const back = parseActivitiesCsv(activitiesToCsv(plan));
    expect(back.issues).toEqual([]);
    expect(back.value).toEqual(plan.activities);
  });
});

describe('CSV downloads opened in a spreadsheet', () => {
  const hostile = [
    '=HYPERLINK("https://evil.example")',
    '+1+cmd',
    '-2+3+cmd',
    '@SUM(A1)',
    "'=already quoted",
    "'plain",
  ];
  const notes: Observation[] = hostile.map((sv, index) => ({
    indicator: 'psykisk-ohalsa',
    area: '1907',
    period: String(2000 + index),
    sex: 'T',
    value: -3.5,
    status: 'ok',
    note: { sv },
  }));

  test('a text cell that a spreadsheet would run as a formula is written as text', () => {
    const rows = observationsToCsv(notes).split('\r\n').slice(1, -1);
    expect(rows).toHaveLength(hostile.length);
    for (const row of rows) {
      // The note cell (quoted when it holds quotes) starts with the apostrophe; the negative number does not.
      expect(row).toMatch(/;"?'/);
      expect(row).toContain(';-3,5;');
    }
  });

  test('reading the download back gives the original text', () => {
    const read = parseObservationsCsv(observationsToCsv(notes));
    expect(read.ok).toBe(true);
    expect(read.value?.map((o) => o.note?.sv)).toEqual(hostile);
  });
});

describe('tableToCsv', () => {
  test('writes any table the Swedish way: semicolons, decimal commas, formulas guarded, empty cells for nothing', () => {
    const text = tableToCsv(
      ['Namn', 'Andel', 'Not'],
      [
        ['Surahammar', 48.5, undefined],
        ['=HYPERLINK("x")', 3, 'a; b'],
      ],
    );
    expect(text).toBe('\uFEFFNamn;Andel;Not\r\nSurahammar;48,5;\r\n"\'=HYPERLINK(""x"")";3;"a; b"\r\n');
    expect(tableToCsv(['a'], [[1.5]], { separator: ',', bom: false })).toBe('a\r\n1.5\r\n');
  });
});
