import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { exampleFiles, textOf } from './render-html.js';
import { dhol, temporaryFolder } from './run.js';

const require = createRequire(import.meta.url);
// The follow-up example is invented (`"fictional": true`): its plans, organisations and notes do not exist.
const example = require.resolve('@dhol/data/datasets/exempel-uppfoljning.json');
const now = new Date('2026-12-05T12:00:00Z');
const folder = temporaryFolder();
afterAll(folder.remove);

/** Writes a dataset to the temporary folder and returns its path. */
function write(name: string, data: unknown): string {
  const path = join(folder.path, name);
  writeFileSync(path, JSON.stringify(data));
  return path;
}

const sormland = JSON.parse(readFileSync(exampleFiles.sormland, 'utf8'));
/** An edited copy of the Sörmland plan: one activity added, one removed, one status changed. */
function editedSormland() {
  const copy = structuredClone(sormland);
  const plan = copy.plans[0];
  plan.id = 'sormland-handlingsplan-2027';
  plan.version = '2027';
  plan.activities = plan.activities.filter((a: { id: string }) => a.id !== 'safe-selfie-academy');
  plan.activities.find((a: { id: string }) => a.id === 'halsosamtal-50-aringar').status = 'completed';
  plan.activities.push({
    id: 'ny-aktivitet',
    title: { sv: 'Ny aktivitet (redigerad kopia)', en: 'New activity (edited copy)' },
    goals: [{ goal: 'delmal-6' }],
    kind: 'new',
    status: 'planned',
    responsible: [{ organisation: 'lrs', role: 'lead' }],
  });
  return copy;
}

describe('dhol diff', () => {
  test('two identical plans: a Swedish report that says so, exit 0', async () => {
    const run = await dhol(['diff', exampleFiles.sormland, exampleFiles.sormland], { now });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Inga skillnader: 32 oförändrade aktiviteter.');
  });

  test('the Sörmland plan and an edited copy: exactly the edits, exit 1', async () => {
    const edited = write('sormland-2027.json', editedSormland());
    const run = await dhol(['diff', exampleFiles.sormland, edited], { now });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'Jämförelse: Det handlar om livet – En länsgemensam handlingsplan utifrån nationell strategi för psykisk hälsa och suicidprevention → Det handlar om livet – En länsgemensam handlingsplan utifrån nationell strategi för psykisk hälsa och suicidprevention (version 2027)',
        '',
        '1 tillagd aktivitet:',
        '  + ny-aktivitet  Ny aktivitet (redigerad kopia)',
        '',
        '1 borttagen aktivitet:',
        '  − safe-selfie-academy  Safe Selfie Academy',
        '',
        '1 ändrad aktivitet:',
        '  ~ halsosamtal-50-aringar  Hälsosamtal till Sörmlands 50-åringar',
        '      status: pågår → genomförd',
        '',
        '30 oförändrade aktiviteter.',
        '',
      ].join('\n'),
    );
  });

  test('--lang en and --json', async () => {
    const edited = write('sormland-2027.json', editedSormland());
    const english = await dhol(['diff', '--lang', 'en', exampleFiles.sormland, edited], { now });
    expect(english.code).toBe(1);
    expect(english.stdout).toContain('1 activity added:');
    expect(english.stdout).toContain('      status: ongoing → completed');
    const json = await dhol(['diff', '--json', exampleFiles.sormland, edited], { now });
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout);
    expect(parsed).toMatchObject({
      identical: false,
      after: { id: 'sormland-handlingsplan-2027', version: '2027' },
      added: [{ id: 'ny-aktivitet' }],
      removed: [{ id: 'safe-selfie-academy' }],
      changed: [
        {
          id: 'halsosamtal-50-aringar',
          matchedBy: 'id',
          changes: [{ field: 'status', before: 'ongoing', after: 'completed' }],
        },
      ],
      unchanged: 30,
    });
  });

  test('one file holding two versions: --old-plan picks the older, the newer is the default', async () => {
    const run = await dhol(['diff', '--old-plan', 'exempelplan-2025', example, example], { now });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '(version 2025) → Exempelplan för psykisk hälsa och suicidprevention 2026 (version 2026)',
    );
    expect(run.stdout).toContain('      delmål: + delmal-6, − delmal-3');
  });

  test('bad input exits with 2: a missing file, an invalid dataset, no plan, an unknown plan id, one file only', async () => {
    const invalid = write('invalid.json', { formatVersion: '1.0', plans: [{ id: 'x' }] });
    const empty = write('empty.json', { formatVersion: '1.0' });
    for (const argv of [
      ['diff', 'finns-inte.json', exampleFiles.sormland],
      ['diff', invalid, exampleFiles.sormland],
      ['diff', empty, exampleFiles.sormland],
      ['diff', '--new-plan', 'okand', exampleFiles.sormland, exampleFiles.sormland],
      ['diff', exampleFiles.sormland],
    ]) {
      const run = await dhol(argv, { now });
      expect([run.code, run.stdout], argv.join(' ')).toEqual([2, '']);
      expect(run.stderr, argv.join(' ')).toMatch(/^dhol: |ogiltig/);
    }
  });
});

describe('dhol render followup', () => {
  test('writes the follow-up as static HTML: the report, its period and the notice that it is invented', async () => {
    const run = await dhol(['render', 'followup', example], { now });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '<title>Uppföljning: Exempelplan för psykisk hälsa och suicidprevention 2026</title>',
    );
    expect(run.stdout).toMatch(
      /<dhol-followup lang="sv" heading-level="1" state="content" data-dhol-[^>]*><template shadowroot="open" shadowrootmode="open">/,
    );
    const text = textOf(run.stdout);
    expect(text).toContain('Påhittat exempel');
    expect(text).toContain('Period 16 mars 2026 – 5 december 2026 (sedan revideringen mars 2026)');
    expect(text).toContain('Av 9 aktiviteter har 1 genomförts sedan revideringen mars 2026.');
    expect(run.stdout).not.toContain('<script');
    // The print stylesheet comes along, so the static page prints as the live element does.
    expect(run.stdout).toContain('@media print');
  });

  test('--from and --to choose the period; a bad date is a usage error', async () => {
    const run = await dhol(['render', 'followup', example, '--from', '2025', '--to', '2025-12'], { now });
    expect(run.code).toBe(0);
    expect(textOf(run.stdout)).toContain('Period 1 januari 2025 – 31 december 2025');
    const bad = await dhol(['render', 'followup', example, '--from', '2025-13-01'], { now });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--from tar ett datum');
    const wrong = await dhol(['render', 'plan', example, '--from', '2025'], { now });
    expect(wrong.code).toBe(2);
  });

  test('--lang en writes the English report', async () => {
    const run = await dhol(['render', 'followup', example, '--lang', 'en'], { now });
    expect(run.code).toBe(0);
    expect(textOf(run.stdout)).toContain(
      'Of 9 activities, 1 has been completed since the revision of March 2026.',
    );
  });
});
