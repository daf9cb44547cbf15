import * as z from 'zod/mini';
import { OBSERVATION_STATUSES } from './constants.js';
import { AreaCode, Id, IsoDate, LocalizedText, StatPeriod, Url } from './primitives.js';

/**
 * `percent` is a share 0–100; `per100k` a rate per 100 000 inhabitants.
 * @sv Indikatorns enhet.
 * @value percent Procent, en andel 0–100. | Percent, a share 0–100.
 * @value per100k Per 100 000 invånare. | Per 100,000 inhabitants.
 * @value per1000 Per 1 000 invånare. | Per 1,000 inhabitants.
 * @value count Antal. | A count.
 * @value rate Annan kvot. | Another rate.
 * @value index Index. | An index.
 * @value days Dagar. | Days.
 * @value other Annan enhet, beskriven i `unitLabel`. | Another unit, described in `unitLabel`.
 */
export const IndicatorUnit = z.enum([
  'percent',
  'per100k',
  'per1000',
  'count',
  'rate',
  'index',
  'days',
  'other',
]);
export type IndicatorUnit = z.infer<typeof IndicatorUnit>;

/**
 * Which direction is better; drives wording ("better"/"worse", never "up"/"down").
 * @sv Vilket håll som är bättre; styr orden ("bättre"/"sämre", aldrig "upp"/"ner").
 * @value higher-is-better Högre är bättre. | Higher is better.
 * @value lower-is-better Lägre är bättre. | Lower is better.
 * @value neutral Varken högre eller lägre är bättre. | Neither direction is better.
 */
export const Polarity = z.enum(['higher-is-better', 'lower-is-better', 'neutral']);
export type Polarity = z.infer<typeof Polarity>;

/**
 * T (totalt, both sexes), K (kvinnor/flickor), M (män/pojkar), as Swedish statistics write them.
 * @sv Kön, så som svensk statistik skriver det.
 * @value T Totalt, båda könen. | Total, both sexes.
 * @value K Kvinnor eller flickor. | Women or girls.
 * @value M Män eller pojkar. | Men or boys.
 */
export const Sex = z.enum(['T', 'K', 'M']);
export type Sex = z.infer<typeof Sex>;

/**
 * A measure that follows the work up, such as the share of young people with good mental health.
 * @sv Ett mått som följer upp arbetet, till exempel andelen unga med god psykisk hälsa.
 */
export const Indicator = z.strictObject({
  /**
   * The indicator's id, which observations refer to.
   * @sv Indikatorns id, som observationerna hänvisar till.
   */
  id: Id,
  /**
   * The indicator's name.
   * @sv Indikatorns namn.
   */
  title: LocalizedText,
  /**
   * What the indicator shows.
   * @sv Vad indikatorn visar.
   * @example { "sv": "Andelen elever som uppger att de mår bra." }
   */
  description: z.optional(LocalizedText),
  /**
   * How the indicator is defined: what is counted, and of whom.
   * @sv Hur indikatorn är definierad: vad som räknas och bland vilka.
   */
  definition: z.optional(LocalizedText),
  /**
   * The unit of the values; see `IndicatorUnit`.
   * @sv Värdenas enhet: procent, per 100 000 invånare, antal och så vidare.
   */
  unit: IndicatorUnit,
  /**
   * The unit in words, when the unit alone does not say it.
   * @sv Enheten i ord, när enheten inte säger det själv.
   * @example { "sv": "poäng" }
   */
  unitLabel: z.optional(LocalizedText),
  /**
   * How many decimals to show.
   * @sv Hur många decimaler som visas.
   * @example 1
   */
  decimals: z.optional(z.int().check(z.minimum(0), z.maximum(6))),
  /**
   * Which direction is better; see `Polarity`.
   * @sv Vilket håll som är bättre: högre, lägre eller inget.
   */
  polarity: Polarity,
  /**
   * Whether the indicator counts people, so that a split by sex is expected.
   * @sv Om indikatorn räknar personer, så att en uppdelning på kön väntas.
   */
  aboutPeople: z.boolean(),
  /**
   * Whom the indicator counts.
   * @sv Vilka indikatorn räknar.
   */
  population: z.optional(LocalizedText),
  /**
   * The ways the figures are split.
   * @sv Hur siffrorna är uppdelade.
   * @value sex Kön. | Sex.
   * @value age Ålder. | Age.
   * @value area Område. | Area.
   * @value period Period. | Period.
   */
  breakdowns: z.optional(z.array(z.enum(['sex', 'age', 'area', 'period']))),
  /**
   * Where the figures come from.
   * @sv Var siffrorna kommer ifrån.
   */
  source: z.strictObject({
    /**
     * The source's name.
     * @sv Källans namn.
     */
    name: LocalizedText,
    /**
     * Who publishes the source.
     * @sv Vem som ger ut källan.
     * @example "Folkhälsomyndigheten"
     */
    publisher: z.optional(z.string().check(z.maxLength(500))),
    /**
     * Where the source is published.
     * @sv Var källan är publicerad.
     * @example "https://www.example.se/statistik"
     */
    url: z.optional(Url),
    /**
     * The source's own id, e.g. a Kolada KPI such as N33820 or a PxWeb table.
     * @sv Källans eget id, till exempel ett nyckeltal i Kolada som N33820 eller en tabell i PxWeb.
     * @example "N33820"
     */
    externalId: z.optional(z.string().check(z.maxLength(200))),
  }),
  /**
   * The licence the figures are published under.
   * @sv Licensen siffrorna ges ut under.
   * @example "CC BY 4.0"
   */
  licence: z.optional(z.string().check(z.maxLength(200))),
  /**
   * The day the indicator's figures were last updated, `YYYY-MM-DD`.
   * @sv Dagen indikatorns siffror senast uppdaterades, `ÅÅÅÅ-MM-DD`.
   * @example "2026-03-01"
   */
  updated: z.optional(IsoDate),
  /**
   * The goals of a framework the indicator follows up.
   * @sv Målen i ett ramverk som indikatorn följer upp.
   * @example [{ "framework": "det-handlar-om-livet-2025", "goal": "delmal-1" }]
   */
  goals: z.optional(
    z.array(
      z.strictObject({
        /**
         * The framework's id.
         * @sv Ramverkets id.
         * @example "det-handlar-om-livet-2025"
         */
        framework: Id,
        /**
         * The goal's id in that framework.
         * @sv Målets id i det ramverket.
         * @example "delmal-1"
         */
        goal: Id,
      }),
    ),
  ),
  /**
   * A target value the work aims for.
   * @sv Ett målvärde som arbetet siktar mot.
   * @example { "value": 75, "period": "2030" }
   */
  target: z.optional(
    z.strictObject({
      /**
       * The target value, in the indicator's unit.
       * @sv Målvärdet, i indikatorns enhet.
       * @example 75
       */
      value: z.number(),
      /**
       * The period the target is for.
       * @sv Perioden målet gäller.
       * @example "2030"
       */
      period: z.optional(StatPeriod),
      /**
       * The target in words.
       * @sv Målet i ord.
       * @example { "sv": "Minst tre av fyra" }
       */
      label: z.optional(LocalizedText),
    }),
  ),
});
export type Indicator = z.infer<typeof Indicator>;

