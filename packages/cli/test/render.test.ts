import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { observationsToCsv } from '@dhol/core';
import { nationalFramework } from '@dhol/data';
import { describe, expect, test } from 'vitest';
import { exampleFiles, normalise, textOf } from './render-html.js';
import { dhol, temporaryFolder } from './run.js';

type Localized = { sv: string; en?: string };

const sormland = JSON.parse(readFileSync(exampleFiles.sormland, 'utf8'));
const surahammar = JSON.parse(readFileSync(exampleFiles.surahammar, 'utf8'));
const plan = sormland.plans[0];
const agreement = surahammar.agreements[0];

const DECLARATIVE_SHADOW_ROOT = /<template shadowroot="open" shadowrootmode="open">/;

describe('dhol render: the Sörmland plan', () => {
  test('writes a whole page in Swedish titled with the plan, holding the element and its shadow root', async () => {
    const run = await dhol(['render', 'plan', exampleFiles.sormland]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith('<!doctype html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">')).toBe(
      true,
    );
    expect(run.stdout).toContain(`<title>${plan.title.sv}</title>`);
    expect(run.stdout).toMatch(
      /<dhol-plan lang="sv" heading-level="1" state="content" data-dhol-[^>]*><template shadowroot="open" shadowrootmode="open">/,
    );
    expect(run.stdout).not.toContain('<script');
  });

  test('the plan’s title is the page’s one h1, and the plan’s sections are h2', async () => {
    const run = await dhol(['render', 'plan', exampleFiles.sormland]);
    expect(run.stdout.match(/<h1[ >]/g)).toHaveLength(1);
    expect(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(run.stdout)?.[1] ?? '')).toBe(normalise(plan.title.sv));
    expect(run.stdout).toMatch(/<h2[ >]/);
  });

  test('an element without a title of its own sits at level 2 under an h1 of the page’s title', async () => {
    const run = await dhol(['render', 'coverage', exampleFiles.sormland]);
    const title = /<title>(.*)<\/title>/.exec(run.stdout)?.[1];
    expect(title).toBe(sormland.title.sv);
    // The note on which data the element shows comes between the page's h1 and the element.
    expect(run.stdout).toContain(`<main>\n<h1>${title}</h1>\n<!-- Statisk HTML skriven `);
    expect(run.stdout).toMatch(/ -->\n<dhol-coverage lang="sv" heading-level="2"/);
    expect(run.stdout.match(/<h1[ >]/g)).toHaveLength(1);
  });

  test('the static plan says every activity title and the plan’s purpose', async () => {
    const text = textOf((await dhol(['render', 'plan', exampleFiles.sormland])).stdout);
    const titles: string[] = plan.activities.map((activity: { title: Localized }) => activity.title.sv);
    expect(titles.filter((title) => !text.includes(normalise(title)))).toEqual([]);
    expect(text).toContain(normalise(plan.title.sv));
  });

  test('the static framework names all seven delmål', async () => {
    const run = await dhol(['render', 'framework', exampleFiles.sormland]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(DECLARATIVE_SHADOW_ROOT);
    const text = textOf(run.stdout);
    const delmal = nationalFramework.goals.filter((goal) => goal.kind === 'subgoal');
    expect(delmal).toHaveLength(7);
    for (const goal of delmal) expect(text).toContain(normalise(goal.title.sv?.text ?? goal.id));
  });

  test('the static coverage table counts the activities of each delmål', async () => {
    const run = await dhol(['render', 'coverage', exampleFiles.sormland]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(DECLARATIVE_SHADOW_ROOT);
    const text = textOf(run.stdout);
    expect(text).toContain('7 av 7 delmål har minst en aktivitet.');
    expect(text).toMatch(/Delmål 1: .+ 7/);
    expect(run.stdout).toContain('aria-label="7 aktiviteter: Delmål 1, ');
  });

  test('--lang en writes an English page and element', async () => {
    const run = await dhol(['render', 'coverage', exampleFiles.sormland, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<html lang="en">');
    expect(run.stdout).toContain('<dhol-coverage lang="en"');
    expect(textOf(run.stdout)).toContain('7 of 7 sub-goals have at least one activity.');
  });
});

describe('dhol render: the Surahammar handslag', () => {
  test('the static agreement shows its title, purpose, parties and every duty', async () => {
    const run = await dhol(['render', 'agreement', exampleFiles.surahammar]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(DECLARATIVE_SHADOW_ROOT);
    const text = textOf(run.stdout);
    expect(text).toContain(normalise(agreement.title.sv));
    for (const block of agreement.purpose) expect(text).toContain(normalise(block.text.sv));
    for (const organisation of surahammar.organisations.filter((o: { id: string }) =>
      agreement.parties.some((party: { organisation: string }) => party.organisation === o.id),
    )) {
      expect(text).toContain(normalise(organisation.name.sv));
    }
    const duties: string[] = agreement.parties.flatMap((party: { duties: Localized[] }) =>
      party.duties.map((duty) => duty.sv),
    );
    expect(duties.filter((duty) => !text.includes(normalise(duty)))).toEqual([]);
  });

  test('the indicator is rendered statically with the Surahammar baseline figures', async () => {
    const run = await dhol(['render', 'indicator', exampleFiles.surahammar]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(DECLARATIVE_SHADOW_ROOT);
    const text = textOf(run.stdout);
    expect(text).toContain(normalise(surahammar.indicators[0].title.sv));
    for (const figure of ['48 %', '44 %', '52 %']) expect(text).toContain(normalise(figure));
  });
});

describe('dhol render: options', () => {
  test('--fragment writes the element only, ready to paste into a page', async () => {
    const run = await dhol(['render', 'agreement', exampleFiles.surahammar, '--fragment']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^<!-- Statisk HTML skriven [^\n]* -->\n<dhol-agreement lang="sv" heading-level="2" state="content" data-dhol-[^>]*><template/,
    );
    expect(run.stdout).not.toContain('<html');
    expect(run.stdout.trimEnd().endsWith('</dhol-agreement>')).toBe(true);
  });

  test('--src and --script make a page that loads the elements and the same dataset, with no inline script', async () => {
    const run = await dhol([
      'render',
      'plan',
      exampleFiles.sormland,
      '--src',
      '/data/sormland.json',
      '--script',
      'https://example.org/dhol/dhol.js',
      '--heading-level',
      '3',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '<script type="module" src="https://example.org/dhol/dhol.js"></script>\n</head>',
    );
    expect(run.stdout).toContain(
      '<dhol-plan lang="sv" heading-level="3" src="/data/sormland.json" state="content" data-dhol-',
    );
    expect(run.stdout.match(/<script/g)).toHaveLength(1);
    expect(run.stdout).toMatch(/<h3[ >]/);
  });

  test('--plan chooses a plan by id, and an unknown id lists the plans there are', async () => {
    expect((await dhol(['render', 'plan', exampleFiles.sormland, '--plan', plan.id])).code).toBe(0);
    const run = await dhol(['render', 'plan', exampleFiles.sormland, '--plan', 'annan']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `dhol: ${exampleFiles.sormland}: har ingen plan med id "annan" (planer: ${plan.id})\n`,
    });
  });

  test('--out writes the page to a file and never overwrites the dataset', async () => {
    const folder = temporaryFolder();
    try {
      copyFileSync(exampleFiles.surahammar, join(folder.path, 'handslag.json'));
      const cwd = folder.path;
      const written = await dhol(['render', 'agreement', 'handslag.json', '--out', 'handslag.html'], { cwd });
      expect(written).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(readFileSync(join(cwd, 'handslag.html'), 'utf8')).toMatch(DECLARATIVE_SHADOW_ROOT);
      const refused = await dhol(
        ['render', 'agreement', 'handslag.json', '--out', 'handslag.json', '--force'],
        {
          cwd,
        },
      );
      expect(refused.code).toBe(2);
      expect(JSON.parse(readFileSync(join(cwd, 'handslag.json'), 'utf8')).id).toBe(surahammar.id);
    } finally {
      folder.remove();
    }
  });

  test('--css moves the shadow root’s styles to a file it links to, so the page has no inline style', async () => {
    const folder = temporaryFolder();
    try {
      const cwd = folder.path;
      const run = await dhol(
        ['render', 'agreement', exampleFiles.surahammar, '--css', 'dhol-agreement.css'],
        {
          cwd,
        },
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(
        '<template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="dhol-agreement.css">',
      );
      expect(run.stdout).not.toContain('<style');
      // The file holds exactly the styles the page would otherwise carry inline.
      const inline = await dhol(['render', 'agreement', exampleFiles.surahammar], { cwd });
      const inlineStyles = /<style>([\s\S]*?)<\/style>/.exec(inline.stdout)?.[1];
      expect(inlineStyles).toContain(':host');
      expect(readFileSync(join(cwd, 'dhol-agreement.css'), 'utf8')).toBe(inlineStyles);
    } finally {
      folder.remove();
    }
  });

  test('--heading-level takes 1 to 6; at 1 the element’s headings are the page’s, with no h1 of its own', async () => {
    const one = await dhol(['render', 'coverage', exampleFiles.sormland, '--heading-level', '1']);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/<main>\n<!-- [^\n]* -->\n<dhol-coverage lang="sv" heading-level="1"/);
    expect(one.stdout).toMatch(/<h1[ >]/);
    const six = await dhol(['render', 'plan', exampleFiles.sormland, '--heading-level', '6']);
    expect(six.stdout).toContain(`<main>\n<h1>${plan.title.sv}</h1>`);
    expect(six.stdout).toMatch(/<h6[ >]/);
    for (const level of ['0', '7', 'två']) {
      const refused = await dhol(['render', 'plan', exampleFiles.sormland, '--heading-level', level]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toBe(`dhol: --heading-level tar en rubriknivå från 1 till 6, inte "${level}"\n`);
    }
  });

  test('--css never writes a path of this machine into the page: the file’s path from the page, else its name', async () => {
    const folder = temporaryFolder();
    try {
      const cwd = folder.path;
      mkdirSync(join(cwd, 'stilar'));
      mkdirSync(join(cwd, 'sidor'));
      const absolute = join(cwd, 'stilar', 'dhol agreement.css');
      const beside = await dhol(['render', 'agreement', exampleFiles.surahammar, '--css', absolute], { cwd });
      expect(beside.code).toBe(0);
      expect(beside.stdout).toContain('<link rel="stylesheet" href="dhol%20agreement.css">');
      expect(beside.stdout).not.toContain(cwd);
      const page = join('sidor', 'handslag.html');
      const written = await dhol(
        ['render', 'agreement', exampleFiles.surahammar, '--css', absolute, '--out', page, '--force'],
        { cwd },
      );
      expect(written.code).toBe(0);
      const html = readFileSync(join(cwd, page), 'utf8');
      expect(html).toContain('<link rel="stylesheet" href="../stilar/dhol%20agreement.css">');
      expect(html).not.toContain(cwd);
    } finally {
      folder.remove();
    }
  });

  test('--fragment with --css needs the stylesheet’s address from the root or with https', async () => {
    const folder = temporaryFolder();
    try {
      const cwd = folder.path;
      const relative = await dhol(
        ['render', 'agreement', exampleFiles.surahammar, '--fragment', '--css', 'handslag.css'],
        { cwd },
      );
      expect(relative.code).toBe(2);
      expect(relative.stderr).toContain('--fragment med --css behöver --css-href');
      const absolute = await dhol(
        [
          'render',
          'agreement',
          exampleFiles.surahammar,
          '--fragment',
          '--css',
          'handslag.css',
          '--css-href',
          '/download/18.abc123/1700000000003/handslag.css',
        ],
        { cwd },
      );
      expect(absolute.code).toBe(0);
      expect(absolute.stdout).toContain(
        '<link rel="stylesheet" href="/download/18.abc123/1700000000003/handslag.css">',
      );
    } finally {
      folder.remove();
    }
  });

  test('--no-support-notice leaves the notice out, and --support-text puts the publisher’s sentence in it', async () => {
    const withNotice = textOf((await dhol(['render', 'plan', exampleFiles.sormland])).stdout);
    expect(withNotice).toContain('1177');
    const without = await dhol(['render', 'plan', exampleFiles.sormland, '--no-support-notice']);
    expect(without.code).toBe(0);
    expect(without.stdout).toContain('no-support-notice');
    expect(without.stdout).not.toContain('part="support-notice"');
    const sentence = 'Ring kommunens stödlinje (påhittat exempel).';
    const own = await dhol(['render', 'agreement', exampleFiles.surahammar, '--support-text', sentence]);
    expect(own.code).toBe(0);
    expect(textOf(own.stdout)).toContain(normalise(sentence));
    const refused = await dhol(['render', 'coverage', exampleFiles.sormland, '--no-support-notice']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'dhol: --no-support-notice och --support-text gäller bara plan, agreement, followup\n',
    );
  });

  test('the indicator’s CSV link downloads its values (a data: address), never the page itself', async () => {
    const run = await dhol(['render', 'indicator', exampleFiles.surahammar]);
    expect(run.code).toBe(0);
    const href = /<a part="download" href="([^"]*)"/.exec(run.stdout)?.[1];
    expect(href?.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    const csv = decodeURIComponent(
      (href ?? '').slice('data:text/csv;charset=utf-8,'.length).replaceAll('&#39;', "'"),
    );
    const indicator = surahammar.indicators[0].id;
    const observations = surahammar.observations.filter(
      (o: { indicator: string }) => o.indicator === indicator,
    );
    expect(csv).toBe(observationsToCsv(observations));
    expect(run.stdout).not.toContain('href="#"');
  });

  test('the static HTML says which data it shows, in a comment and in attributes, and the hash follows the content', async () => {
    const first = await dhol(['render', 'plan', exampleFiles.sormland, '--fragment']);
    const comment = /^<!-- (.*) -->\n/.exec(first.stdout)?.[1] ?? '';
    expect(comment).toMatch(
      /^Statisk HTML skriven 2026-06-01 med dhol \d+\.\d+\.\d+: dhol-plan med ”Det handlar om livet – .+” ur datasetet sormland-handlingsplan-2026, .*innehåll sha256:[0-9a-f]{16}\. Skriv den på nytt när datafilen ändras/,
    );
    const hash = /data-dhol-sha256="([0-9a-f]{16})"/.exec(first.stdout)?.[1];
    expect(comment).toContain(`sha256:${hash}`);
    expect(first.stdout).toContain('data-dhol-dataset="sormland-handlingsplan-2026"');
    expect(first.stdout).toContain('data-dhol-rendered="2026-06-01"');
    const folder = temporaryFolder();
    try {
      const changed = structuredClone(sormland);
      changed.plans[0].activities[0].status = 'completed';
      const file = join(folder.path, 'plan.json');
      writeFileSync(file, JSON.stringify(changed));
      const second = await dhol(['render', 'plan', file, '--fragment']);
      const other = /data-dhol-sha256="([0-9a-f]{16})"/.exec(second.stdout)?.[1];
      expect(other).toMatch(/^[0-9a-f]{16}$/);
      expect(other).not.toBe(hash);
    } finally {
      folder.remove();
    }
  });

  test('--indicator chooses the indicator shown, and an unknown id lists the indicators there are', async () => {
    const second = surahammar.indicators[1];
    const run = await dhol(['render', 'indicator', exampleFiles.surahammar, '--indicator', second.id]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`<title>${second.title.sv}</title>`);
    expect(run.stdout).toContain(`indicator="${second.id}"`);
    const unknown = await dhol(['render', 'indicator', exampleFiles.surahammar, '--indicator', 'annan']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('har ingen indikator med id "annan" (indikatorer: ');
  });

  test('a script address that is not http(s) or relative is refused', async () => {
    const run = await dhol(['render', 'plan', exampleFiles.sormland, '--script', 'javascript:alert(1)']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'dhol: --script tar en adress (relativ eller https), inte "javascript:alert(1)"\n',
    });
  });

  test('--help explains the command in Swedish, and in English with --lang en', async () => {
    const sv = await dhol(['render', '--help']);
    expect(sv.code).toBe(0);
    expect(sv.stdout).toContain(
      'Användning: dhol render <plan|framework|agreement|coverage|indicator|followup> <dataset>',
    );
    const en = await dhol(['render', '--help', '--lang', 'en']);
    expect(en.stdout).toContain(
      'Usage: dhol render <plan|framework|agreement|coverage|indicator|followup> <dataset>',
    );
  });

  test('dhol --help lists render', async () => {
    const run = await dhol(['--help']);
    expect(run.stdout).toMatch(/\n {2}render +skriv ett element som statisk HTML/);
  });
});

describe('dhol render: bad input', () => {
  test('an invalid dataset is not rendered: the issues as dhol validate reports them, exit 1', async () => {
    const run = await dhol(['render', 'plan', 'broken-reference.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('broken-reference.json: ogiltig');
    expect(run.stderr).toContain('[reference.goal.unknown]');
  });

  test('an unknown element is a usage error naming the elements there are, exit 2', async () => {
    const run = await dhol(['render', 'karta', exampleFiles.sormland, '--lang', 'en']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'dhol: unknown element "karta"; choose one of plan, framework, agreement, coverage, indicator, followup\n',
    });
  });

  test('a dataset without what the element shows says so, exit 1', async () => {
    const run = await dhol(['render', 'agreement', exampleFiles.sormland]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `dhol: ${exampleFiles.sormland}: innehåller inget handslag, så dhol-agreement har inget att visa\n`,
    );
  });

  test('a file that is not JSON is one line with its position, exit 2', async () => {
    const run = await dhol(['render', 'plan', 'not-json.txt', '--lang', 'en']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'dhol: not-json.txt:4:18: not valid JSON: a comma before ]; remove the last comma\n',
    });
  });

  test('a missing dataset is a read error, exit 2', async () => {
    const run = await dhol(['render', 'plan', 'finns-inte.json']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'dhol: finns-inte.json: filen finns inte\n' });
  });

  test('--plan with another element is a usage error', async () => {
    const run = await dhol(['render', 'agreement', exampleFiles.surahammar, '--plan', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('dhol: --plan gäller bara plan, framework och followup\n');
  });
});
