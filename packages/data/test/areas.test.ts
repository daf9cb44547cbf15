import { describe, expect, test } from 'vitest';
import { areaByCode, areas, regionNameForLan } from '../src/index.js';

describe('areas', () => {
  test('the list holds the country, 21 län and 290 kommuner', () => {
    expect(areas.filter((a) => a.kind === 'country').map((a) => a.code)).toEqual(['00']);
    expect(areas.filter((a) => a.kind === 'lan')).toHaveLength(21);
    expect(areas.filter((a) => a.kind === 'kommun')).toHaveLength(290);
  });

  test('no code appears twice', () => {
    expect(new Set(areas.map((a) => a.code)).size).toBe(areas.length);
  });

  test('Surahammar lies in Västmanlands län, which lies in Sverige', () => {
    expect(areaByCode('1907')).toEqual({ code: '1907', name: 'Surahammar', kind: 'kommun', parent: '19' });
    expect(areaByCode('19')).toEqual({ code: '19', name: 'Västmanlands län', kind: 'lan', parent: '00' });
    expect(areaByCode('00')).toEqual({ code: '00', name: 'Sverige', kind: 'country' });
  });

  test('every kommun has a län of the list as parent, and every län the country', () => {
    for (const area of areas) {
      if (area.kind === 'kommun') expect(areaByCode(area.parent ?? '')?.kind, area.code).toBe('lan');
      if (area.kind === 'lan') expect(area.parent, area.code).toBe('00');
    }
  });

  test('Södermanlands län has the nine kommuner the Sörmland plan covers', () => {
    expect(areas.filter((a) => a.parent === '04').map((a) => a.name)).toEqual([
      'Vingåker',
      'Gnesta',
      'Nyköping',
      'Oxelösund',
      'Flen',
      'Katrineholm',
      'Eskilstuna',
      'Strängnäs',
      'Trosa',
    ]);
  });

  test('an unknown or malformed code gives undefined, not an error', () => {
    expect(areaByCode('9999')).toBeUndefined();
    expect(areaByCode('')).toBeUndefined();
    expect(areaByCode('toString')).toBeUndefined();
  });

  test('the region that runs health care is named for each län', () => {
    expect(regionNameForLan('04')).toBe('Region Sörmland');
    expect(regionNameForLan('19')).toBe('Region Västmanland');
    expect(regionNameForLan('14')).toBe('Västra Götalandsregionen');
    for (const lan of areas.filter((a) => a.kind === 'lan'))
      expect(regionNameForLan(lan.code), lan.code).toMatch(/region/i);
  });

  test('a code that is not a län has no region name', () => {
    expect(regionNameForLan('1907')).toBeUndefined();
    expect(regionNameForLan('00')).toBeUndefined();
    expect(regionNameForLan('constructor')).toBeUndefined();
  });
});
