import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { exampleFiles } from './render-html.js';
import { dhol } from './run.js';

const sormland = JSON.parse(readFileSync(exampleFiles.sormland, 'utf8'));
const plan = sormland.plans[0] as { id: string; activities: { id: string; goals: { goal: string }[] }[] };
/** The plan's activities under each delmål, read from the file here rather than with core's coverage (which the CLI uses). */
const activitiesUnder = (goal: string) =>
  plan.activities.filter((activity) => activity.goals.some((link) => link.goal === goal)).map((a) => a.id);
const delmal = [1, 2, 3, 4, 5, 6, 7].map((n) => `delmal-${n}`);

describe('dhol coverage', () => {
  test('lists every delmål with its number of activities, in Swedish', async () => {
    const run = await dhol(['coverage', exampleFiles.sormland]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('7 av 7 delmål har minst en aktivitet');
    expect(run.stdout).toContain('  Delmål 6 Stärkt suicidpreventivt arbete: 5 aktiviteter\n');
    // Sörmland's plan lists 7, 6, 5, 6, 7, 5 and 4 activities under delmål 1 to 7.
    expect(
      run.stdout
        .match(/^ {2}Delmål \d .*: \d+ aktiviteter?$/gm)
        ?.map((line) => line.replace(/^ {2}Delmål (\d) .*: (\d+) .*$/, '$1:$2')),
    ).toEqual(['1:7', '2:6', '3:5', '4:6', '5:7', '6:5', '7:4']);
  });

  test('--json gives the activity ids under each delmål as the plan links them, and the uncovered ones', async () => {
    const run = await dhol(['coverage', exampleFiles.sormland, '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.plan).toBe(plan.id);
    expect(
      json.goals.map((goal: { id: string; activities: string[] }) => [goal.id, goal.activities]),
    ).toEqual(delmal.map((goal) => [goal, activitiesUnder(goal)]));
    expect(json.uncovered).toEqual([]);
  });

  test('--by organisation names the delmål each responsible organisation works on', async () => {
    const run = await dhol(['coverage', exampleFiles.sormland, '--by', 'organisation', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    // The organisations named as responsible for an activity, in the order the plan first names them.
    expect(json.organisations.map((org: { id: string }) => org.id)).toEqual([
      'lansstyrelsen-sodermanland',
      'drogsam',
      'vardcentralerna',
      'fou-i-sormland',
      'hallbar-regional-utveckling',
      'samordningsforbundet',
      'fou-i-ostergotland',
      'mind',
      'ki',
      'nasp',
    ]);
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
