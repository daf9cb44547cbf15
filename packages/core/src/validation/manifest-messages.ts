import type { Catalogue, MessageParams } from '../issues/issue.js';

const s = (p: MessageParams, key: string) => String(p[key] ?? '');
/** Sources are numbered from 1 in messages, as people count them; paths keep the index from 0. */
const nth = (p: MessageParams) => String(Number(p.index ?? 0) + 1);

/**
 * The messages only a manifest can raise, in Swedish and English. They are part of the validation catalogue
 * (`validationMessages`); the manifest's structure, area codes and `http:` addresses use the catalogue's shared codes.
 */
export const manifestMessages = {
  'manifest.source.url-unsafe': {
    sv: (p) =>
      `Källa ${nth(p)} har adressen ${s(p, 'value')}, som inte hämtas. Ange en fullständig https-adress eller en adress relativ till manifestet.`,
    en: (p) =>
      `Source ${nth(p)} has the address ${s(p, 'value')}, which is not fetched. Give a full https address or one relative to the manifest.`,
  },
  'manifest.source.duplicate': {
    sv: (p) =>
      `Källa ${nth(p)} pekar på samma fil som källa ${s(p, 'first')} (${s(p, 'value')}); filen hämtas bara en gång.`,
    en: (p) =>
      `Source ${nth(p)} points at the same file as source ${s(p, 'first')} (${s(p, 'value')}); the file is fetched once.`,
  },
  'manifest.source.duplicate-id': {
    sv: (p) => `Källa ${nth(p)} har id ”${s(p, 'id')}”, som källa ${s(p, 'first')} redan har.`,
    en: (p) => `Source ${nth(p)} has the id "${s(p, 'id')}", which source ${s(p, 'first')} already has.`,
  },
  'manifest.source.owner-missing': {
    sv: (p) =>
      `Källa ${nth(p)} (${s(p, 'value')}) säger inte vilket område eller vilken organisation den hör till. Ange "area", "organisation" eller båda.`,
    en: (p) =>
      `Source ${nth(p)} (${s(p, 'value')}) does not say which area or organisation it belongs to. Give "area", "organisation" or both.`,
  },
  'manifest.source.area-outside': {
    sv: (p) =>
      `Källa ${nth(p)} hör till område ${s(p, 'area')}, som inte ligger inom manifestets område ${s(p, 'scope')}.`,
    en: (p) =>
      `Source ${nth(p)} belongs to area ${s(p, 'area')}, which does not lie within the manifest's area ${s(p, 'scope')}.`,
  },
} satisfies Catalogue;
