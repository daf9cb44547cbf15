import * as z from 'zod/mini';
import { ResponsibleParty } from './organisation.js';
import { Id, IsoDate, Link, LocalizedText, TextBlocks, Validity } from './primitives.js';

/**
 * What the plan lists an activity as. It says why the activity is in the plan, not how far it has come (that is
 * `ActivityStatus`).
 * @sv Vad planen listar aktiviteten som. Det säger varför aktiviteten finns i planen, inte hur långt den har kommit
 * (det säger `status`).
 * @value ongoing Pågående: en aktivitet som redan görs och fortsätter. | Ongoing: work already done that continues.
 * @value development Utvecklingsområde: ett identifierat område att utveckla. | Development area: an identified area to develop.
 * @value new Ny: en aktivitet som planen startar. | New: an activity the plan starts.
 */
export const ActivityKind = z.enum(['ongoing', 'development', 'new']);
export type ActivityKind = z.infer<typeof ActivityKind>;

/**
 * Where an activity stands today. Independent of `ActivityKind`: an ongoing activity can be paused, a new one
 * already completed.
 * @sv Var aktiviteten står i dag. Oberoende av `kind`: en pågående aktivitet kan vara pausad, en ny redan genomförd.
 * @value planned Planerad: inte påbörjad än. | Planned: not started yet.
 * @value ongoing Pågår: arbetet är igång. | Ongoing: the work has started.
 * @value completed Genomförd: arbetet är klart. | Completed: the work is done.
 * @value paused Pausad: arbetet vilar men är inte avslutat. | Paused: the work rests but has not ended.
 * @value cancelled Avbruten: arbetet avslutades utan att genomföras. | Cancelled: the work ended without being done.
 */
export const ActivityStatus = z.enum(['planned', 'ongoing', 'completed', 'paused', 'cancelled']);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/**
 * One link from an activity to a goal of the plan's framework. A plan may list the same activity under several
 * delmål, in other words or as another kind (an ongoing activity under one delmål, a development area under
 * another): `listedAs` and `kind` keep what the document says there.
 * @sv En koppling från en aktivitet till ett mål i planens ramverk, med planens egna ord och slag där.
 */
export const GoalLink = z.strictObject({
  /**
   * The id of the goal in the plan's framework, e.g. `delmal-4`.
   * @sv Målets id i planens ramverk, till exempel `delmal-4`.
   */
  goal: Id,
  /**
   * The activity's title as the plan words it under this goal, when it differs from the activity's own title.
   * @sv Aktivitetens rubrik så som planen skriver den under just detta mål, när den skiljer sig från aktivitetens egen.
   */
  listedAs: z.optional(LocalizedText),
  /**
   * What the plan lists the activity as under this goal, when it differs from the activity's `kind`.
   * @sv Vad planen listar aktiviteten som under just detta mål, när det skiljer sig från aktivitetens `kind`.
   */
  kind: z.optional(ActivityKind),
});
export type GoalLink = z.infer<typeof GoalLink>;

/**
 * A dated progress note on an activity (a lägesrapport, the short account a follow-up asks of each activity): what
 * happened, and the activity's status from that day until the next note. The notes are the activity's history;
 * `Activity.status` stays its current status, and validation warns when the two disagree.
 * @sv En daterad lägesrapport om en aktivitet: vad som hänt och aktivitetens status från den dagen.
 */
export const ProgressNote = z.strictObject({
  /**
   * The day the note speaks for, `YYYY-MM-DD`. Two notes on one day are read in the order they are listed.
   * @sv Dagen rapporten gäller, `ÅÅÅÅ-MM-DD`. Två rapporter samma dag läses i den ordning de står.
   */
  date: IsoDate,
  /**
   * The activity's status from `date` on, until the next note.
   * @sv Aktivitetens status från `date` och fram till nästa rapport.
   */
  status: ActivityStatus,
  /**
   * What happened or was decided, in Swedish (English optional).
   * @sv Vad som hänt eller beslutats, på svenska (engelska valfritt).
   */
  text: LocalizedText,
  /**
   * Who reported the note: the id of an organisation of the dataset.
   * @sv Vem som rapporterade: id för en organisation i datasetet.
   */
  reportedBy: Id,
  /**
   * Links to what the note speaks of (a report, minutes, a web page); https only.
   * @sv Länkar till det rapporten handlar om (en rapport, ett protokoll, en webbsida); bara https.
   */
  links: z.optional(z.array(Link)),
});
export type ProgressNote = z.infer<typeof ProgressNote>;

/**
 * One activity of a plan: one object however many delmål it serves.
 * @sv En aktivitet i en plan: ett objekt, hur många delmål den än hör till.
 */
export const Activity = z.strictObject({
  /**
   * The activity's id, unique within its plan.
   * @sv Aktivitetens id, unikt inom planen.
   */
  id: Id,
  /**
   * The activity's title.
   * @sv Aktivitetens rubrik.
   */
  title: LocalizedText,
  /**
   * What the activity is and does.
   * @sv Vad aktiviteten är och gör.
   */
  description: z.optional(TextBlocks),
  /**
   * The goals (delmål) the activity serves, at least one.
   * @sv Målen (delmålen) aktiviteten hör till, minst ett.
   */
  goals: z.array(GoalLink).check(z.minLength(1)),
  /**
   * What the plan lists the activity as; see `ActivityKind`.
   * @sv Vad planen listar aktiviteten som: pågående, utvecklingsområde eller ny.
   */
  kind: ActivityKind,
  /**
   * Where the activity stands today; see `ActivityStatus`.
   * @sv Var aktiviteten står i dag: planerad, pågår, genomförd, pausad eller avbruten.
   */
  status: ActivityStatus,
  /**
   * Who answers for the activity. Leaving it out and leaving it empty mean the same (no party is named yet), and
   * both give the policy warning `policy.activity.no-responsible`.
   * @sv Vem som ansvarar för aktiviteten och med vilken roll. Att utelämna fältet och att lämna det tomt betyder
   * samma sak (ingen part är namngiven än) och ger samma varning.
   */
  responsible: z.optional(z.array(ResponsibleParty)),
  /**
   * The groups the activity is for, in the plan's words.
   * @sv Målgrupperna aktiviteten riktar sig till, med planens ord.
   * @example [{ "sv": "Unga vuxna 18–25 år" }]
   */
  targetGroups: z.optional(z.array(LocalizedText)),
  /**
   * Links to more about the activity; https only.
   * @sv Länkar till mer om aktiviteten; bara https.
   * @example [{ "url": "https://example.org/aktivitet", "label": { "sv": "Om aktiviteten" } }]
   */
  links: z.optional(z.array(Link)),
  /**
   * When the activity runs.
   * @sv När aktiviteten pågår.
   */
  period: z.optional(Validity),
  /**
   * How the activity is followed up.
   * @sv Hur aktiviteten följs upp.
   * @example [{ "type": "paragraph", "text": { "sv": "Följs upp i den årliga uppföljningen av planen." } }]
   */
  followUp: z.optional(TextBlocks),
  /**
   * The ids of the dataset's indicators that follow the activity up.
   * @sv Id för de indikatorer i datasetet som följer upp aktiviteten.
   * @example ["fullgod-psykisk-halsa-unga"]
   */
  indicators: z.optional(z.array(Id)),
  /**
   * The activity's progress notes, oldest first by convention (readers sort them by date).
   * @sv Aktivitetens lägesrapporter, äldst först (läsare sorterar dem på datum).
   */
  progress: z.optional(z.array(ProgressNote)),
});
export type Activity = z.infer<typeof Activity>;
