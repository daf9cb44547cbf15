import * as z from 'zod/mini';
import { Activity } from './activity.js';
import {
  AreaCode,
  Id,
  IsoDate,
  LocalizedText,
  PartialDate,
  TextBlocks,
  Url,
  Validity,
} from './primitives.js';

/**
 * Which level a plan is made at.
 * @sv Vilken nivå planen gäller.
 * @value national Nationell plan. | A national plan.
 * @value regional Regional eller länsgemensam plan. | A regional or county-wide plan.
 * @value local Lokal plan, till exempel en kommuns. | A local plan, such as a municipality's.
 */
export const PlanKind = z.enum(['national', 'regional', 'local']);
export type PlanKind = z.infer<typeof PlanKind>;

/**
 * Who decided a document, when, and under which diarienummer (the registry number of Swedish authorities).
 * @sv Vem som beslutade dokumentet, när och under vilket diarienummer.
 */
export const DecisionRecord = z.strictObject({
  /**
   * The deciding body, as an organisation id.
   * @sv Det beslutande organet, som organisations-id.
   */
  decidedBy: Id,
  /**
   * The day of the decision, `YYYY-MM-DD`.
   * @sv Beslutsdagen, `ÅÅÅÅ-MM-DD`.
   */
  date: IsoDate,
  /**
   * The decision's registry number (diarienummer).
   * @sv Beslutets diarienummer.
   */
  diarienummer: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  /**
   * The document's own words about the decision.
   * @sv Dokumentets egna ord om beslutet.
   */
  note: z.optional(LocalizedText),
});
export type DecisionRecord = z.infer<typeof DecisionRecord>;

/**
 * A plan's version label as its publisher writes it: `2026`, `2.0`, `2027 (reviderad)`. Versions are compared as
 * labels, never ordered by their text.
 * @sv Planens versionsbeteckning så som utgivaren skriver den.
 */
export const PlanVersion = z.string().check(z.minLength(1), z.maxLength(50));
export type PlanVersion = z.infer<typeof PlanVersion>;

/**
 * The earlier version a plan replaces. Each version is its own plan with its own id (the Sörmland plan's id
 * carries its year), so one dataset may hold both and `plan` points at the other; when the earlier version is
 * published elsewhere, `url` says where.
 * @sv Den tidigare version som planen ersätter.
 */
export const PlanReference = z.strictObject({
  /**
   * The id of the replaced plan.
   * @sv Id för den ersatta planen.
   */
  plan: Id,
  /**
   * The replaced plan's `version`.
   * @sv Den ersatta planens version.
   */
  version: PlanVersion,
  /**
   * Where the replaced version's dataset is published, when it is not in this dataset.
   * @sv Var den ersatta versionens dataset är publicerat, när det inte finns i detta dataset.
   * @example "https://www.example.se/handlingsplan-2025.json"
   */
  url: z.optional(Url),
});
export type PlanReference = z.infer<typeof PlanReference>;

/**
 * A revision of a document: planned, or done (then with the day it was done, the decision and what changed).
 * @sv En revidering av dokumentet: planerad, eller genomförd med dag, beslut och vad som ändrades.
 */
export const Revision = z.strictObject({
  /**
   * When the revision is (or was) planned: a year, month or day.
   * @sv När revideringen är (eller var) planerad: år, månad eller dag.
   */
  date: PartialDate,
  /**
   * True once the revision has been done.
   * @sv Sant när revideringen är genomförd.
   */
  done: z.optional(z.boolean()),
  /**
   * The day the revision was done, `YYYY-MM-DD`; follow-up periods start here ("sedan revideringen").
   * @sv Dagen revideringen genomfördes; uppföljningens perioder börjar här ("sedan revideringen").
   */
  doneDate: z.optional(IsoDate),
  /**
   * The decision that adopted the revised document.
   * @sv Beslutet som antog det reviderade dokumentet.
   */
  decision: z.optional(DecisionRecord),
  /**
   * A summary of what the revision changed.
   * @sv En sammanfattning av vad revideringen ändrade.
   */
  changes: z.optional(TextBlocks),
  /**
   * The plan version the revision produced.
   * @sv Planversionen som revideringen gav.
   */
  version: z.optional(PlanVersion),
  /**
   * The document's own words about the revision.
   * @sv Dokumentets egna ord om revideringen.
   */
  note: z.optional(LocalizedText),
});
export type Revision = z.infer<typeof Revision>;

/**
 * When a document is revised.
 * @sv När dokumentet revideras.
 */
export const RevisionSchedule = z.strictObject({
  /**
   * The document's own words about revisions.
   * @sv Dokumentets egna ord om revideringar.
   */
  text: z.optional(TextBlocks),
  /**
   * The revisions, planned and done.
   * @sv Revideringarna, planerade och genomförda.
   */
  revisions: z.array(Revision),
});
export type RevisionSchedule = z.infer<typeof RevisionSchedule>;

/**
 * What a plan says about one goal (usually a delmål): its description and the introductions to its lists.
 * @sv Vad planen säger om ett mål (oftast ett delmål): beskrivningen och inledningarna till listorna.
 */
