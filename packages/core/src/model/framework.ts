import * as z from 'zod/mini';
import { Id, IsoDate, LocalizedText, Url } from './primitives.js';

/**
 * How sure a reference text is: `verified` (exact words found in a primary or official copy), `translation`
 * (official English, Swedish not found), `unverified` (likely, but no primary copy read).
 */
export const VerificationStatus = z.enum(['verified', 'translation', 'unverified']);
export type VerificationStatus = z.infer<typeof VerificationStatus>;

/** One wording of a reference text in one language, with where it comes from and how sure it is. */
export const SourcedText = z.strictObject({
  text: z.string().check(z.minLength(1), z.maxLength(20_000)),
  status: VerificationStatus,
  source: z.string().check(z.minLength(1), z.maxLength(2_000)),
  /** Which version of the document the wording belongs to, e.g. `2025` (adopted) or `2023-proposal`. */
  version: z.optional(z.string().check(z.maxLength(100))),
  note: z.optional(z.string().check(z.maxLength(2_000))),
});
export type SourcedText = z.infer<typeof SourcedText>;

/** A reference text: each language carries its own provenance, and either may be missing (never invented). */
export const ReferenceText = z.strictObject({
  sv: z.optional(SourcedText),
  en: z.optional(SourcedText),
  /** Other wordings, such as an earlier proposal's, kept so readers can compare. */
  alternatives: z.optional(z.array(z.extend(SourcedText, { lang: z.enum(['sv', 'en']) }))),
});
export type ReferenceText = z.infer<typeof ReferenceText>;

/** `overarching` (övergripande mål), `subgoal` (delmål), `priority` (prioritering, under a delmål). */
export const GoalKind = z.enum(['overarching', 'subgoal', 'priority']);
export type GoalKind = z.infer<typeof GoalKind>;

/** One goal of a framework. Goals form a tree through `parent` (a priority's parent is its delmål). */
export const Goal = z.strictObject({
  id: Id,
  kind: GoalKind,
  /** The number the strategy gives it, e.g. delmål 6. */
  number: z.optional(z.int().check(z.minimum(1), z.maximum(99))),
  parent: z.optional(Id),
  title: ReferenceText,
  description: z.optional(ReferenceText),
});
export type Goal = z.infer<typeof Goal>;

/**
 * A strategy as data: vision and goal tree, versioned. A later revision is published as a new framework whose
 * `supersedes` maps the old goal ids to new ones.
 */
export const Framework = z.strictObject({
  id: Id,
  version: z.string().check(z.minLength(1), z.maxLength(50)),
  title: ReferenceText,
  shortTitle: z.optional(LocalizedText),
  /** Where the strategy was decided and published, e.g. "Regeringens skrivelse 2024/25:77". */
  publication: z.optional(ReferenceText),
  decided: z.optional(IsoDate),
  published: z.optional(IsoDate),
  period: z.optional(z.strictObject({ start: z.int(), end: z.int() })),
  vision: z.optional(ReferenceText),
  goals: z.array(Goal),
  /** Notes on the framework as a whole, such as how it is followed up. */
  notes: z.optional(z.array(ReferenceText)),
  links: z.optional(z.array(z.strictObject({ url: Url, label: z.optional(LocalizedText) }))),
  supersedes: z.optional(
    z.strictObject({ framework: Id, version: z.string(), goalMap: z.record(z.string(), z.array(Id)) }),
  ),
});
export type Framework = z.infer<typeof Framework>;
