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

export const PlanKind = z.enum(['national', 'regional', 'local']);
export type PlanKind = z.infer<typeof PlanKind>;

/** Who decided a document, when, and under which diarienummer (the registry number of Swedish authorities). */
export const DecisionRecord = z.strictObject({
  /** The deciding body, as an organisation id. */
  decidedBy: Id,
  date: IsoDate,
  diarienummer: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  note: z.optional(LocalizedText),
});
export type DecisionRecord = z.infer<typeof DecisionRecord>;

/**
 * A plan's version label as its publisher writes it: `2026`, `2.0`, `2027 (reviderad)`. Versions are compared as
 * labels, never ordered by their text.
 */
export const PlanVersion = z.string().check(z.minLength(1), z.maxLength(50));
export type PlanVersion = z.infer<typeof PlanVersion>;

/**
 * The earlier version a plan replaces. Each version is its own plan with its own id (the Sörmland plan's id
 * carries its year), so one dataset may hold both and `plan` points at the other; when the earlier version is
 * published elsewhere, `url` says where.
 */
export const PlanReference = z.strictObject({
  /** The id of the replaced plan. */
  plan: Id,
  /** The replaced plan's `version`. */
  version: PlanVersion,
  /** Where the replaced version's dataset is published, when it is not in this dataset. */
  url: z.optional(Url),
});
export type PlanReference = z.infer<typeof PlanReference>;

/** A revision of a document: planned, or done (then with the day it was done, the decision and what changed). */
export const Revision = z.strictObject({
  /** When the revision is (or was) planned: a year, month or day. */
  date: PartialDate,
  /** True once the revision has been done. */
  done: z.optional(z.boolean()),
  /** The day the revision was done, `YYYY-MM-DD`; follow-up periods start here ("sedan revideringen"). */
  doneDate: z.optional(IsoDate),
  /** The decision that adopted the revised document. */
  decision: z.optional(DecisionRecord),
  /** A summary of what the revision changed. */
  changes: z.optional(TextBlocks),
  /** The plan version the revision produced. */
  version: z.optional(PlanVersion),
  note: z.optional(LocalizedText),
});
export type Revision = z.infer<typeof Revision>;

export const RevisionSchedule = z.strictObject({
  /** The document's own words about revisions. */
  text: z.optional(TextBlocks),
  revisions: z.array(Revision),
});
export type RevisionSchedule = z.infer<typeof RevisionSchedule>;

/** What a plan says about one goal (usually a delmål): its description and the introductions to its lists. */
export const GoalSection = z.strictObject({
  goal: Id,
  description: z.optional(TextBlocks),
  ongoingIntro: z.optional(TextBlocks),
  developmentIntro: z.optional(TextBlocks),
  /** Text after the activities, such as a closing remark. */
  closing: z.optional(TextBlocks),
});
export type GoalSection = z.infer<typeof GoalSection>;

/** A handlingsplan (action plan): national, regional (county-wide) or local. */
export const Plan = z.strictObject({
  id: Id,
  kind: PlanKind,
  title: LocalizedText,
  subtitle: z.optional(LocalizedText),
  /** This version of the plan, e.g. `2026`; plans that are never revised may leave it out. */
  version: z.optional(PlanVersion),
  /** The earlier version this plan replaces. */
  replaces: z.optional(PlanReference),
  /** The document's category, e.g. "Handlingsplan". */
  category: z.optional(LocalizedText),
  /** The areas the plan covers, as area codes. */
  scope: z.array(AreaCode).check(z.minLength(1)),
  /** The framework (strategy) whose goals the plan's activities link to. */
  framework: Id,
  /** Dokumentansvarig: the organisation responsible for the document. */
  owner: z.optional(Id),
  decision: z.optional(DecisionRecord),
  validity: z.optional(Validity),
  /** The years the plan is set in, e.g. the strategy period 2025–2034. */
  period: z.optional(Validity),
  revisionSchedule: z.optional(RevisionSchedule),
  background: z.optional(TextBlocks),
  purpose: z.optional(TextBlocks),
  aims: z.optional(TextBlocks),
  organisation: z.optional(TextBlocks),
  /** Organisations that took part in drawing up the plan or in its network. */
  participants: z.optional(z.array(z.strictObject({ organisation: Id, label: z.optional(LocalizedText) }))),
  sections: z.optional(z.array(GoalSection)),
  activities: z.array(Activity),
  followUp: z.optional(TextBlocks),
  indicators: z.optional(z.array(Id)),
  footnotes: z.optional(z.array(LocalizedText)),
});
export type Plan = z.infer<typeof Plan>;
