import { readFileSync } from 'node:fs';
import { coverage, coverageMatrix } from '@dhol/core';
import { nationalFramework } from '@dhol/data';
import { describe, expect, test } from 'vitest';
import { exampleFiles } from './render-html.js';
import { dhol } from './run.js';

const sormland = JSON.parse(readFileSync(exampleFiles.sormland, 'utf8'));
const plan = sormland.plans[0];
const expected = coverage(plan, nationalFramework);

describe('dhol coverage', () => {
  test('lists every delmål with its number of activities, in Swedish', async () => {
    const run = await dhol(['coverage', exampleFiles.sormland]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('7 av 7 delmål har minst en aktivitet');
    const delmal6 = expected.goals.find((entry) => entry.goal.number === 6)!;
    expect(run.stdout).toContain(
      `  Delmål 6 Stärkt suicidpreventivt arbete: ${delmal6.activities.length} aktiviteter\n`,
    );
    expect(run.stdout.match(/^ {2}Delmål \d/gm)).toHaveLength(7);
  });

  test('--json gives the same coverage as core, activity ids per delmål and the uncovered ones', async () => {
    const run = await dhol(['coverage', exampleFiles.sormland, '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.plan).toBe(plan.id);
    expect(
      json.goals.map((goal: { id: string; activities: string[] }) => [goal.id, goal.activities]),
    ).toEqual(
      expected.goals.map((entry) => [entry.goal.id, entry.activities.map((activity) => activity.id)]),
    );
    expect(json.uncovered).toEqual([]);
  });

  test('--by organisation names the delmål each responsible organisation works on', async () => {
    const matrix = coverageMatrix([plan], nationalFramework, {
      by: 'organisation',
      organisations: sormland.organisations,
    });
    const run = await dhol(['coverage', exampleFiles.sormland, '--by', 'organisation', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.organisations.map((org: { id: string }) => org.id)).toEqual(matrix.columns.map((c) => c.id));
    const text = await dhol(['coverage', exampleFiles.sormland, '--by', 'organisation', '--lang', 'en']);
    expect(text.stdout).toContain('Länsstyrelsen i Södermanlands län: sub-goals ');
  });

  test('a dataset with no plan, an unknown --by and an unknown --plan are said plainly', async () => {
    const handslag = await dhol(['coverage', exampleFiles.surahammar]);
    expect(handslag.code).toBe(1);
    expect(handslag.stderr).toBe(`dhol: ${exampleFiles.surahammar}: innehåller ingen handlingsplan\n`);
    const by = await dhol(['coverage', exampleFiles.sormland, '--by', 'kommun']);
    expect(by).toMatchObject({ code: 2, stderr: 'dhol: --by tar organisation, inte "kommun"\n' });
    const unknown = await dhol(['coverage', exampleFiles.sormland, '--plan', 'annan']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('har ingen plan med id "annan"');
  });

  test('dhol --help lists coverage', async () => {
    expect((await dhol(['--help'])).stdout).toContain('coverage');
  });
});
