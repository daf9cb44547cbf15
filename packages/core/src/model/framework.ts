import * as z from 'zod/mini';
import { Id, IsoDate, LocalizedText, Url } from './primitives.js';

/**
 * How sure a reference text is: `verified` (exact words found in a primary or official copy), `translation`
 * (official English, Swedish not found), `unverified` (likely, but no primary copy read).
 * @sv Hur säker en referenstext är.
 * @value verified Kontrollerad: exakt ordalydelse funnen i ett original eller en officiell kopia. | Verified: the exact words found in a primary or official copy.
 * @value translation Översättning: officiell engelska, svenska inte funnen. | Translation: official English, Swedish not found.
 * @value unverified Okontrollerad: trolig, men inget original läst. | Unverified: likely, but no primary copy read.
 */
export const VerificationStatus = z.enum(['verified', 'translation', 'unverified']);
export type VerificationStatus = z.infer<typeof VerificationStatus>;

/**
 * One wording of a reference text in one language, with where it comes from and how sure it is.
 * @sv En ordalydelse av en referenstext på ett språk, med var den kommer ifrån och hur säker den är.
 */
export const SourcedText = z.strictObject({
  /**
   * The wording.
   * @sv Ordalydelsen.
   */
  text: z.string().check(z.minLength(1), z.maxLength(20_000)),
  /**
   * How sure the wording is; see `VerificationStatus`.
   * @sv Hur säker ordalydelsen är: kontrollerad, översättning eller okontrollerad.
   */
  status: VerificationStatus,
  /**
   * Where the wording comes from.
   * @sv Var ordalydelsen kommer ifrån.
   */
  source: z.string().check(z.minLength(1), z.maxLength(2_000)),
  /**
   * Which version of the document the wording belongs to, e.g. `2025` (adopted) or `2023-proposal`.
   * @sv Vilken version av dokumentet ordalydelsen hör till, till exempel `2025` (antagen) eller `2023-proposal`.
   */
  version: z.optional(z.string().check(z.maxLength(100))),
  /**
   * A note on the wording.
   * @sv En kommentar till ordalydelsen.
   */
  note: z.optional(z.string().check(z.maxLength(2_000))),
});
export type SourcedText = z.infer<typeof SourcedText>;

/**
 * A reference text: each language carries its own provenance, and either may be missing (never invented).
 * @sv En referenstext: varje språk har sin egen källa, och vilket som helst kan saknas (aldrig påhittat).
 */
export const ReferenceText = z.strictObject({
  /**
   * The Swedish wording.
   * @sv Den svenska ordalydelsen.
   */
  sv: z.optional(SourcedText),
  /**
   * The English wording.
   * @sv Den engelska ordalydelsen.
   */
  en: z.optional(SourcedText),
  /**
   * Other wordings, such as an earlier proposal's, kept so readers can compare.
   * @sv Andra ordalydelser, till exempel ett tidigare förslags, sparade så att läsare kan jämföra.
   */
  alternatives: z.optional(
    z.array(
      z.extend(SourcedText, {
        /**
         * The wording's language.
         * @sv Ordalydelsens språk.
         * @value sv Svenska. | Swedish.
         * @value en Engelska. | English.
         */
        lang: z.enum(['sv', 'en']),
      }),
    ),
  ),
});
export type ReferenceText = z.infer<typeof ReferenceText>;

/**
 * `overarching` (övergripande mål), `subgoal` (delmål), `priority` (prioritering, under a delmål).
 * @sv Vilket slags mål det är.
 * @value overarching Övergripande mål. | Overarching goal.
 * @value subgoal Delmål. | Sub-goal (delmål).
 * @value priority Prioritering under ett delmål. | A priority under a delmål.
 */
export const GoalKind = z.enum(['overarching', 'subgoal', 'priority']);
export type GoalKind = z.infer<typeof GoalKind>;

/**
 * One goal of a framework. Goals form a tree through `parent` (a priority's parent is its delmål).
 * @sv Ett mål i ett ramverk. Målen bildar ett träd genom `parent` (en prioriterings förälder är dess delmål).
 */
