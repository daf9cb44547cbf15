import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type ReplayServer, replayServer } from './replay-server.js';
import { dhol, fixtures, temporaryFolder } from './run.js';

/** Responses recorded in the shapes Kolada and PxWeb answer with (values written for dhol's tests). */
const recorded = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../core/test/fixtures/${path}`, import.meta.url), 'utf8')) as unknown;

const page1 = recorded('kolada/n33820-page1.json');
const page2 = recorded('kolada/n33820-page2.json');
const meta = recorded('kolada/n33820-meta.json');
const cube = recorded('jsonstat/fohm-pxweb.json');

const koladaFirst = '/v3/data/kpi/N33820/municipality/0000,0004,0019,1907/year/2023';
const koladaSecond = `${koladaFirst}?page=2&per_page=3`;
const koladaArgs = ['fetch', 'kolada', 'N33820', '--areas', '00,04,19,1907', '--years', '2023'];

let server: ReplayServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('dhol fetch kolada, against a server replaying recorded answers', () => {
  test('follows an answer spread over two pages and titles the indicator from the KPI’s description', async () => {
    server = await replayServer({
      [koladaFirst]: [{ body: page1 }],
      [koladaSecond]: [{ body: page2 }],
      '/v3/kpi/N33820': [{ body: meta }],
    });
    const run = await dhol([...koladaArgs, '--api', `${server.origin}/v3`]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // Kolada's own next-page link is followed on the server that was asked.
    expect(server.received.map((request) => request.path)).toEqual([
      koladaFirst,
      koladaSecond,
      '/v3/kpi/N33820',
    ]);
    const dataset = JSON.parse(run.stdout);
    expect(dataset.indicators).toEqual([
      expect.objectContaining({
        title: { sv: 'Psykisk ohälsa bland barn och unga, andel (%)' },
        unit: 'percent',
        breakdowns: ['sex'],
      }),
    ]);
    expect(new Set(dataset.observations.map((o: { area: string }) => o.area))).toEqual(
      new Set(['00', '04', '19', '1907']),
    );
    expect(dataset.observations).toHaveLength(12);
  });

  test('a 503 and a body cut off on the way are asked again, with growing waits', async () => {
    server = await replayServer({
      [koladaFirst]: [{ status: 503 }, { body: page1, cut: true }, { body: page1 }],
      [koladaSecond]: [{ body: page2 }],
      '/v3/kpi/N33820': [{ body: meta }],
    });
    const sleeps: number[] = [];
    const run = await dhol([...koladaArgs, '--api', `${server.origin}/v3`], { sleeps });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).observations).toHaveLength(12);
    expect(sleeps).toEqual([1000, 2000]);
  });

  test('a rate-limit answer is waited out as long as Retry-After says', async () => {
    server = await replayServer({
      [koladaFirst]: [{ status: 429, headers: { 'retry-after': '12' } }, { body: page1 }],
      [koladaSecond]: [{ body: page2 }],
      '/v3/kpi/N33820': [{ body: meta }],
    });
    const sleeps: number[] = [];
    const run = await dhol([...koladaArgs, '--api', `${server.origin}/v3`], { sleeps });
    expect(run.code).toBe(0);
    expect(sleeps).toEqual([12_000]);
  });

  test('a server that keeps failing: exit 1, the reason with the tries, nothing written', async () => {
    server = await replayServer({ [koladaFirst]: [{ status: 500 }, { status: 500 }] });
    const run = await dhol([...koladaArgs, '--api', `${server.origin}/v3`, '--retries', '1', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Kolada answered with status 500');
    expect(run.stderr).toContain('also after 2 tries');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe(
      `dhol: Kolada ${server.origin}/v3: the figures could not be fetched (1 error); nothing was written`,
    );
  });

  test('a server that never answers is given up after --timeout, and the job ends with exit 1', async () => {
    server = await replayServer({ [koladaFirst]: [{ silent: true }] });
    const run = await dhol([
      ...koladaArgs,
      '--api',
      `${server.origin}/v3`,
      '--timeout',
      '50',
      '--retries',
      '0',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('[kolada.fetch.timeout]');
    expect(run.stderr).toContain('Kolada svarade inte inom tidsgränsen');
  });

  test('a KPI description that cannot be fetched is a warning; the figures still come', async () => {
    server = await replayServer({ [koladaFirst]: [{ body: page1 }], [koladaSecond]: [{ body: page2 }] });
    const run = await dhol([...koladaArgs, '--api', `${server.origin}/v3`, '--unit', 'percent']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('[kolada.meta.unavailable]');
    expect(JSON.parse(run.stdout).indicators[0]).toMatchObject({ title: { sv: 'N33820' }, unit: 'percent' });
  });

  test('--dataset puts the fetched figures into an existing file', async () => {
    server = await replayServer({
      [koladaFirst]: [{ body: page1 }],
      [koladaSecond]: [{ body: page2 }],
      '/v3/kpi/N33820': [{ body: meta }],
    });
    const folder = temporaryFolder();
    try {
      const run = await dhol(
        [
          ...koladaArgs,
          '--api',
          `${server.origin}/v3`,
          '--dataset',
          join(fixtures, 'valid-small.json'),
          '--out',
          'ny.json',
        ],
        { cwd: folder.path },
      );
      expect(run.code).toBe(0);
      const dataset = JSON.parse(readFileSync(join(folder.path, 'ny.json'), 'utf8'));
      expect(dataset.plans).toHaveLength(1);
      expect(dataset.indicators.map((i: { id: string }) => i.id)).toEqual(['andel-test', 'n33820']);
      expect(dataset.observations).toHaveLength(3 + 12);
      expect(run.stderr).toContain('12 nya värden, 0 ändrade, 0 oförändrade, 0 borttagna');
    } finally {
      folder.remove();
    }
  });

  test.each([
    [['fetch', 'kolada', 'N33820'], 'dhol fetch kolada behöver --areas <koder>'],
    [['fetch', 'kolada', 'N33820', '--areas', '1907', '--years', '2024-2019'], '--years tar ett år'],
    [
      ['fetch', 'kolada', 'N33820', '--areas', '1907', '--query', 'q.json'],
      '--query gäller inte dhol fetch kolada',
    ],
    [
      ['fetch', 'pxweb', 'https://example.org/api/v1/sv/t', '--areas', '1907'],
      '--areas gäller inte dhol fetch pxweb',
    ],
    [['fetch', 'smhi'], 'ange källa'],
  ])('%j is a usage error before any request', async (argv, message) => {
    const run = await dhol(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

describe('dhol fetch pxweb, against a server replaying recorded answers', () => {
  const tablePath = '/Folkhalsodata/api/v1/sv/B_HLV/Tabell.px';
  const table = `https://fohm-app.folkhalsomyndigheten.se${tablePath}`;
  const configPath = '/Folkhalsodata/api/v1/sv/?config';

  /** The query file PxWeb's "save query" gives, written into a fresh folder. */
  function withQuery(): { folder: string; remove: () => void } {
    const folder = temporaryFolder();
    writeFileSync(
      join(folder.path, 'fraga.json'),
      JSON.stringify({
        query: [{ code: 'Region', selection: { filter: 'item', values: ['1907', '19'] } }],
        response: { format: 'px' },
      }),
    );
    return { folder: folder.path, remove: folder.remove };
  }

  test('keeps the published limit, waits out a rate-limit answer and imports the table', async () => {
    server = await replayServer({
      [configPath]: [{ body: { maxValues: 150000, maxCalls: 1, timeWindow: 10 } }],
      [tablePath]: [{ status: 429, body: { error: 'För många anrop' } }, { body: cube }],
    });
    const { folder, remove } = withQuery();
    try {
      const sleeps: number[] = [];
      const run = await dhol(
        [
          'fetch',
          'pxweb',
          table,
          '--query',
          'fraga.json',
          '--api',
          `${server.origin}/Folkhalsodata`,
          '--unit',
          'percent',
        ],
        { cwd: folder, sleeps },
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(server.received.map((request) => `${request.method} ${request.path}`)).toEqual([
        `GET ${configPath}`,
        `POST ${tablePath}`,
        `POST ${tablePath}`,
      ]);
      expect(JSON.parse(server.received[1]!.body)).toEqual({
        query: [{ code: 'Region', selection: { filter: 'item', values: ['1907', '19'] } }],
        response: { format: 'json-stat2' },
      });
      // A second after the 429, then the rest of the 10 s window that allows one call.
      expect(sleeps).toEqual([1000, 9000]);
      const dataset = JSON.parse(run.stdout);
      expect(dataset.indicators[0]).toMatchObject({ id: 'nedsatt-psykiskt-valbefinnande', unit: 'percent' });
      expect(dataset.observations.length).toBeGreaterThan(0);
    } finally {
      remove();
    }
  });

  test('without a published limit, the default of 30 calls in 10 seconds is kept and nothing waits', async () => {
    server = await replayServer({ [tablePath]: [{ body: cube }] });
    const { folder, remove } = withQuery();
    try {
      const sleeps: number[] = [];
      const run = await dhol(
        ['fetch', 'pxweb', table, '--query', 'fraga.json', '--api', `${server.origin}/Folkhalsodata`],
        { cwd: folder, sleeps },
      );
      expect(run.code).toBe(0);
      expect(sleeps).toEqual([]);
    } finally {
      remove();
    }
  });

  test('a table that is not there: exit 1 with the status and a hint, nothing written', async () => {
    server = await replayServer({});
    const { folder, remove } = withQuery();
    try {
      const run = await dhol(
        ['fetch', 'pxweb', table, '--query', 'fraga.json', '--api', `${server.origin}/Folkhalsodata`],
        { cwd: folder },
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('PxWeb-tjänsten svarade med status 404');
      expect(run.stderr).toContain('kontrollera tabellens adress');
    } finally {
      remove();
    }
  });

  test('an address that is no PxWeb table is an error before any request', async () => {
    const run = await dhol(['fetch', 'pxweb', 'javascript:alert(1)', '--query', 'q.json']);
    expect(run.code).toBe(2);
  });
});

