import { type Area, parentAreaCode } from '@dhol/core';
import { AREA_ROWS } from './area-list.js';

/** The whole country, `00` as PxWeb writes it (Kolada writes `0000`). */
export const SWEDEN: Area = { code: '00', name: 'Sverige', kind: 'country' };

function toArea([code, name]: readonly [string, string]): Area {
  return { code, name, kind: code.length === 2 ? 'lan' : 'kommun', parent: parentAreaCode(code) };
}

/**
 * Sweden, its 21 län and 290 kommuner (the official code list for 2026). Each area names its parent:
 * a kommun its län (`1907` Surahammar → `19`), a län the country (`19` → `00`).
 */
export const areas: readonly Area[] = [SWEDEN, ...AREA_ROWS.map(toArea)];

const byCode = new Map(areas.map((area) => [area.code, area]));

/** The area with this code (`00`, a län such as `04`, or a kommun such as `1907`), or `undefined`. */
export function areaByCode(code: string): Area | undefined {
  return byCode.get(code);
}

/**
 * The names of the regions that run health care, by län code. A region's name is not always the län's:
 * Södermanlands län (`04`) is served by Region Sörmland, Västra Götalands län (`14`) by Västra Götalandsregionen.
 */
export const REGION_NAMES: Readonly<Record<string, string>> = {
  '01': 'Region Stockholm',
  '03': 'Region Uppsala',
  '04': 'Region Sörmland',
  '05': 'Region Östergötland',
  '06': 'Region Jönköpings län',
  '07': 'Region Kronoberg',
  '08': 'Region Kalmar län',
  '09': 'Region Gotland',
  '10': 'Region Blekinge',
  '12': 'Region Skåne',
  '13': 'Region Halland',
  '14': 'Västra Götalandsregionen',
  '17': 'Region Värmland',
  '18': 'Region Örebro län',
  '19': 'Region Västmanland',
  '20': 'Region Dalarna',
  '21': 'Region Gävleborg',
  '22': 'Region Västernorrland',
  '23': 'Region Jämtland Härjedalen',
  '24': 'Region Västerbotten',
  '25': 'Region Norrbotten',
};

/** The name of the region that runs health care in a län (`04` → "Region Sörmland"), or `undefined`. */
export function regionNameForLan(code: string): string | undefined {
  return Object.hasOwn(REGION_NAMES, code) ? REGION_NAMES[code] : undefined;
}
