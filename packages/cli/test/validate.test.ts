import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dhol, fixtures, temporaryFolder } from './run.js';

const require = createRequire(import.meta.url);
const exampleFile = (name: string) => require.resolve(`@dhol/data/datasets/${name}.json`);

describe('dhol validate with the example datasets', () => {
  test.each(['det-handlar-om-livet-2025', 'sormland-handlingsplan-2026', 'surahammar-handslag'])(
    'the published example %s is valid',
    async (name) => {
      const run = await dhol(['validate', exampleFile(name)]);
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain(': giltig – innehåller ');
      expect(run.code).toBe(0);
    },
  );

  test('the Sörmland plan is summarised by what it holds', async () => {
    const run = await dhol(['validate', exampleFile('sormland-handlingsplan-2026')]);
    expect(run.stdout).toMatch(/giltig – innehåller 1 handlingsplan, \d+ aktiviteter/);
  });
});

describe('dhol validate reports in Swedish by default', () => {
  test('a valid file with a policy finding exits with 0 and shows the warning', async () => {
    const run = await dhol(['validate', 'valid-small.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'valid-small.json: giltig – innehåller 1 handlingsplan, 1 aktivitet, 1 indikator, 3 observationer, 1 organisation och 1 ramverk',
        'valid-small.json:78:21: varning: plans[0].activities: Ingen aktivitet i planen ”testplan” är kopplad till delmål 2. [policy.subgoal.no-activity]',
        '',
        '1 fil: 1 giltig, 0 ogiltiga; 0 fel, 1 varning',
        '',
      ].join('\n'),
    );
  });

  test('a broken goal reference is an error with its path, and exits with 1', async () => {
    const run = await dhol(['validate', 'broken-reference.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('broken-reference.json: ogiltig\n');
    expect(run.stdout).toMatch(
      /^broken-reference\.json:86:23: fel: plans\[0\]\.activities\[0\]\.goals\[0\]\.goal: .*delmal-99.*\[reference\.goal\.unknown\]$/m,
    );
    expect(run.stdout).toContain('1 fil: 0 giltiga, 1 ogiltig; 1 fel, 2 varningar');
  });

  test('several files are summed up in one line', async () => {
    const run = await dhol(['validate', 'valid-small.json', 'broken-reference.json']);
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('2 filer: 1 giltig, 1 ogiltig; 1 fel, 3 varningar');
  });

  test('large counts are written the Swedish way, with a non-breaking space', async () => {
    const folder = temporaryFolder();
    try {
      const dataset = JSON.parse(readFileSync(join(fixtures, 'valid-small.json'), 'utf8'));
      dataset.observations = Array.from({ length: 1500 }, (_, index) => ({
        indicator: 'andel-test',
        area: '1907',
        period: String(1500 + Math.floor(index / 3)),
        sex: ['T', 'K', 'M'][index % 3],
        value: 40,
        status: 'ok',
      }));
      writeFileSync(join(folder.path, 'many.json'), JSON.stringify(dataset));
      const run = await dhol(['validate', 'many.json', '--no-policy'], { cwd: folder.path });
      expect(run.stdout).toContain('1\u00a0500 observationer');
    } finally {
      folder.remove();
    }
  });
});

describe('dhol validate --lang en', () => {
  test('a valid file is reported in English', async () => {
    const run = await dhol(['validate', 'valid-small.json', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'valid-small.json: valid – holds 1 action plan, 1 activity, 1 indicator, 3 observations, 1 organisation and 1 framework',
    );
    expect(run.stdout).toContain(
      'valid-small.json:78:21: warning: plans[0].activities: No activity of the plan "testplan" is linked to delmål 2.',
    );
    expect(run.stdout).toContain('1 file: 1 valid, 0 invalid; 0 errors, 1 warning');
  });

  test('an invalid file is reported in English', async () => {
    const run = await dhol(['validate', '--lang=en', 'broken-reference.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^broken-reference\.json:86:23: error: plans\[0\]\.activities\[0\]\.goals\[0\]\.goal: /m,
    );
    expect(run.stdout).toContain('1 file: 0 valid, 1 invalid; 1 error, 2 warnings');
  });
});

describe('dhol validate flags', () => {
  test('--quiet shows only the errors', async () => {
    const run = await dhol(['validate', '--quiet', 'broken-reference.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[reference.goal.unknown]');
    expect(run.stdout).not.toContain('varning  ');
  });

  test('--quiet prints nothing when every file is valid', async () => {
    const run = await dhol(['validate', '-q', 'valid-small.json']);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  test('--no-policy leaves out the policy warnings', async () => {
    const run = await dhol(['validate', '--no-policy', 'valid-small.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('policy.');
    expect(run.stdout).toContain('1 fil: 1 giltig, 0 ogiltiga; 0 fel, 0 varningar');
  });

  test('--no-policy still finds a broken reference', async () => {
    const run = await dhol(['validate', '--no-policy', 'broken-reference.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 fel, 0 varningar');
  });

  test('the clock decides whether a planned revision is overdue', async () => {
    const folder = temporaryFolder();
    try {
      const dataset = JSON.parse(readFileSync(join(fixtures, 'valid-small.json'), 'utf8'));
      dataset.plans[0].revisionSchedule = { revisions: [{ date: '2027-03' }] };
      writeFileSync(join(folder.path, 'revision.json'), JSON.stringify(dataset));
      const before = await dhol(['validate', 'revision.json'], {
        cwd: folder.path,
        now: new Date('2027-01-15'),
      });
      const after = await dhol(['validate', 'revision.json'], {
        cwd: folder.path,
        now: new Date('2027-06-15'),
      });
      expect(before.stdout).not.toContain('policy.revision.overdue');
      expect(after.stdout).toContain('policy.revision.overdue');
      expect(after.code).toBe(0);
    } finally {
      folder.remove();
    }
  });
});

describe('dhol validate --json', () => {
  test('prints every issue with path, code, severity and both messages', async () => {
    const run = await dhol(['validate', '--json', 'valid-small.json', 'broken-reference.json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.ok).toBe(false);
    expect(report.summary).toEqual({ files: 2, valid: 1, invalid: 1, unreadable: 0, errors: 1, warnings: 3 });
    expect(report.files.map((file: { file: string; status: string }) => [file.file, file.status])).toEqual([
      ['valid-small.json', 'valid'],
      ['broken-reference.json', 'invalid'],
    ]);
    expect(report.files[1].issues[0]).toMatchObject({
      severity: 'error',
      code: 'reference.goal.unknown',
      path: ['plans', 0, 'activities', 0, 'goals', 0, 'goal'],
      location: 'plans[0].activities[0].goals[0].goal',
      message: { sv: expect.stringContaining('delmal-99'), en: expect.stringContaining('delmal-99') },
    });
  });

  test('says what a valid dataset holds', async () => {
    const run = await dhol(['validate', '--json', 'valid-small.json']);
    expect(JSON.parse(run.stdout).files[0].contents).toEqual({
      frameworks: 1,
      organisations: 1,
      plans: 1,
      activities: 1,
      agreements: 0,
      indicators: 1,
      observations: 3,
    });
  });

  test('reports a file that cannot be read, in both languages, and exits with 2', async () => {
    const run = await dhol(['validate', '--json', 'nope.json', 'valid-small.json']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.files[0]).toMatchObject({
      file: 'nope.json',
      status: 'unreadable',
      error: {
        code: 'input.unreadable',
        message: { sv: 'nope.json: filen finns inte', en: 'nope.json: no such file' },
      },
    });
    expect(report.files[1].status).toBe('valid');
  });

  test('gives the line and column of a JSON syntax error', async () => {
    const run = await dhol(['validate', '--json', 'not-json.txt']);
    expect(JSON.parse(run.stdout).files[0].error).toMatchObject({ code: 'json.syntax', line: 4, column: 18 });
  });
});

describe('dhol validate with files it cannot read', () => {
  test('a file that is not JSON is one line naming the file, line and column, and exits with 2', async () => {
    const run = await dhol(['validate', 'not-json.txt']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'dhol: not-json.txt:4:18: ingen giltig JSON: ett kommatecken före ]; ta bort det sista kommatecknet\n',
    });
  });

  test('a missing file is one line naming it, and exits with 2', async () => {
    const run = await dhol(['validate', 'nope.json']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'dhol: nope.json: filen finns inte\n' });
  });

  test('a missing file is reported in English with --lang en', async () => {
    const run = await dhol(['validate', 'nope.json', '--lang', 'en']);
    expect(run.stderr).toBe('dhol: nope.json: no such file\n');
  });

  test('a directory is refused with one line', async () => {
    const folder = temporaryFolder();
    try {
      mkdirSync(join(folder.path, 'plans.json'));
      const run = await dhol(['validate', 'plans.json'], { cwd: folder.path });
      expect(run).toEqual({ code: 2, stdout: '', stderr: 'dhol: plans.json: är en mapp, inte en fil\n' });
    } finally {
      folder.remove();
    }
  });

  test('an empty file is not JSON', async () => {
    const folder = temporaryFolder();
    try {
      writeFileSync(join(folder.path, 'empty.json'), '');
      const run = await dhol(['validate', 'empty.json'], { cwd: folder.path });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('dhol: empty.json:1:1: ingen giltig JSON: texten är tom\n');
    } finally {
      folder.remove();
    }
  });

  test('the other files are still checked when one is missing', async () => {
    const run = await dhol(['validate', 'nope.json', 'broken-reference.json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('broken-reference.json: ogiltig');
    expect(run.stdout).toContain('2 filer: 0 giltiga, 1 ogiltig, 1 oläslig; 1 fel, 2 varningar');
  });

  test('no file at all is a usage error', async () => {
    const run = await dhol(['validate']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'dhol: ange minst en fil att kontrollera: dhol validate <filer…> (eller - för standard in)\n',
    });
  });
});

test('JSON that is not a dataset is invalid (exit 1), not unreadable', async () => {
  const folder = temporaryFolder();
  try {
    writeFileSync(join(folder.path, 'list.json'), '[1, 2, 3]');
    const run = await dhol(['validate', 'list.json'], { cwd: folder.path });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('list.json: ogiltig');
  } finally {
    folder.remove();
  }
});

describe('dhol validate reports every issue at once, with where it is', () => {
  function threeFaults(): string {
    const data = JSON.parse(readFileSync(join(fixtures, 'valid-small.json'), 'utf8'));
    const activity = data.plans[0].activities[0];
    activity.period = { start: '2026-13-45' };
    activity.links = [{ url: 'javascript:alert(1)' }];
    activity.goals.push({ goal: 'delmal-99' });
    return JSON.stringify(data, null, 2);
  }

  test('an impossible date, a javascript: link and an unknown delmål are all listed, each with its line', async () => {
    const folder = temporaryFolder();
    try {
      const text = threeFaults();
      writeFileSync(join(folder.path, 'plan.json'), text);
      const run = await dhol(['validate', 'plan.json', '--lang', 'en'], { cwd: folder.path });
      expect(run.code).toBe(1);
      const lines = text.split('\n');
      const lineOf = (needle: string) => lines.findIndex((line) => line.includes(needle)) + 1;
      const columnOf = (needle: string) => lines[lineOf(needle) - 1]!.indexOf(needle) + 1;
      for (const [needle, code] of [
        ['"2026-13-45"', 'date.invalid'],
        ['"javascript:alert(1)"', 'url.unsafe'],
        ['"delmal-99"', 'reference.goal.unknown'],
      ] as const) {
        expect(run.stdout).toContain(`plan.json:${lineOf(needle)}:${columnOf(needle)}: error: `);
        expect(run.stdout).toMatch(
          new RegExp(`plan\\.json:${lineOf(needle)}:\\d+: error: .*\\[${code.replace('.', '\\.')}\\]`),
        );
      }
      expect(run.stdout).toContain('1 file: 0 valid, 1 invalid; 3 errors');
    } finally {
      folder.remove();
    }
  });

  test('--json gives each issue its line and column', async () => {
    const run = await dhol(['validate', '--json', 'broken-reference.json']);
    const [issue] = JSON.parse(run.stdout).files[0].issues;
    expect(issue).toMatchObject({ code: 'reference.goal.unknown', line: 86, column: 23 });
  });

  test('- reads the dataset from standard input', async () => {
    const text = readFileSync(join(fixtures, 'broken-reference.json'), 'utf8');
    const run = await dhol(['validate', '-', '--lang', 'en'], { stdin: text });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('<stdin>: invalid\n<stdin>:86:23: error: ');
  });

  test('a JSON-stat table is not a dataset: the message names the command that reads it', async () => {
    const run = await dhol(['validate', 'cube.jsonstat.json', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('cube.jsonstat.json:1:1: error: This is a JSON-stat table');
    expect(run.stdout).toContain('dhol import jsonstat <file>');
    expect(run.stdout).toContain('1 error, 0 warnings');
  });
});

describe('dhol validate: warnings as CI wants them', () => {
  test('--ignore leaves out warnings by code, and a family with .*', async () => {
    const one = await dhol(['validate', 'broken-reference.json', '--ignore', 'policy.subgoal.no-activity']);
    expect(one.stdout).toContain('1 fel, 0 varningar');
    const family = await dhol(['validate', 'valid-small.json', '--ignore=policy.*']);
    expect(family.stdout).toContain('0 fel, 0 varningar');
    expect(family.code).toBe(0);
  });

  test('--ignore never silences an error', async () => {
    const run = await dhol(['validate', 'broken-reference.json', '--ignore', 'reference.goal.unknown']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[reference.goal.unknown]');
  });

  test('an unknown code for --ignore is a usage error that says what it takes', async () => {
    const run = await dhol(['validate', 'valid-small.json', '--ignore', 'policy.nothing']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(
      'dhol: --ignore tar en varningskod som policy.activity.no-responsible (eller policy.*), inte "policy.nothing"\n',
    );
  });

  test('--max-warnings fails a run with more warnings than it allows, and passes one with as many', async () => {
    const over = await dhol(['validate', 'valid-small.json', '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('dhol: 1 varning, fler än de 0 som --max-warnings tillåter\n');
    const within = await dhol(['validate', 'valid-small.json', '--max-warnings', '1']);
    expect(within.code).toBe(0);
    expect(within.stderr).toBe('');
    const bad = await dhol(['validate', 'valid-small.json', '--max-warnings', 'many']);
    expect(bad.code).toBe(2);
  });

  test('a local plan is held to every delmål only with --local-coverage', async () => {
    const folder = temporaryFolder();
    try {
      const data = JSON.parse(readFileSync(join(fixtures, 'valid-small.json'), 'utf8'));
      data.plans[0].kind = 'local';
      writeFileSync(join(folder.path, 'lokal.json'), JSON.stringify(data, null, 2));
      const quiet = await dhol(['validate', 'lokal.json'], { cwd: folder.path });
      expect(quiet.stdout).toContain('0 fel, 0 varningar');
      const asked = await dhol(['validate', 'lokal.json', '--local-coverage'], { cwd: folder.path });
      expect(asked.stdout).toContain('[policy.subgoal.no-activity]');
    } finally {
      folder.remove();
    }
  });
});
