import { describe, expect, test } from 'vitest';
import type { Area } from '../../src/model/area.js';
import type { Manifest } from '../../src/model/manifest.js';
import { readManifest, validateManifest, validationIssueCodes } from '../../src/validation/index.js';

const areas: Area[] = [
  { code: '19', name: 'Västmanlands län', kind: 'lan', parent: '00' },
  { code: '1907', name: 'Surahammar', kind: 'kommun', parent: '19' },
  { code: '1980', name: 'Västerås', kind: 'kommun', parent: '19' },
  { code: '04', name: 'Södermanlands län', kind: 'lan', parent: '00' },
  { code: '0484', name: 'Eskilstuna', kind: 'kommun', parent: '04' },
];
const MANIFEST_URL = 'https://regionvastmanland.example/dhol/lan-19.json';

/** A sound manifest for Västmanland with two sources; each call gives a fresh copy to change. */
function manifest(): Manifest {
  return {
    formatVersion: '1.0',
    title: { sv: 'Länets arbete med Det handlar om livet (testdata)' },
    area: '19',
    sources: [
      { url: 'surahammar-handslag.json', area: '1907', kinds: ['handslag', 'indicators'] },
      {
        url: 'https://vasteras.example/plan.json',
        area: '1980',
        organisation: { name: { sv: 'Västerås stad' }, kind: 'kommun' },
        kinds: ['plan'],
      },
    ],
  };
}

const codes = (issues: readonly { code: string }[]) => issues.map((issue) => issue.code);