/** The statuses an observation may have, as a plain list for code that should not need zod (see constants.ts). */
export { OBSERVATION_STATUSES };
/**
 * `ok`; `suppressed` (hidden by the source, e.g. too few answers: neither missing nor zero); `missing` (no value
 * published); `preliminary` (may change).
 * @sv Observationens status.
 * @value ok Ett publicerat värde. | A published value.
 * @value suppressed Dolt av källan, till exempel för få svar: varken saknat eller noll. | Hidden by the source, e.g. too few answers: neither missing nor zero.
 * @value missing Inget värde publicerat. | No value published.
 * @value preliminary Preliminärt värde som kan ändras. | A preliminary value that may change.
 */
export const ObservationStatus = z.enum(OBSERVATION_STATUSES);
export type ObservationStatus = z.infer<typeof ObservationStatus>;

/**
 * One figure: an indicator's value for an area, a period and a sex.
 * @sv En siffra: en indikators värde för ett område, en period och ett kön.
 */
export const Observation = z.strictObject({
  /**
   * The id of the indicator.
   * @sv Indikatorns id.
   */
  indicator: Id,
  /**
   * The area the value is for.
   * @sv Området värdet gäller.
   */
  area: AreaCode,
  /**
   * The period the value is for: a year or a span of years.
   * @sv Perioden värdet gäller: ett år eller ett spann av år.
   */
  period: StatPeriod,
  /**
   * The sex the value is for; see `Sex`.
   * @sv Könet värdet gäller: T (totalt), K (kvinnor) eller M (män).
   */
  sex: Sex,
  /**
   * The value, or null when there is none (then `status` says why).
   * @sv Värdet, eller null när det saknas (då säger `status` varför).
   */
  value: z.nullable(z.number()),
  /**
   * The value's confidence interval.
   * @sv Värdets konfidensintervall.
   * @example { "lower": 44.1, "upper": 51.9, "level": 95 }
   */
  ci: z.optional(
    z.strictObject({
      /**
       * The interval's lower limit.
       * @sv Intervallets nedre gräns.
       * @example 44.1
       */
      lower: z.number(),
      /**
       * The interval's upper limit.
       * @sv Intervallets övre gräns.
       * @example 51.9
       */
      upper: z.number(),
      /**
       * The interval's confidence level in percent.
       * @sv Intervallets konfidensnivå i procent.
       * @example 95
       */
      level: z.optional(z.number()),
    }),
  ),
  /**
   * How many people or cases the value rests on.
   * @sv Hur många personer eller fall värdet bygger på.
   * @example 412
   */
  count: z.optional(z.int().check(z.minimum(0))),
  /**
   * The value's status; see `ObservationStatus`.
   * @sv Värdets status: ok, dolt, saknas eller preliminärt.
   */
  status: ObservationStatus,
  /**
   * A note on the value.
   * @sv En kommentar till värdet.
   */
  note: z.optional(LocalizedText),
  /**
   * Where this value comes from, when it is not the indicator's source.
   * @sv Var just detta värde kommer ifrån, när det inte är indikatorns källa.
   * @example { "name": { "sv": "Skolenkäten" } }
   */
  source: z.optional(
    z.strictObject({
      /**
       * The source's name.
       * @sv Källans namn.
       * @example { "sv": "Skolenkäten" }
       */
      name: z.optional(LocalizedText),
      /**
       * Where the source is published.
       * @sv Var källan är publicerad.
       * @example "https://www.example.se/statistik"
       */
      url: z.optional(Url),
    }),
  ),
});
export type Observation = z.infer<typeof Observation>;