export const GoalSection = z.strictObject({
  /**
   * The id of the goal in the plan's framework.
   * @sv Målets id i planens ramverk.
   */
  goal: Id,
  /**
   * The plan's text about the goal.
   * @sv Planens text om målet.
   */
  description: z.optional(TextBlocks),
  /**
   * The introduction to the list of ongoing activities.
   * @sv Inledningen till listan över pågående aktiviteter.
   * @example [{ "type": "paragraph", "text": { "sv": "Pågående aktiviteter inom delmålet:" } }]
   */
  ongoingIntro: z.optional(TextBlocks),
  /**
   * The introduction to the list of development areas.
   * @sv Inledningen till listan över utvecklingsområden.
   */
  developmentIntro: z.optional(TextBlocks),
  /**
   * Text after the activities, such as a closing remark.
   * @sv Text efter aktiviteterna, till exempel en avslutning.
   * @example [{ "type": "paragraph", "text": { "sv": "Aktiviteterna följs upp årligen." } }]
   */
  closing: z.optional(TextBlocks),
});
export type GoalSection = z.infer<typeof GoalSection>;

/**
 * A handlingsplan (action plan): national, regional (county-wide) or local.
 * @sv En handlingsplan: nationell, regional (länsgemensam) eller lokal.
 */
export const Plan = z.strictObject({
  /**
   * The plan's id, unique in the dataset.
   * @sv Planens id, unikt i datasetet.
   */
  id: Id,
  /**
   * The level the plan is made at; see `PlanKind`.
   * @sv Planens nivå: nationell, regional eller lokal.
   */
  kind: PlanKind,
  /**
   * The plan's title.
   * @sv Planens titel.
   */
  title: LocalizedText,
  /**
   * The plan's subtitle.
   * @sv Planens undertitel.
   */
  subtitle: z.optional(LocalizedText),
  /**
   * This version of the plan, e.g. `2026`; plans that are never revised may leave it out.
   * @sv Denna version av planen, till exempel `2026`; en plan som aldrig revideras kan utelämna den.
   */
  version: z.optional(PlanVersion),
  /**
   * The earlier version this plan replaces.
   * @sv Den tidigare version som planen ersätter.
   */
  replaces: z.optional(PlanReference),
  /**
   * The document's category, e.g. "Handlingsplan".
   * @sv Dokumentets kategori, till exempel "Handlingsplan".
   */
  category: z.optional(LocalizedText),
  /**
   * The areas the plan covers, as area codes.
   * @sv Områdena planen gäller, som områdeskoder (län eller kommun).
   */
  scope: z.array(AreaCode).check(z.minLength(1)),
  /**
   * The framework (strategy) whose goals the plan's activities link to.
   * @sv Ramverket (strategin) vars mål planens aktiviteter kopplas till.
   */
  framework: Id,
  /**
   * Dokumentansvarig: the organisation responsible for the document.
   * @sv Dokumentansvarig: organisationen som ansvarar för dokumentet.
   */
  owner: z.optional(Id),
  /**
   * The decision that adopted the plan.
   * @sv Beslutet som antog planen.
   */
  decision: z.optional(DecisionRecord),
  /**
   * How long the plan is in force.
   * @sv Hur länge planen gäller.
   */
  validity: z.optional(Validity),
  /**
   * The years the plan is set in, e.g. the strategy period 2025–2034.
   * @sv Åren planen avser, till exempel strategiperioden 2025–2034.
   */
  period: z.optional(Validity),
  /**
   * When the plan is revised.
   * @sv När planen revideras.
   */
  revisionSchedule: z.optional(RevisionSchedule),
  /**
   * The plan's background.
   * @sv Planens bakgrund.
   */
  background: z.optional(TextBlocks),
  /**
   * The plan's purpose.
   * @sv Planens syfte.
   */
  purpose: z.optional(TextBlocks),
  /**
   * The plan's aims.
   * @sv Planens mål.
   */
  aims: z.optional(TextBlocks),
  /**
   * How the work is organised.
   * @sv Hur arbetet är organiserat.
   */
  organisation: z.optional(TextBlocks),
  /**
   * Organisations that took part in drawing up the plan or in its network.
   * @sv Organisationer som deltog i att ta fram planen eller i dess nätverk.
   */
  participants: z.optional(
    z.array(
      z.strictObject({
        /**
         * The id of an organisation of the dataset.
         * @sv Id för en organisation i datasetet.
         */
        organisation: Id,
        /**
         * The document's words for the organisation's part.
         * @sv Dokumentets ord om organisationens del.
         */
        label: z.optional(LocalizedText),
      }),
    ),
  ),
  /**
   * What the plan says about each goal.
   * @sv Vad planen säger om varje mål.
   */
  sections: z.optional(z.array(GoalSection)),
  /**
   * The plan's activities, each once however many delmål it serves.
   * @sv Planens aktiviteter, var och en en gång hur många delmål den än hör till.
   */
  activities: z.array(Activity),
  /**
   * How the plan is followed up.
   * @sv Hur planen följs upp.
   */
  followUp: z.optional(TextBlocks),
  /**
   * The ids of the dataset's indicators that follow the plan up.
   * @sv Id för de indikatorer i datasetet som följer upp planen.
   * @example ["fullgod-psykisk-halsa-unga"]
   */
  indicators: z.optional(z.array(Id)),
  /**
   * The document's footnotes.
   * @sv Dokumentets fotnoter.
   */
  footnotes: z.optional(z.array(LocalizedText)),
});
export type Plan = z.infer<typeof Plan>;
