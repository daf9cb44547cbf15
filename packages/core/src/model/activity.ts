import * as z from 'zod/mini';
import { ResponsibleParty } from './organisation.js';
import { Id, Link, LocalizedText, TextBlocks, Validity } from './primitives.js';

/** `ongoing` (pågående, to continue), `development` (identifierat utvecklingsområde), `new` (a new activity). */
export const ActivityKind = z.enum(['ongoing', 'development', 'new']);
export type ActivityKind = z.infer<typeof ActivityKind>;

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

/** One activity of a plan: one object however many delmål it serves. */
export const Activity = z.strictObject({
  id: Id,
  title: LocalizedText,
  description: z.optional(TextBlocks),
  goals: z.array(GoalLink).check(z.minLength(1)),
  kind: ActivityKind,
  status: ActivityStatus,
  responsible: z.array(ResponsibleParty),
  targetGroups: z.optional(z.array(LocalizedText)),
  links: z.optional(z.array(Link)),
  period: z.optional(Validity),
  followUp: z.optional(TextBlocks),
  indicators: z.optional(z.array(Id)),
});
export type Activity = z.infer<typeof Activity>;