describe('the commands in the guide for web teams ("Håll indikatorerna aktuella")', () => {
  const guide = readFileSync(new URL('../../../apps/demo/webbteam/index.html', import.meta.url), 'utf8');
  const section = guide.slice(guide.indexOf('id="aktuella"'));
  /** Every `dhol fetch` (or `npx … @dhol/cli fetch`) in the section's code, as the arguments after `dhol`. */
  const commands = [...section.matchAll(/<pre><code>([\s\S]*?)<\/code><\/pre>/g)]
    .flatMap((match) =>
      (match[1] ?? '').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').split('\n'),
    )
    .flatMap((line) => {
      const at = line.search(/(?:\bdhol|@dhol\/cli) fetch /);
      if (at < 0) return [];
      const command = line.slice(at).split('&&')[0]!.trim().split(/\s+/);
      return [command.slice(1)];
    });

  test('the section shows fetch commands for Kolada and PxWeb, by hand, in cron and in GitHub Actions', () => {
    expect(commands.map((argv) => argv[1])).toEqual(['kolada', 'pxweb', 'kolada', 'kolada']);
  });

  test.each(commands.map((argv) => [argv.join(' '), argv]))('%s runs as written', async (_, argv) => {
    server = await replayServer({
      '/v3/data/kpi/N00000/*': [
        { body: JSON.parse(readFileSync(join(fixtures, 'kolada-page.json'), 'utf8')) },
      ],
      '/v3/kpi/N00000': [{ body: { count: 0, values: [] } }],
      '/api/v1/sv/Databas/Tabell.px': [{ body: cube }],
    });
    const folder = temporaryFolder();
    try {
      mkdirSync(join(folder.path, 'data'));
      for (const file of ['indikatorer.json', 'data/indikatorer.json']) {
        writeFileSync(join(folder.path, file), '{ "formatVersion": "1.0" }');
      }
      writeFileSync(join(folder.path, 'fraga.json'), '{ "query": [] }');
      const api = argv[1] === 'kolada' ? `${server.origin}/v3` : server.origin;
      const run = await dhol([...(argv as string[]), '--api', api], { cwd: folder.path });
      expect(run.code).toBe(0);
      const out = (argv as string[])[(argv as string[]).indexOf('--out') + 1]!;
      expect(JSON.parse(readFileSync(join(folder.path, out), 'utf8')).observations.length).toBeGreaterThan(0);
    } finally {
      folder.remove();
    }
  });
});
