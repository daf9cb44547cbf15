import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fetchPxWeb, pxwebRateLimit, pxwebRequest } from './pxweb.js';
import { type FetchLike, type FetchResponse, RateLimiter, requestJson, retryAfterMs } from './request.js';

const cube = JSON.parse(
  readFileSync(new URL('../../test/fixtures/jsonstat/fohm-pxweb.json', import.meta.url), 'utf8'),
) as unknown;

/** A response as `fetch` gives it; `json` rejects for a body that was cut off. */
function answer(status: number, body?: unknown, headers: Record<string, string> = {}): FetchResponse {
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name) => headers[name.toLowerCase()] ?? null },
    json: async () => {
      if (body === undefined) throw new SyntaxError('Unexpected end of JSON input');
      return body;
    },
  };
}

/** A fetch that answers each request with the next answer of its URL, and records what it was asked. */
function replay(answers: Record<string, FetchResponse[]>) {
  const calls: { url: string; method: string; body?: string }[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, method: init?.method ?? 'GET', ...(init?.body ? { body: init.body } : {}) });
    const next = answers[url]?.shift();
    return next ?? answer(404, {});
  };
  return { fetch, calls };
}

/** A clock that only moves when something waits, and the waits asked for. */
function clock() {
  let time = 0;
  const waits: number[] = [];
  return {
    now: () => time,
    sleep: async (ms: number) => {
      waits.push(ms);
      time += ms;
    },
    waits,
  };
}

