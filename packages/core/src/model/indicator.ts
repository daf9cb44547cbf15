import * as z from 'zod/mini';
import { OBSERVATION_STATUSES } from './constants.js';
import { AreaCode, Id, IsoDate, LocalizedText, StatPeriod, Url } from './primitives.js';

/** `percent` is a share 0–100; `per100k` a rate per 100 000 inhabitants. */
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

/** Which direction is better; drives wording ("better"/"worse", never "up"/"down"). */
export const Polarity = z.enum(['higher-is-better', 'lower-is-better', 'neutral']);
export type Polarity = z.infer<typeof Polarity>;

/** T (totalt, both sexes), K (kvinnor/flickor), M (män/pojkar), as Swedish statistics write them. */
export const Sex = z.enum(['T', 'K', 'M']);
export type Sex = z.infer<typeof Sex>;

export const Indicator = z.strictObject({
  id: Id,
  title: LocalizedText,
  description: z.optional(LocalizedText),
  definition: z.optional(LocalizedText),
  unit: IndicatorUnit,
  unitLabel: z.optional(LocalizedText),
  decimals: z.optional(z.int().check(z.minimum(0), z.maximum(6))),
  polarity: Polarity,
  /** Whether the indicator counts people, so that a split by sex is expected. */
  aboutPeople: z.boolean(),
  population: z.optional(LocalizedText),
  breakdowns: z.optional(z.array(z.enum(['sex', 'age', 'area', 'period']))),
  source: z.strictObject({
    name: LocalizedText,
    publisher: z.optional(z.string().check(z.maxLength(500))),
    url: z.optional(Url),
    /** The source's own id, e.g. a Kolada KPI such as N33820 or a PxWeb table. */
    externalId: z.optional(z.string().check(z.maxLength(200))),
  }),
  licence: z.optional(z.string().check(z.maxLength(200))),
  updated: z.optional(IsoDate),
  goals: z.optional(z.array(z.strictObject({ framework: Id, goal: Id }))),
  target: z.optional(
    z.strictObject({ value: z.number(), period: z.optional(StatPeriod), label: z.optional(LocalizedText) }),
  ),
});
export type Indicator = z.infer<typeof Indicator>;

/**
 * `ok`; `suppressed` (hidden by the source, e.g. too few answers: neither missing nor zero); `missing` (no value
 * published); `preliminary` (may change).
 */
/** The statuses an observation may have, as a plain list for code that should not need zod (see constants.ts). */
export { OBSERVATION_STATUSES };
export const ObservationStatus = z.enum(OBSERVATION_STATUSES);
export type ObservationStatus = z.infer<typeof ObservationStatus>;

/** One figure: an indicator's value for an area, a period and a sex. */
export const Observation = z.strictObject({
  indicator: Id,
  area: AreaCode,
  period: StatPeriod,
  sex: Sex,
  value: z.nullable(z.number()),
  ci: z.optional(z.strictObject({ lower: z.number(), upper: z.number(), level: z.optional(z.number()) })),
  /** How many people or cases the value rests on. */
  count: z.optional(z.int().check(z.minimum(0))),
  status: ObservationStatus,
  note: z.optional(LocalizedText),
  source: z.optional(z.strictObject({ name: z.optional(LocalizedText), url: z.optional(Url) })),
});
export type Observation = z.infer<typeof Observation>;
