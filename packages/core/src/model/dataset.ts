import * as z from 'zod/mini';
import { Agreement } from './agreement.js';
import { FORMAT_VERSION } from './constants.js';
import { Framework } from './framework.js';
import { Indicator, Observation } from './indicator.js';
import { Organisation } from './organisation.js';
import { Plan } from './plan.js';
import { Extensions, Id, IsoDate, LocalizedText, Url } from './primitives.js';

export { FORMAT_VERSION };

/**
 * One publishable document holding any of the entities.
 * @sv Ett publicerbart dokument med vilka delar som helst av modellen.
 */
export const Dataset = z.strictObject({
  /**
   * The address of this format's JSON Schema, for editors that check and complete the file.
   * @sv Adressen till formatets JSON Schema, för redigerare som kontrollerar och kompletterar filen.
   */
  $schema: z.optional(z.string().check(z.maxLength(2048))),
  /**
   * The version of the format the file is written in: `1.0`.
   * @sv Versionen av formatet som filen är skriven i: `1.0`.
   */
  formatVersion: z.literal(FORMAT_VERSION),
  /**
   * The dataset's id.
   * @sv Datasetets id.
   */
  id: z.optional(Id),
  /**
   * The dataset's title.
   * @sv Datasetets titel.
   */
  title: z.optional(LocalizedText),
  /**
   * What the dataset holds.
   * @sv Vad datasetet innehåller.
   */
  description: z.optional(LocalizedText),
  /**
   * Where the data comes from: the document it was taken from, who publishes it, under which licence.
   * @sv Var datan kommer ifrån: dokumentet den är hämtad ur, vem som ger ut den och under vilken licens.
   * @example { "title": { "sv": "Handlingsplan för psykisk hälsa och suicidprevention" }, "publisher": "Exempelkommunen", "licence": "CC0 1.0" }
   */
  source: z.optional(
    z.strictObject({
      /**
       * The source document's title.
       * @sv Källdokumentets titel.
       */
      title: z.optional(LocalizedText),
      /**
       * Who publishes the source.
       * @sv Vem som ger ut källan.
       */
      publisher: z.optional(z.string().check(z.maxLength(500))),
      /**
       * Where the source document is published.
       * @sv Var källdokumentet är publicerat.
       * @example "https://www.example.se/handlingsplan.pdf"
       */
      url: z.optional(Url),
      /**
       * The licence the data is published under.
       * @sv Licensen datan ges ut under.
       * @example "CC0 1.0"
       */
      licence: z.optional(z.string().check(z.maxLength(200))),
      /**
       * A note on the source, e.g. how the text was taken from it.
       * @sv En kommentar om källan, till exempel hur texten hämtades ur den.
       * @example { "sv": "Texten är hämtad ordagrant ur det beslutade dokumentet." }
       */
      note: z.optional(LocalizedText),
    }),
  ),
  /**
   * The day the dataset was last updated, `YYYY-MM-DD`.
   * @sv Dagen datasetet senast uppdaterades, `ÅÅÅÅ-MM-DD`.
   */
  updated: z.optional(IsoDate),
  /**
   * True when the dataset is invented, as an example or for testing: nothing in it happened and no real
   * organisation stands behind it. Elements then show a notice saying so wherever they show the data.
   * @sv Sant när datasetet är påhittat, som exempel eller för test: inget i det har hänt och ingen verklig
   * organisation står bakom det. Elementen säger det då överallt där de visar datan.
   */
  fictional: z.optional(z.boolean()),
  /**
   * Frameworks (strategies) with their goals.
   * @sv Ramverk (strategier) med sina mål.
   * @example [{ "id": "lokal-strategi", "version": "2026", "title": { "sv": { "text": "Lokal strategi", "status": "verified", "source": "Kommunens beslut" } }, "goals": [{ "id": "mal-1", "kind": "overarching", "title": { "sv": { "text": "Mål 1", "status": "verified", "source": "Kommunens beslut" } } }] }]
   */
  frameworks: z.optional(z.array(Framework)),
  /**
   * The organisations the dataset names.
   * @sv Organisationerna som datasetet nämner.
   */
  organisations: z.optional(z.array(Organisation)),
  /**
   * Handlingsplaner (action plans).
   * @sv Handlingsplaner.
   * @example [{ "id": "handlingsplan-2026", "kind": "local", "title": { "sv": "Handlingsplan 2026" }, "scope": ["1907"], "framework": "det-handlar-om-livet-2025", "activities": [] }]
   */
  plans: z.optional(z.array(Plan)),
  /**
   * Agreements, such as handslag.
   * @sv Överenskommelser, till exempel handslag.
   * @example [{ "id": "handslag", "kind": "handslag", "title": { "sv": "Handslag" }, "parties": [{ "organisation": "kommunen", "role": "owner", "duties": [] }, { "organisation": "regionen", "role": "support", "duties": [] }] }]
   */
  agreements: z.optional(z.array(Agreement)),
  /**
   * Indicators that follow the work up.
   * @sv Indikatorer som följer upp arbetet.
   */
  indicators: z.optional(z.array(Indicator)),
  /**
   * The indicators' figures.
   * @sv Indikatorernas siffror.
   */
  observations: z.optional(z.array(Observation)),
  /**
   * Ids of related datasets, for publishers that split their data.
   * @sv Id för relaterade dataset, för utgivare som delar upp sin data.
   * @example [{ "id": "kommunens-indikatorer", "url": "https://www.example.se/indikatorer.json" }]
   */
  related: z.optional(
    z.array(
      z.strictObject({
        /**
         * The related dataset's id.
         * @sv Det relaterade datasetets id.
         * @example "kommunens-indikatorer"
         */
        id: Id,
        /**
         * Where the related dataset is published.
         * @sv Var det relaterade datasetet är publicerat.
         * @example "https://www.example.se/indikatorer.json"
         */
        url: z.optional(Url),
      }),
    ),
  ),
  /**
   * Open-ended extra data a publisher wants to keep; dhol carries it unchanged and never reads it.
   * @sv Fri extra data som en utgivare vill spara; dhol för den vidare oförändrad och läser den aldrig.
   * @example { "intern-referens": "KS 2026/123" }
   */
  extensions: z.optional(Extensions),
});
export type Dataset = z.infer<typeof Dataset>;