describe('requestJson asks again for what may pass', () => {
  const url = 'https://example.org/data';

  test('a 429 waits as long as Retry-After says, then reads the answer', async () => {
    const { fetch, calls } = replay({
      [url]: [answer(429, {}, { 'retry-after': '7' }), answer(200, { a: 1 })],
    });
    const time = clock();
    const result = await requestJson(url, undefined, { fetch, ...time });
    expect(result).toEqual({ ok: true, json: { a: 1 } });
    expect(calls).toHaveLength(2);
    expect(time.waits).toEqual([7000]);
  });

  test('5xx answers and a cut-off body are tried again with growing waits', async () => {
    const { fetch } = replay({ [url]: [answer(503), answer(200), answer(200, [1])] });
    const time = clock();
    expect(await requestJson(url, undefined, { fetch, ...time })).toEqual({ ok: true, json: [1] });
    expect(time.waits).toEqual([1000, 2000]);
  });

  test('an answer that cannot pass (404) is not asked again', async () => {
    const { fetch, calls } = replay({});
    const time = clock();
    expect(await requestJson(url, undefined, { fetch, ...time })).toEqual({
      ok: false,
      kind: 'status',
      status: 404,
      attempts: 1,
    });
    expect(calls).toHaveLength(1);
    expect(time.waits).toEqual([]);
  });

  test('after the last try, the last reason is given with the number of tries', async () => {
    const { fetch } = replay({ [url]: [answer(502), answer(502), answer(502)] });
    expect(await requestJson(url, undefined, { fetch, ...clock() })).toEqual({
      ok: false,
      kind: 'status',
      status: 502,
      attempts: 3,
    });
  });

  test('Retry-After is read as seconds or as a date', () => {
    expect(retryAfterMs('3', 0)).toBe(3000);
    expect(retryAfterMs('Thu, 01 Jan 1970 00:00:10 GMT', 4000)).toBe(6000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
  });

  test('a rate limiter waits for the oldest request of a full window to leave it', async () => {
    const time = clock();
    const limiter = new RateLimiter({ calls: 2, windowMs: 10_000 }, time.now, time.sleep);
    await limiter.take();
    await time.sleep(1000);
    await limiter.take();
    await limiter.take();
    expect(time.waits).toEqual([1000, 9000]);
  });
});

describe('pxwebRequest', () => {
  const scb = 'https://api.scb.se/OV0104/v1/doris/sv/ssd/HS/HS0301/DodaOrsak';
  const query = { query: [{ code: 'Region', selection: { filter: 'item', values: ['1907'] } }] };

  test('v1: POSTs the query for JSON-stat 2.0 to the table, and reads limits at the language’s ?config', () => {
    const request = pxwebRequest(scb, { ...query, response: { format: 'px' } });
    expect(request.value).toEqual({
      version: 'v1',
      url: scb,
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: query.query, response: { format: 'json-stat2' } }),
      },
      configUrl: 'https://api.scb.se/OV0104/v1/doris/sv/?config',
    });
  });

  test('v2: a v1 query of item filters becomes a selection, sent to the table’s data', () => {
    const request = pxwebRequest('https://statistikdatabasen.scb.se/api/v2/tables/TAB638', query);
    expect(request.value).toMatchObject({
      version: 'v2',
      url: 'https://statistikdatabasen.scb.se/api/v2/tables/TAB638/data?outputFormat=json-stat2',
      init: {
        method: 'POST',
        body: JSON.stringify({ selection: [{ variableCode: 'Region', valueCodes: ['1907'] }] }),
      },
      configUrl: 'https://statistikdatabasen.scb.se/api/v2/config',
    });
  });

  test('--api moves the request to another server with the same paths', () => {
    const fohm = 'https://fohm-app.folkhalsomyndigheten.se/Folkhalsodata/api/v1/sv/A_Folkhalsodata/Tabell.px';
    const request = pxwebRequest(fohm, query, 'http://127.0.0.1:8080/spegel/');
    expect(request.value?.url).toBe('http://127.0.0.1:8080/spegel/api/v1/sv/A_Folkhalsodata/Tabell.px');
    expect(request.value?.configUrl).toBe('http://127.0.0.1:8080/spegel/api/v1/sv/?config');
  });

  test.each([
    ['javascript:alert(1)', 'pxweb.url.invalid'],
    ['https://example.org/tabell', 'pxweb.url.invalid'],
  ])('%s is no table address', (table, code) => {
    expect(pxwebRequest(table, query).issues[0]?.code).toBe(code);
  });

  test('a v1 query without its query list is named', () => {
    expect(pxwebRequest(scb, { selection: [] }).issues[0]?.code).toBe('pxweb.query.invalid');
  });

  test('published limits are read from v1 and v2 configurations', () => {
    expect(pxwebRateLimit({ maxValues: 150000, maxCalls: 30, timeWindow: 10 })).toEqual({
      calls: 30,
      windowMs: 10_000,
    });
    expect(pxwebRateLimit({ maxCallsPerTimeWindow: 5, timeWindow: 1 })).toEqual({ calls: 5, windowMs: 1000 });
    expect(pxwebRateLimit({ maxCalls: '30' })).toBeUndefined();
  });
});

describe('fetchPxWeb', () => {
  const table = 'https://example.org/api/v1/sv/Folkhalsodata/Tabell.px';
  const query = { query: [] };

  test('reads the limits, waits out a rate-limit answer, and imports the table', async () => {
    const { fetch, calls } = replay({
      'https://example.org/api/v1/sv/?config': [answer(200, { maxCalls: 1, timeWindow: 10 })],
      [table]: [answer(429, { error: 'too many' }), answer(200, cube)],
    });
    const time = clock();
    const result = await fetchPxWeb({ table, query, fetch, ...time });
    expect(result.ok).toBe(true);
    expect(result.value?.observations?.length).toBeGreaterThan(0);
    expect(calls.map((call) => call.method)).toEqual(['GET', 'POST', 'POST']);
    // One second's back-off, then the rest of the window that one call a 10 s allows.
    expect(time.waits).toEqual([1000, 9000]);
  });

  test('a service that never answers well gives one issue with the tries, not an exception', async () => {
    const { fetch } = replay({ [table]: [answer(500), answer(500), answer(500)] });
    const result = await fetchPxWeb({ table, query, fetch, ...clock() });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'pxweb.fetch.status',
        params: { url: table, status: 500, attempts: 3 },
      }),
    ]);
    expect(result.issues[0]?.message.sv).toContain('också efter 3 försök');
  });
});