describe('validateManifest', () => {
  test('a sound manifest is valid and is returned as it was given', () => {
    const input = manifest();
    const result = validateManifest(input, { url: MANIFEST_URL, areas });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.value).toBe(input);
  });

  test('relative addresses resolve against the manifest’s own address', () => {
    const input = manifest();
    input.sources.push({ url: '../kommuner/sala.json', area: '1907' }, { url: '/plan.json', area: '1980' });
    const reading = readManifest(input, { url: MANIFEST_URL, areas });
    expect(reading.sources.map((source) => source.href)).toEqual([
      'https://regionvastmanland.example/dhol/surahammar-handslag.json',
      'https://vasteras.example/plan.json',
      'https://regionvastmanland.example/kommuner/sala.json',
      'https://regionvastmanland.example/plan.json',
    ]);
  });

  test('a manifest on disk resolves its relative addresses to files beside it', () => {
    const reading = readManifest(manifest(), { url: 'file:///srv/dhol/lan-19.json' });
    expect(reading.sources[0]?.href).toBe('file:///srv/dhol/surahammar-handslag.json');
  });

  test('without the manifest’s address, relative addresses are kept as written', () => {
    const reading = readManifest(manifest());
    expect(reading.ok).toBe(true);
    expect(reading.sources[0]?.href).toBe('surahammar-handslag.json');
  });

  test.each([
    ['javascript:alert(1)'],
    [' JavaScript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:application/json,{}'],
    ['file:///etc/passwd'],
    ['https://user:secret@example.org/plan.json'],
    ['\\\\server\\share\\plan.json'],
    ['https://'],
  ])('the address %j is an error, and that source is not fetched', (url) => {
    const input = manifest();
    input.sources[1]!.url = url;
    const result = validateManifest(input, { url: MANIFEST_URL, areas });
    expect(result.ok).toBe(false);
    expect(codes(result.issues)).toEqual(['manifest.source.url-unsafe']);
    expect(result.issues[0]?.path).toEqual(['sources', 1, 'url']);
    expect(result.issues[0]?.message.sv).toContain('Källa 2');
    expect(result.issues[0]?.message.en).toContain('Source 2');
    const reading = readManifest(input, { url: MANIFEST_URL, areas });
    expect(reading.sources[1]?.href).toBeUndefined();
    // The other source is still there to load.
    expect(reading.sources[0]?.href).toBe('https://regionvastmanland.example/dhol/surahammar-handslag.json');
  });

  test('an http address is fetched but gives a warning', () => {
    const input = manifest();
    input.sources[1]!.url = 'http://vasteras.example/plan.json';
    const reading = readManifest(input, { url: MANIFEST_URL, areas });
    expect(reading.ok).toBe(true);
    expect(codes(reading.issues)).toEqual(['url.http']);
    expect(reading.sources[1]?.href).toBe('http://vasteras.example/plan.json');
  });

  test('the same file listed twice is an error on the second, which is not fetched again', () => {
    const input = manifest();
    // Written differently, the same file once resolved.
    input.sources.push({ url: './surahammar-handslag.json', area: '1907' });
    const reading = readManifest(input, { url: MANIFEST_URL, areas });
    expect(reading.ok).toBe(false);
    expect(codes(reading.issues)).toEqual(['manifest.source.duplicate']);
    expect(reading.issues[0]?.path).toEqual(['sources', 2, 'url']);
    expect(reading.issues[0]?.message.sv).toBe(
      'Källa 3 pekar på samma fil som källa 1 ("./surahammar-handslag.json"); filen hämtas bara en gång.',
    );
    expect(reading.sources.map((source) => source.href !== undefined)).toEqual([true, true, false]);
  });

  test('two sources with the same id are an error', () => {
    const input = manifest();
    input.sources[0]!.id = 'surahammar';
    input.sources[1]!.id = 'surahammar';
    const result = validateManifest(input, { url: MANIFEST_URL, areas });
    expect(codes(result.issues)).toEqual(['manifest.source.duplicate-id']);
    expect(result.issues[0]?.path).toEqual(['sources', 1, 'id']);
  });

  test('a source must say which area or organisation it belongs to', () => {
    const input = manifest();
    delete input.sources[0]!.area;
    const result = validateManifest(input, { areas });
    expect(codes(result.issues)).toEqual(['manifest.source.owner-missing']);
    expect(result.issues[0]?.path).toEqual(['sources', 0]);
  });

  test('unknown area codes are errors; a known area outside the manifest’s is a warning', () => {
    const input = manifest();
    input.area = '99';
    expect(codes(validateManifest(input, { areas }).issues)).toContain('reference.area.unknown');
    const outside = manifest();
    outside.sources[0]!.area = '0484';
    const result = validateManifest(outside, { areas });
    expect(result.ok).toBe(true);
    expect(codes(result.issues)).toEqual(['manifest.source.area-outside']);
    expect(result.issues[0]?.message.sv).toBe(
      'Källa 1 hör till område 0484, som inte ligger inom manifestets område 19.',
    );
    // The whole country holds every area.
    outside.area = '00';
    expect(validateManifest(outside, { areas }).issues).toEqual([]);
  });

  test('a broken entry is reported in its own row; the others stay readable', () => {
    const input = manifest() as unknown as { sources: unknown[] };
    input.sources.splice(1, 0, { url: 42, area: '1980' });
    const reading = readManifest(input, { url: MANIFEST_URL, areas });
    expect(reading.ok).toBe(false);
    expect(reading.header?.title.sv).toContain('Länets arbete');
    expect(reading.sources.map((source) => [source.index, source.href !== undefined])).toEqual([
      [0, true],
      [1, false],
      [2, true],
    ]);
    expect(reading.sources[1]?.source).toBeUndefined();
    expect(reading.sources[1]?.issues[0]?.path).toEqual(['sources', 1, 'url']);
  });

  test('a broken header makes the manifest unusable, with messages in both languages', () => {
    const input = manifest() as unknown as Record<string, unknown>;
    input.formatVersion = '2.0';
    delete input.title;
    const reading = readManifest(input, { areas });
    expect(reading.header).toBeUndefined();
    expect(reading.sources).toEqual([]);
    expect(codes(reading.issues).sort()).toEqual(['structure.format-version', 'structure.required']);
    for (const issue of reading.issues) {
      expect(issue.message.sv).not.toBe('');
      expect(issue.message.en).not.toBe('');
    }
  });

  test.each([
    ['null', null],
    ['a list', []],
    ['a text', 'lan-19.json'],
    ['a dataset', { formatVersion: '1.0', plans: [] }],
  ])('%s is not a manifest, and nothing throws', (_name, input) => {
    const result = validateManifest(input);
    expect(result.ok).toBe(false);
    expect(result.issues.length).toBeGreaterThan(0);
  });

  test('input that throws when read gives an issue, not an exception', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(validateManifest(hostile).ok).toBe(false);
  });

  test('every manifest code is in the validation catalogue, for docs and the CLI', () => {
    for (const code of [
      'manifest.source.url-unsafe',
      'manifest.source.duplicate',
      'manifest.source.duplicate-id',
      'manifest.source.owner-missing',
      'manifest.source.area-outside',
    ]) {
      expect(validationIssueCodes).toContain(code);
    }
  });
});
