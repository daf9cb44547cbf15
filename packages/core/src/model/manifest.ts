import * as z from 'zod/mini';
import { OrganisationKind } from './organisation.js';
import { AreaCode, Extensions, Id, IsoDate, LocalizedText, Url } from './primitives.js';

/** The version of the manifest format this library reads and writes. */
export const MANIFEST_FORMAT_VERSION = '1.0';

/**
 * What a publisher says a source holds: `plan` (a handlingsplan), `handslag`, `agreement` (another kind of
 * agreement) or `indicators` (indicator figures). A hint only, for filtering and for describing a source that could
 * not be read: what is shown comes from the file itself.
 */
export const SourceKind = z.enum(['plan', 'handslag', 'agreement', 'indicators']);
export type SourceKind = z.infer<typeof SourceKind>;

/** The organisation that publishes a source, named in the manifest so that it can be shown before its file is read. */
export const SourceOrganisation = z.strictObject({
  name: LocalizedText,
  kind: z.optional(OrganisationKind),
  /** The organisation's own web site. */
  url: z.optional(Url),
});
export type SourceOrganisation = z.infer<typeof SourceOrganisation>;

/**
 * One published dataset and whom it belongs to. Each source names its area, its organisation, or both; the file
 * stays where its publisher put it, and the manifest only points at it.
 */
export const ManifestSource = z.strictObject({
  /**
   * A name for the source, unique within the manifest. When sources are rolled up into one dataset it becomes the
   * prefix of the source's ids, so that two files may both have an activity `a1`.
   */
  id: z.optional(Id),
  /** The dataset's address: a full `https:` address, or one relative to the manifest's own address. */
  url: Url,
  /** The area the source belongs to: a kommun (four digits, `1907`) or a län or region (two digits, `19`). */
  area: z.optional(AreaCode),
  /** The organisation that publishes the source. */
  organisation: z.optional(SourceOrganisation),
  /** What the file holds, as its publisher describes it. */
  kinds: z.optional(z.array(SourceKind).check(z.maxLength(10))),
  /** A name for the source where the organisation's or area's name is not enough. */
  label: z.optional(LocalizedText),
  note: z.optional(LocalizedText),
});
export type ManifestSource = z.infer<typeof ManifestSource>;

/** The most sources one manifest may list: every kommun and region of Sweden several times over. */
export const MAX_MANIFEST_SOURCES = 5000;

/**
 * A manifest: a small document that lists many published datasets (a county's municipalities, or every region of
 * the country) for one overview. `dhol-overview` and `dhol rollup` read it.
 */
export const Manifest = z.strictObject({
  $schema: z.optional(z.string().check(z.maxLength(2048))),
  formatVersion: z.literal(MANIFEST_FORMAT_VERSION),
  id: z.optional(Id),
  title: LocalizedText,
  description: z.optional(LocalizedText),
  /**
   * The area the overview covers: a län (`19`, Västmanland) or `00`, the whole country. Areas in it with no source
   * are listed as having published nothing.
   */
  area: AreaCode,
  /** Who keeps the manifest, e.g. the region. */
  publisher: z.optional(z.string().check(z.maxLength(500))),
  updated: z.optional(IsoDate),
  sources: z.array(ManifestSource).check(z.maxLength(MAX_MANIFEST_SOURCES)),
  extensions: z.optional(Extensions),
});
export type Manifest = z.infer<typeof Manifest>;