export const Goal = z.strictObject({
  /**
   * The goal's id, which plans refer to, e.g. `delmal-4`.
   * @sv Målets id, som planer hänvisar till, till exempel `delmal-4`.
   */
  id: Id,
  /**
   * What kind of goal it is; see `GoalKind`.
   * @sv Vilket slags mål det är: övergripande mål, delmål eller prioritering.
   */
  kind: GoalKind,
  /**
   * The number the strategy gives it, e.g. delmål 6.
   * @sv Numret strategin ger målet, till exempel delmål 6.
   */
  number: z.optional(z.int().check(z.minimum(1), z.maximum(99))),
  /**
   * The id of the goal this one lies under.
   * @sv Id för målet som detta ligger under.
   */
  parent: z.optional(Id),
  /**
   * The goal's wording.
   * @sv Målets lydelse.
   */
  title: ReferenceText,
  /**
   * More about the goal.
   * @sv Mer om målet.
   * @example { "sv": { "text": "Beskrivningen av målet.", "status": "unverified", "source": "Exempel" } }
   */
  description: z.optional(ReferenceText),
});
export type Goal = z.infer<typeof Goal>;

/**
 * A strategy as data: vision and goal tree, versioned. A later revision is published as a new framework whose
 * `supersedes` maps the old goal ids to new ones.
 * @sv En strategi som data: vision och målträd, versionerad.
 */
export const Framework = z.strictObject({
  /**
   * The framework's id, which plans refer to.
   * @sv Ramverkets id, som planer hänvisar till.
   */
  id: Id,
  /**
   * The framework's version.
   * @sv Ramverkets version.
   */
  version: z.string().check(z.minLength(1), z.maxLength(50)),
  /**
   * The strategy's title.
   * @sv Strategins titel.
   */
  title: ReferenceText,
  /**
   * A short name for the strategy.
   * @sv Ett kort namn på strategin.
   */
  shortTitle: z.optional(LocalizedText),
  /**
   * Where the strategy was decided and published, e.g. "Regeringens skrivelse 2024/25:77".
   * @sv Var strategin beslutades och publicerades, till exempel "Regeringens skrivelse 2024/25:77".
   */
  publication: z.optional(ReferenceText),
  /**
   * The day the strategy was decided, `YYYY-MM-DD`.
   * @sv Dagen strategin beslutades, `ÅÅÅÅ-MM-DD`.
   */
  decided: z.optional(IsoDate),
  /**
   * The day the strategy was published, `YYYY-MM-DD`.
   * @sv Dagen strategin publicerades, `ÅÅÅÅ-MM-DD`.
   */
  published: z.optional(IsoDate),
  /**
   * The years the strategy covers.
   * @sv Åren strategin omfattar.
   */
  period: z.optional(
    z.strictObject({
      /**
       * The first year.
       * @sv Första året.
       */
      start: z.int(),
      /**
       * The last year.
       * @sv Sista året.
       */
      end: z.int(),
    }),
  ),
  /**
   * The strategy's vision.
   * @sv Strategins vision.
   */
  vision: z.optional(ReferenceText),
  /**
   * The strategy's goals, as a tree through `parent`.
   * @sv Strategins mål, som ett träd genom `parent`.
   */
  goals: z.array(Goal),
  /**
   * Notes on the framework as a whole, such as how it is followed up.
   * @sv Kommentarer till ramverket som helhet, till exempel hur det följs upp.
   * @example [{ "sv": { "text": "Strategin följs upp årligen.", "status": "unverified", "source": "Exempel" } }]
   */
  notes: z.optional(z.array(ReferenceText)),
  /**
   * Links to more about the strategy.
   * @sv Länkar till mer om strategin.
   * @example [{ "url": "https://www.example.se/strategi", "label": { "sv": "Strategin" } }]
   */
  links: z.optional(
    z.array(
      z.strictObject({
        /**
         * The address; only `https:` is shown as a link.
         * @sv Adressen; bara `https:` visas som länk.
         * @example "https://www.example.se/strategi"
         */
        url: Url,
        /**
         * The link's text.
         * @sv Länkens text.
         * @example { "sv": "Strategin" }
         */
        label: z.optional(LocalizedText),
      }),
    ),
  ),
  /**
   * The earlier framework this one replaces, and how its goals map to the new ones.
   * @sv Det tidigare ramverk som detta ersätter och hur dess mål motsvaras av de nya.
   * @example { "framework": "strategi-2016", "version": "2016", "goalMap": { "mal-1": ["delmal-1"] } }
   */
  supersedes: z.optional(
    z.strictObject({
      /**
       * The replaced framework's id.
       * @sv Det ersatta ramverkets id.
       * @example "strategi-2016"
       */
      framework: Id,
      /**
       * The replaced framework's version.
       * @sv Det ersatta ramverkets version.
       * @example "2016"
       */
      version: z.string(),
      /**
       * Each old goal id with the new goal ids that take its place.
       * @sv Varje gammalt mål-id med de nya mål-id som ersätter det.
       * @example { "mal-1": ["delmal-1"] }
       */
      goalMap: z.record(z.string(), z.array(Id)),
    }),
  ),
});
export type Framework = z.infer<typeof Framework>;
