import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Dataset, validateDataset } from '@dhol/core';
import { areas, nationalFramework } from '@dhol/data';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dhol, temporaryFolder } from './run.js';

const require = createRequire(import.meta.url);
const surahammar = readFileSync(require.resolve('@dhol/data/datasets/surahammar-handslag.json'), 'utf8');

/** A small local plan written for these tests (invented), with the same ids in every kommun's file. */
function localPlan(code: string, name: string): Dataset {
  return {
    formatVersion: '1.0',
    organisations: [{ id: 'kommunen', name: { sv: `${name} kommun` }, kind: 'kommun', area: code }],
    plans: [
      {
        id: 'handlingsplan',
        kind: 'local',
        title: { sv: `Handlingsplan för ${name} (påhittad)` },
        scope: [code],
        framework: 'det-handlar-om-livet-2025',
        owner: 'kommunen',
        activities: [
          {
            id: 'a1',
            title: { sv: 'Utbildning i suicidprevention' },
            goals: [{ goal: 'delmal-6' }],
            kind: 'ongoing',
            status: 'ongoing',
            responsible: [{ organisation: 'kommunen', role: 'lead' }],
          },
        ],
      },
    ],
  };
}

const manifest = (sources: unknown[]) =>
  JSON.stringify({ formatVersion: '1.0', title: { sv: 'Västmanlands län (test)' }, area: '19', sources });

let server: Server;
let origin = '';
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const json = (body: string) => res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    if (path === '/surahammar.json') return json(surahammar);
    if (path === '/vasteras.json') return json(JSON.stringify(localPlan('1980', 'Västerås')));
    if (path === '/server-error.json') return res.writeHead(500).end('busy');
    if (path === '/hang.json') return; // never answers
    if (path === '/not-json.json')
      return res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Nej</p>');
    if (path === '/invalid.json') return json(JSON.stringify({ formatVersion: '1.0', plans: [{ id: 'x' }] }));
    if (path === '/lan-19.json') return json(manifest([{ url: 'surahammar.json', area: '1907' }]));
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Dataset;

