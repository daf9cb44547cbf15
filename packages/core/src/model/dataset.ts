import * as z from 'zod/mini';
import { Agreement } from './agreement.js';
import { FORMAT_VERSION } from './constants.js';
import { Framework } from './framework.js';
import { Indicator, Observation } from './indicator.js';
import { Organisation } from './organisation.js';
import { Plan } from './plan.js';
import { Extensions, Id, IsoDate, LocalizedText, Url } from './primitives.js';

export { FORMAT_VERSION };

/** One publishable document holding any of the entities. */
export const Dataset = z.strictObject({
  $schema: z.optional(z.string().check(z.maxLength(2048))),
  formatVersion: z.literal(FORMAT_VERSION),
  id: z.optional(Id),
  title: z.optional(LocalizedText),
  description: z.optional(LocalizedText),
  /** Where the data comes from: the document it was taken from, who publishes it, under which licence. */
  source: z.optional(
    z.strictObject({
      title: z.optional(LocalizedText),
      publisher: z.optional(z.string().check(z.maxLength(500))),
      url: z.optional(Url),
      licence: z.optional(z.string().check(z.maxLength(200))),
      note: z.optional(LocalizedText),
    }),
  ),
  updated: z.optional(IsoDate),
  /**
   * True when the dataset is invented, as an example or for testing: nothing in it happened and no real
   * organisation stands behind it. Elements then show a notice saying so wherever they show the data.
   */
  fictional: z.optional(z.boolean()),
  frameworks: z.optional(z.array(Framework)),
  organisations: z.optional(z.array(Organisation)),
  plans: z.optional(z.array(Plan)),
  agreements: z.optional(z.array(Agreement)),
  indicators: z.optional(z.array(Indicator)),
  observations: z.optional(z.array(Observation)),
  /** Ids of related datasets, for publishers that split their data. */
  related: z.optional(z.array(z.strictObject({ id: Id, url: z.optional(Url) }))),
  extensions: z.optional(Extensions),
});
export type Dataset = z.infer<typeof Dataset>;
