import { readFileSync } from 'node:fs';
import { figuresToCsv, validateDataset } from '@dhol/core';
import { areas, nationalFramework, surahammarHandslag } from '@dhol/data';
import { describe, expect, test } from 'vitest';
import { type FetchText, importText, importUrl } from './import-file.js';

const fixture = (path: string) =>
  readFileSync(new URL(`../../../../core/test/fixtures/${path}`, import.meta.url), 'utf8');
const errorsOf = (dataset: unknown) =>
  validateDataset(dataset, { frameworks: [nationalFramework], areas }).issues.filter(
    (i) => i.severity === 'error',
  );

describe('reading a file as a draft', () => {
  test('a dhol dataset opens exactly as it is', () => {
    const text = JSON.stringify(surahammarHandslag);
    expect(importText(text, 'surahammar.json')).toEqual({
      ok: true,
      kind: 'dataset',
      dataset: surahammarHandslag,
      issues: [],
    });
  });

  test('an invalid dhol dataset opens as it is too: the editor shows its issues and loses nothing', () => {
    const broken = {
      formatVersion: '1.0',
      plans: [{ id: 'X', title: 'not localized', activities: 'none' }],
      extra: [1, 2],
    };
    const outcome = importText(JSON.stringify(broken));
    expect(outcome).toEqual({ ok: true, kind: 'dataset', dataset: broken, issues: [] });
    expect(errorsOf(broken).length).toBeGreaterThan(0);
  });

  test('text that is not JSON says so with the parser’s words; an empty file says it is empty', () => {
    const outcome = importText('{"plans": [', 'trasig.json');
    expect(outcome).toMatchObject({ ok: false, problem: 'not-json' });
    expect(outcome.ok === false && outcome.detail).toBeTruthy();
    expect(importText('  \n')).toMatchObject({ ok: false, problem: 'empty' });
    expect(importText('<!doctype html><html>Inte hittad</html>')).toMatchObject({
      ok: false,
      problem: 'not-json',
    });
    expect(importText('a;b;c\n1;2;3')).toMatchObject({ ok: false, problem: 'unknown-csv' });
  });

  test('JSON-stat 2.0 is read by core’s importer into indicators and observations', () => {
    const outcome = importText(fixture('jsonstat/fohm-pxweb.json'), 'fohm.json');
    expect(outcome.ok && outcome.kind).toBe('jsonstat');
    if (!outcome.ok) return;
    const dataset = outcome.dataset as { indicators: unknown[]; observations: unknown[] };
    expect(dataset.indicators.length).toBeGreaterThan(0);
    expect(dataset.observations.length).toBeGreaterThan(0);
    expect(errorsOf(dataset)).toEqual([]);
  });

  test('a JSON-stat error answer does not open, and says why', () => {
    const outcome = importText(fixture('jsonstat/error.json'));
    expect(outcome).toMatchObject({ ok: false, kind: 'jsonstat' });
    expect(outcome.issues.length).toBeGreaterThan(0);
  });

  test('a JSON-stat area code that is no known area is left out with a warning, and the rest opens', () => {
    const outcome = importText(fixture('jsonstat/unknown-areas.json'), 'tabell.json');
    expect(outcome.ok).toBe(true);
    const codes = outcome.issues
      .filter((issue) => issue.code === 'format.area.unknown')
      .map((i) => i.params?.code);
    expect(codes).toEqual(['G124026', '1999', '__proto__']);
    expect(outcome.ok && errorsOf(outcome.dataset)).toEqual([]);
  });

  test('a Kolada page is read by core’s importer', () => {
    const outcome = importText(fixture('kolada/n33820-page1.json'));
    expect(outcome.ok && outcome.kind).toBe('kolada');
    if (!outcome.ok) return;
    expect((outcome.dataset as { observations: unknown[] }).observations.length).toBeGreaterThan(0);
  });

  test('an observations CSV becomes figures with each indicator laid out to describe', () => {
    const outcome = importText(fixture('csv/observations-semicolon.csv'), 'värden.csv');
    expect(outcome.ok && outcome.kind).toBe('observations-csv');
    if (!outcome.ok) return;
    const dataset = outcome.dataset as {
      title: unknown;
      indicators: { id: string }[];
      observations: { indicator: string }[];
    };
    expect(dataset.title).toEqual({ sv: 'värden' });
    expect(dataset.indicators.map((i) => i.id)).toEqual([
      ...new Set(dataset.observations.map((o) => o.indicator)),
    ]);
  });

  test('a figures CSV (dhol export csv) opens with its indicators described, as the dataset it came from', () => {
    const csv = figuresToCsv(surahammarHandslag);
    const outcome = importText(csv, 'surahammar-varden.csv');
    expect(outcome.ok && outcome.kind).toBe('observations-csv');
    if (!outcome.ok) return;
    const dataset = outcome.dataset as { indicators: unknown[]; observations: unknown[] };
    expect(dataset.indicators).toEqual(surahammarHandslag.indicators);
    expect(dataset.observations).toEqual(surahammarHandslag.observations);
    expect(errorsOf(dataset)).toEqual([]);
  });

  test('an observations CSV with errors does not open; the errors name row and column', () => {
    const outcome = importText(fixture('csv/observations-errors.csv'));
    expect(outcome).toMatchObject({ ok: false, kind: 'observations-csv' });
    expect(
      outcome.issues.some((issue) => issue.severity === 'error' && /rad|row/i.test(issue.message.sv)),
    ).toBe(true);
  });

  test('an activities CSV becomes a local plan holding the activities', () => {
    const csv =
      'id;title_sv;kind;status;goals;responsible\r\nbesokskort;Besökskort;ongoing;ongoing;delmal-4, delmal-5;region:lead\r\n';
    const outcome = importText(csv, 'aktiviteter.csv');
    expect(outcome.ok && outcome.kind).toBe('activities-csv');
    if (!outcome.ok) return;
    const plan = (outcome.dataset as { plans: { title: unknown; activities: unknown[] }[] }).plans[0]!;
    expect(plan.title).toEqual({ sv: 'aktiviteter' });
    expect(plan.activities).toHaveLength(1);
    expect(importText(fixture('csv/activities.csv'))).toMatchObject({ ok: false, kind: 'activities-csv' });
  });
});

