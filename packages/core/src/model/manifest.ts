import * as z from 'zod/mini';
import { OrganisationKind } from './organisation.js';
import { AreaCode, Extensions, Id, IsoDate, LocalizedText, Url } from './primitives.js';

/** The version of the manifest format this library reads and writes. */
export const MANIFEST_FORMAT_VERSION = '1.0';

/**
 * What a publisher says a source holds: `plan` (a handlingsplan), `handslag`, `agreement` (another kind of
 * agreement) or `indicators` (indicator figures). A hint only, for filtering and for describing a source that could
 * not be read: what is shown comes from the file itself.
 * @sv Vad utgivaren säger att en källa innehåller; bara en ledtråd, det som visas kommer ur filen själv.
 * @value plan En handlingsplan. | A handlingsplan (action plan).
 * @value handslag Ett handslag. | A handslag.
 * @value agreement En annan överenskommelse. | Another kind of agreement.
 * @value indicators Indikatorsiffror. | Indicator figures.
 */
export const SourceKind = z.enum(['plan', 'handslag', 'agreement', 'indicators']);
export type SourceKind = z.infer<typeof SourceKind>;

/**
 * The organisation that publishes a source, named in the manifest so that it can be shown before its file is read.
 * @sv Organisationen som ger ut en källa, namngiven i manifestet så att den kan visas innan filen är läst.
 */
export const SourceOrganisation = z.strictObject({
  /**
   * The organisation's name.
   * @sv Organisationens namn.
   * @example { "sv": "Surahammars kommun" }
   */
  name: LocalizedText,
  /**
   * What kind of organisation it is; see `OrganisationKind`.
   * @sv Vilket slags organisation det är.
   * @example "kommun"
   */
  kind: z.optional(OrganisationKind),
  /**
   * The organisation's own web site.
   * @sv Organisationens egen webbplats.
   * @example "https://www.example.se"
   */
  url: z.optional(Url),
});
export type SourceOrganisation = z.infer<typeof SourceOrganisation>;

/**
 * One published dataset and whom it belongs to. Each source names its area, its organisation, or both; the file
 * stays where its publisher put it, and the manifest only points at it.
 * @sv Ett publicerat dataset och vem det tillhör; filen ligger kvar där utgivaren lade den.
 */
export const ManifestSource = z.strictObject({
  /**
   * A name for the source, unique within the manifest. When sources are rolled up into one dataset it becomes the
   * prefix of the source's ids, so that two files may both have an activity `a1`.
   * @sv Ett namn på källan, unikt i manifestet. När källorna slås ihop till ett dataset blir det prefix till
   * källans id, så att två filer båda kan ha en aktivitet `a1`.
   * @example "surahammar"
   */
  id: z.optional(Id),
  /**
   * The dataset's address: a full `https:` address, or one relative to the manifest's own address.
   * @sv Datasetets adress: en hel `https:`-adress eller en relativ till manifestets egen adress.
   * @example "surahammar-handslag.json"
   */
  url: Url,
  /**
   * The area the source belongs to: a kommun (four digits, `1907`) or a län or region (two digits, `19`).
   * @sv Området källan hör till: en kommun (fyra siffror, `1907`) eller ett län eller en region (två siffror, `19`).
   * @example "1907"
   */
  area: z.optional(AreaCode),
  /**
   * The organisation that publishes the source.
   * @sv Organisationen som ger ut källan.
   * @example { "name": { "sv": "Surahammars kommun" }, "kind": "kommun" }
   */
  organisation: z.optional(SourceOrganisation),
  /**
   * What the file holds, as its publisher describes it.
   * @sv Vad filen innehåller, så som utgivaren beskriver det.
   * @example ["handslag"]
   */
  kinds: z.optional(z.array(SourceKind).check(z.maxLength(10))),
  /**
   * A name for the source where the organisation's or area's name is not enough.
   * @sv Ett namn på källan där organisationens eller områdets namn inte räcker.
   * @example { "sv": "Handslaget med regionen" }
   */
  label: z.optional(LocalizedText),
  /**
   * A note on the source.
   * @sv En kommentar om källan.
   * @example { "sv": "Uppdateras efter varje avstämning." }
   */
  note: z.optional(LocalizedText),
});
export type ManifestSource = z.infer<typeof ManifestSource>;

/** The most sources one manifest may list: every kommun and region of Sweden several times over. */
export const MAX_MANIFEST_SOURCES = 5000;

/**
 * A manifest: a small document that lists many published datasets (a county's municipalities, or every region of
 * the country) for one overview. `dhol-overview` and `dhol rollup` read it.
 * @sv Ett manifest: ett litet dokument som listar många publicerade dataset (ett läns kommuner eller rikets
 * regioner) för en översikt.
 */
export const Manifest = z.strictObject({
  /**
   * The address of the manifest format's JSON Schema.
   * @sv Adressen till manifestformatets JSON Schema.
   * @example "https://cdn.jsdelivr.net/npm/@dhol/core@0/schema/manifest.schema.json"
   */
  $schema: z.optional(z.string().check(z.maxLength(2048))),
  /**
   * The version of the manifest format: `1.0`.
   * @sv Versionen av manifestformatet: `1.0`.
   * @example "1.0"
   */
  formatVersion: z.literal(MANIFEST_FORMAT_VERSION),
  /**
   * The manifest's id.
   * @sv Manifestets id.
   * @example "vastmanland"
   */
  id: z.optional(Id),
  /**
   * The overview's title.
   * @sv Översiktens titel.
   * @example { "sv": "Länets arbete med Det handlar om livet" }
   */
  title: LocalizedText,
  /**
   * What the overview shows.
   * @sv Vad översikten visar.
   * @example { "sv": "Planer och handslag i länets kommuner." }
   */
  description: z.optional(LocalizedText),
  /**
   * The area the overview covers: a län (`19`, Västmanland) or `00`, the whole country. Areas in it with no source
   * are listed as having published nothing.
   * @sv Området översikten gäller: ett län (`19`, Västmanland) eller `00`, hela riket. Områden utan källa listas
   * som att de inte publicerat något.
   * @example "19"
   */
  area: AreaCode,
  /**
   * Who keeps the manifest, e.g. the region.
   * @sv Vem som sköter manifestet, till exempel regionen.
   * @example "Region Västmanland"
   */
  publisher: z.optional(z.string().check(z.maxLength(500))),
  /**
   * The day the manifest was last updated, `YYYY-MM-DD`.
   * @sv Dagen manifestet senast uppdaterades, `ÅÅÅÅ-MM-DD`.
   * @example "2026-11-30"
   */
  updated: z.optional(IsoDate),
  /**
   * The published datasets, each with whom it belongs to.
   * @sv De publicerade dataseten, vart och ett med vem det tillhör.
   * @example [{ "url": "surahammar-handslag.json", "area": "1907", "kinds": ["handslag"] }]
   */
  sources: z.array(ManifestSource).check(z.maxLength(MAX_MANIFEST_SOURCES)),
  /**
   * Open-ended extra data a publisher wants to keep; dhol carries it unchanged and never reads it.
   * @sv Fri extra data som en utgivare vill spara; dhol för den vidare oförändrad och läser den aldrig.
   * @example { "kontakt": "samordnare@example.se" }
   */
  extensions: z.optional(Extensions),
});
export type Manifest = z.infer<typeof Manifest>;
