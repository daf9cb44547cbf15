import * as z from 'zod/mini';
import { ResponsibleParty } from './organisation.js';
import { Id, IsoDate, Link, LocalizedText, TextBlocks, Validity } from './primitives.js';

/** `ongoing` (pågående, to continue), `development` (identifierat utvecklingsområde), `new` (a new activity). */
export const ActivityKind = z.enum(['ongoing', 'development', 'new']);
export type ActivityKind = z.infer<typeof ActivityKind>;

/** Where an activity stands: `planned`, `ongoing` (started), `completed` (done), `paused` or `cancelled`. */
export const ActivityStatus = z.enum(['planned', 'ongoing', 'completed', 'paused', 'cancelled']);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/**
 * One link from an activity to a goal of the plan's framework. A plan may list the same activity under several
 * delmål, in other words or as another kind (an ongoing activity under one delmål, a development area under
 * another): `listedAs` and `kind` keep what the document says there.
 */
export const GoalLink = z.strictObject({
  goal: Id,
  listedAs: z.optional(LocalizedText),
  kind: z.optional(ActivityKind),
});
export type GoalLink = z.infer<typeof GoalLink>;

/**
 * A dated progress note on an activity (a lägesrapport, the short account a follow-up asks of each activity): what
 * happened, and the activity's status from that day until the next note. The notes are the activity's history;
 * `Activity.status` stays its current status, and validation warns when the two disagree.
 */
export const ProgressNote = z.strictObject({
  /** The day the note speaks for, `YYYY-MM-DD`. Two notes on one day are read in the order they are listed. */
  date: IsoDate,
  /** The activity's status from `date` on, until the next note. */
  status: ActivityStatus,
  /** What happened or was decided, in Swedish (English optional). */
  text: LocalizedText,
  /** Who reported the note: the id of an organisation of the dataset. */
  reportedBy: Id,
  /** Links to what the note speaks of (a report, minutes, a web page); https only. */
  links: z.optional(z.array(Link)),
});
export type ProgressNote = z.infer<typeof ProgressNote>;

/** One activity of a plan: one object however many delmål it serves. */
export const Activity = z.strictObject({
  id: Id,
  title: LocalizedText,
  description: z.optional(TextBlocks),
  goals: z.array(GoalLink).check(z.minLength(1)),
  kind: ActivityKind,
  status: ActivityStatus,
  /**
   * Who answers for the activity. Leaving it out and leaving it empty mean the same (no party is named yet), and
   * both give the policy warning `policy.activity.no-responsible`.
   */
  responsible: z.optional(z.array(ResponsibleParty)),
  targetGroups: z.optional(z.array(LocalizedText)),
  links: z.optional(z.array(Link)),
  period: z.optional(Validity),
  followUp: z.optional(TextBlocks),
  indicators: z.optional(z.array(Id)),
  /** The activity's progress notes, oldest first by convention (readers sort them by date). */
  progress: z.optional(z.array(ProgressNote)),
});
export type Activity = z.infer<typeof Activity>;
