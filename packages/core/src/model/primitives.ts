import * as z from 'zod/mini';

/** Longest text accepted in any field: long enough for a whole plan section, short enough to stop a 10 MB paste. */
export const MAX_TEXT_LENGTH = 20_000;

/**
 * A stable identifier, unique within its collection in a dataset: lower-case letters, digits, `-`, `_`, `.`.
 * @sv Ett stabilt id, unikt inom sin samling i datasetet: gemener, siffror, `-`, `_` och `.`.
 */
export const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]{0,119}$/, 'id'));
export type Id = z.infer<typeof Id>;

const Text = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH));

/**
 * A text in Swedish (required) and English (optional).
 * @sv En text på svenska (krävs) och engelska (valfritt).
 */
export const LocalizedText = z.strictObject({
  /**
   * The text in Swedish.
   * @sv Texten på svenska.
   */
  sv: Text,
  /**
   * The text in English, when there is one.
   * @sv Texten på engelska, om den finns.
   */
  en: z.optional(Text),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * A calendar date, `YYYY-MM-DD`.
 * @sv Ett datum, `ÅÅÅÅ-MM-DD`.
 */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * A date known to the year, month or day: `2027`, `2027-03` or `2027-03-15` (ISO 8601 reduced precision).
 * @sv Ett datum känt till år, månad eller dag: `2027`, `2027-03` eller `2027-03-15`.
 */
export const PartialDate = z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'partial-date'));
export type PartialDate = z.infer<typeof PartialDate>;

/**
 * A statistical period: one year (`2023`) or a span of years (`2019-2023`).
 * @sv En statistisk period: ett år (`2023`) eller ett spann av år (`2019-2023`).
 */
export const StatPeriod = z.string().check(z.regex(/^\d{4}(-\d{4})?$/, 'period'));
export type StatPeriod = z.infer<typeof StatPeriod>;

/**
 * An area code as SCB and PxWeb write it: `00` the whole country, two digits a län (region), four digits a
 * municipality whose first two digits are its län (Surahammar `1907` lies in Västmanland `19`).
 * @sv En områdeskod som SCB skriver den: `00` riket, två siffror ett län, fyra siffror en kommun vars två första
 * siffror är länets (Surahammar `1907` ligger i Västmanland `19`).
 */
export const AreaCode = z.string().check(z.regex(/^(\d{2}|\d{4})$/, 'area-code'));
export type AreaCode = z.infer<typeof AreaCode>;

/**
 * A web address. Any string is accepted by the structure so that a bad link is reported by validation with a
 * clear message (only `https:` is safe; `http:` gives a warning; every other scheme is an error).
 * @sv En webbadress. Bara `https:` är säker; `http:` ger en varning och andra scheman ett fel.
 */
export const Url = z.string().check(z.minLength(1), z.maxLength(2048));
export type Url = z.infer<typeof Url>;

/**
 * A link to more information.
 * @sv En länk till mer information.
 */
export const Link = z.strictObject({
  /**
   * The address; only `https:` is safe to show.
   * @sv Adressen; bara `https:` visas som länk.
   */
  url: Url,
  /**
   * The link's text; without it the address is shown.
   * @sv Länkens text; utan den visas adressen.
   */
  label: z.optional(LocalizedText),
});
export type Link = z.infer<typeof Link>;

/**
 * Running text as blocks, so documents keep their paragraphs and bullet lists without any markup:
 * plan text is untrusted and is never parsed as HTML.
 * @sv Löptext som block, så att dokument behåller sina stycken och punktlistor utan märkspråk.
 */
export const TextBlock = z.discriminatedUnion('type', [
  z.strictObject({
    /**
     * A paragraph.
     * @sv Ett stycke.
     */
    type: z.literal('paragraph'),
    /**
     * The paragraph's text.
     * @sv Styckets text.
     */
    text: LocalizedText,
  }),
  z.strictObject({
    /**
     * A bullet list.
     * @sv En punktlista.
     */
    type: z.literal('list'),
    /**
     * The list's items, at least one.
     * @sv Listans punkter, minst en.
     */
    items: z.array(LocalizedText).check(z.minLength(1)),
  }),
  z.strictObject({
    /**
     * A heading within the text.
     * @sv En rubrik i texten.
     */
    type: z.literal('heading'),
    /**
     * The heading's text.
     * @sv Rubrikens text.
     */
    text: LocalizedText,
  }),
]);
export type TextBlock = z.infer<typeof TextBlock>;
/**
 * A text as a list of blocks: paragraphs, lists and headings.
 * @sv En text som en lista av block: stycken, listor och rubriker.
 */
export const TextBlocks = z.array(TextBlock);
export type TextBlocks = z.infer<typeof TextBlocks>;

/**
 * A period of validity or work. `untilRevised` says it runs until the document is revised.
 * @sv En period för giltighet eller arbete. `untilRevised` säger att den gäller tills dokumentet revideras.
 */
export const Validity = z.strictObject({
  /**
   * The first year, month or day.
   * @sv Första år, månad eller dag.
   */
  start: z.optional(PartialDate),
  /**
   * The last year, month or day.
   * @sv Sista år, månad eller dag.
   */
  end: z.optional(PartialDate),
  /**
   * True when it runs until the document is revised ("gäller tills vidare", "tills den revideras").
   * @sv Sant när den gäller tills dokumentet revideras.
   * @example true
   */
  untilRevised: z.optional(z.boolean()),
  /**
   * The document's own words about the period.
   * @sv Dokumentets egna ord om perioden.
   */
  note: z.optional(LocalizedText),
});
export type Validity = z.infer<typeof Validity>;

/**
 * Open-ended extra data a publisher wants to keep; dhol carries it unchanged and never reads it.
 * @sv Fri extra data som en utgivare vill spara; dhol för den vidare oförändrad och läser den aldrig.
 */
export const Extensions = z.record(z.string(), z.unknown());