describe('dhol rollup', () => {
  test('local files beside the manifest become one valid dataset, exit 0, with a report per source', async () => {
    const folder = temporaryFolder();
    try {
      writeFileSync(join(folder.path, 'vasteras.json'), JSON.stringify(localPlan('1980', 'Västerås')));
      writeFileSync(join(folder.path, 'sala.json'), JSON.stringify(localPlan('1981', 'Sala')));
      writeFileSync(join(folder.path, 'surahammar.json'), surahammar);
      writeFileSync(
        join(folder.path, 'lan-19.json'),
        manifest([
          { url: 'surahammar.json', area: '1907' },
          { url: 'vasteras.json', area: '1980' },
          { url: './sala.json', id: 'sala', area: '1981' },
        ]),
      );
      const run = await dhol(['rollup', 'lan-19.json', '--out', 'lan-19-samlat.json'], { cwd: folder.path });
      expect(run.stdout).toBe('');
      expect(run.code).toBe(0);
      expect(run.stderr).toBe(
        [
          '  läst  1907  surahammar.json',
          '  läst  1980  vasteras.json',
          '  läst  1981  ./sala.json',
          '',
          '3 källor: 3 lästa, 0 kunde inte läsas; skrivet till lan-19-samlat.json',
          '',
        ].join('\n'),
      );
      const dataset = read(join(folder.path, 'lan-19-samlat.json'));
      // Two files both have a plan `handlingsplan` with an activity `a1`: both stay, apart.
      expect(dataset.plans?.map((plan) => plan.id)).toEqual(['1980.handlingsplan', 'sala.handlingsplan']);
      expect(dataset.plans?.map((plan) => plan.activities[0]?.id)).toEqual(['a1', 'a1']);
      expect(dataset.plans?.[1]?.owner).toBe('sala.kommunen');
      expect(dataset.title).toEqual({ sv: 'Västmanlands län (test)' });
      expect(dataset.related?.map((related) => related.id)).toEqual(['1907', '1980', 'sala']);
      const rollup = dataset.extensions?.rollup as {
        sources: { key: string; url: string }[];
        origins: Record<string, string[]>;
      };
      expect(rollup.sources.map((source) => [source.key, source.url.endsWith('/sala.json')])).toEqual([
        ['1907', false],
        ['1980', false],
        ['sala', true],
      ]);
      expect(rollup.origins.plans).toEqual(['1980', 'sala']);
      expect(rollup.origins.observations).toHaveLength(dataset.observations?.length ?? -1);
      const result = validateDataset(dataset, { frameworks: [nationalFramework], areas, policy: false });
      expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    } finally {
      folder.remove();
    }
  });

  test('each failing source is reported with its reason; the rest is still written, and the exit code is 1', async () => {
    const folder = temporaryFolder();
    try {
      writeFileSync(
        join(folder.path, 'lan-19.json'),
        manifest([
          { url: `${origin}/surahammar.json`, area: '1907' },
          { url: `${origin}/missing.json`, area: '1904' },
          { url: `${origin}/server-error.json`, area: '1960' },
          { url: `${origin}/not-json.json`, area: '1962' },
          { url: `${origin}/invalid.json`, area: '1980' },
          { url: 'javascript:alert(1)', area: '1981' },
          { url: 'finns-inte.json', area: '1982' },
        ]),
      );
      // A wait no answer of this server comes near, even on a busy machine: a slow answer taken for a timeout
      // would be tried again. The source that never answers has a run of its own, with a short wait.
      const run = await dhol(['rollup', 'lan-19.json', '--out', 'ut.json', '--timeout', '60000'], {
        cwd: folder.path,
      });
      expect(run.code).toBe(1);
      const report = run.stderr;
      expect(report).toContain('  läst  1907  http://127.0.0.1:');
      expect(report).toMatch(
        / fel {3}1904 .*missing\.json\n .*Datafilen hittades inte \(HTTP 404\): .*missing\.json\. .*\[load\.notFound\]/,
      );
      expect(report).toMatch(/ fel {3}1960 .*server-error\.json\n .*\(HTTP 500\).*\[load\.server\]/);
      expect(report).toMatch(/ fel {3}1962 .*not-json\.json\n .*en webbsida \(HTML\).*\[load\.notJson\]/);
      expect(report).toMatch(/ fel {3}1980 .*invalid\.json\n .*\[structure\./);
      expect(report).toContain('      … och 2 fel till\n');
      expect(report).toMatch(/ fel {3}1981 {2}javascript:alert\(1\)\n .*\[manifest\.source\.url-unsafe\]/);
      expect(report).toMatch(
        / fel {3}1982 {2}finns-inte\.json\n .*finns-inte\.json: filen finns inte \[load\.file\]/,
      );
      expect(report).toContain('7 källor: 1 läst, 6 kunde inte läsas; skrivet till ut.json');
      // A server error was tried again; a missing file was not.
      expect([hits.get('/missing.json'), hits.get('/server-error.json')]).toEqual([1, 2]);
      expect(read(join(folder.path, 'ut.json')).agreements?.map((agreement) => agreement.id)).toEqual([
        'surahammar-handslag',
      ]);
    } finally {
      folder.remove();
    }
  });

  test('a source that never answers is given up after the wait, tried again once, and reported', async () => {
    const folder = temporaryFolder();
    try {
      writeFileSync(
        join(folder.path, 'lan-19.json'),
        manifest([
          { url: `${origin}/surahammar.json`, area: '1907' },
          { url: `${origin}/hang.json`, area: '1961' },
        ]),
      );
      hits.delete('/hang.json');
      const run = await dhol(['rollup', 'lan-19.json', '--out', 'ut.json', '--timeout', '300'], {
        cwd: folder.path,
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        / fel {3}1961 .*hang\.json\n .*Datafilen kom inte inom 0,3 sekunder: .*\[load\.timeout\]/,
      );
      expect(hits.get('/hang.json')).toBe(2);
    } finally {
      folder.remove();
    }
  });

  test('a manifest at a web address, in English, to stdout', async () => {
    const run = await dhol(['rollup', `${origin}/lan-19.json`, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Dataset).agreements).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^ {2}read {4}1907 {2}surahammar\.json\n\n1 source: 1 read, 0 could not be read; written to stdout\n$/,
    );
  });

  test('a manifest that cannot be read exits with 2; an invalid one with 1', async () => {
    const folder = temporaryFolder();
    try {
      expect((await dhol(['rollup', 'finns-inte.json'], { cwd: folder.path })).code).toBe(2);
      writeFileSync(join(folder.path, 'trasig.json'), '{ "formatVersion": ');
      const broken = await dhol(['rollup', 'trasig.json'], { cwd: folder.path });
      expect(broken.code).toBe(2);
      expect(broken.stderr).toContain('trasig.json:1:');
      writeFileSync(join(folder.path, 'ogiltig.json'), JSON.stringify({ formatVersion: '1.0', sources: [] }));
      const invalid = await dhol(['rollup', 'ogiltig.json'], { cwd: folder.path });
      expect(invalid.code).toBe(1);
      expect(invalid.stderr).toContain('[structure.required]');
      expect(invalid.stderr).toContain('dhol: ogiltig.json: manifestet är ogiltigt');
      expect((await dhol(['rollup'], { cwd: folder.path })).code).toBe(2);
      expect((await dhol(['rollup', 'a.json', '--retries', '-1'], { cwd: folder.path })).code).toBe(2);
    } finally {
      folder.remove();
    }
  });

  test('--out never overwrites the manifest', async () => {
    const folder = temporaryFolder();
    try {
      writeFileSync(join(folder.path, 'lan-19.json'), manifest([]));
      const run = await dhol(['rollup', 'lan-19.json', '--out', 'lan-19.json', '--force'], {
        cwd: folder.path,
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('är en av indatafilerna');
      expect(JSON.parse(readFileSync(join(folder.path, 'lan-19.json'), 'utf8')).sources).toEqual([]);
    } finally {
      folder.remove();
    }
  });
});