describe('opening an address', () => {
  const answer =
    (status: number, body: string): FetchText =>
    async () => ({ ok: status >= 200 && status < 300, status, text: async () => body });

  test('a file at the address opens; relative addresses resolve against the page', async () => {
    const seen: string[] = [];
    const fetchText: FetchText = async (url) => {
      seen.push(url);
      return answer(200, JSON.stringify(surahammarHandslag))(url);
    };
    const outcome = await importUrl('/data/handslag.json', fetchText, 'https://www.surahammar.se/kommun/');
    expect(seen).toEqual(['https://www.surahammar.se/data/handslag.json']);
    expect(outcome).toMatchObject({ ok: true, kind: 'dataset' });
  });

  test('not found, a server error, a network failure, a page that is not JSON and a javascript: address each say so', async () => {
    const base = 'https://example.org/';
    expect(await importUrl('https://example.org/x.json', answer(404, ''), base)).toMatchObject({
      problem: 'not-found',
    });
    expect(await importUrl('https://example.org/x.json', answer(503, ''), base)).toMatchObject({
      problem: 'http',
      detail: '503',
    });
    const offline: FetchText = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await importUrl('https://example.org/x.json', offline, base)).toMatchObject({
      problem: 'network',
    });
    expect(
      await importUrl('https://example.org/', answer(200, '<html><body>Välkommen</body></html>'), base),
    ).toMatchObject({
      problem: 'not-json',
    });
    expect(await importUrl('javascript:alert(1)', answer(200, '{}'), base)).toMatchObject({
      problem: 'bad-url',
    });
    expect(await importUrl('  ', answer(200, '{}'), base)).toMatchObject({ problem: 'bad-url' });
  });
});
