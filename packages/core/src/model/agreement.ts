import * as z from 'zod/mini';
import { PartyRole } from './organisation.js';
import { AreaCode, Id, IsoDate, LocalizedText, PartialDate, TextBlocks, Validity } from './primitives.js';

/** One party to an agreement, its role and what it undertakes. */
export const AgreementParty = z.strictObject({
  organisation: Id,
  role: PartyRole,
  /** The document's word for the role, e.g. "huvudman" or "kunskaps- och processtöd". */
  label: z.optional(LocalizedText),
  duties: z.array(LocalizedText),
});
export type AgreementParty = z.infer<typeof AgreementParty>;

/** A step in deciding an agreement: which body decides and who signs; once done, when and by whom. */
export const DecisionStep = z.strictObject({
  /** The deciding body, as an organisation id. */
  body: Id,
  /** What the document says about the step. */
  decision: LocalizedText,
  /** The signatory's office, e.g. "kommunstyrelsens ordförande". */
  signatory: z.optional(LocalizedText),
  /** The day the body decided, `YYYY-MM-DD`. */
  date: z.optional(IsoDate),
  /** True once the body has decided; a step without it is pending. */
  done: z.optional(z.boolean()),
  /** The name of the person who signed for the body, as the signed document gives it. */
  signedBy: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** The day it was signed, `YYYY-MM-DD`. */
  signedDate: z.optional(IsoDate),
});
export type DecisionStep = z.infer<typeof DecisionStep>;

/** A strategy an agreement serves: a framework in the dataset, or a document known by name. */
export const ServedStrategy = z.strictObject({
  title: LocalizedText,
  kind: z.enum(['national-strategy', 'regional-strategy', 'local-strategy', 'other']),
  framework: z.optional(Id),
  owner: z.optional(Id),
  abbreviation: z.optional(z.string().check(z.maxLength(30))),
  note: z.optional(LocalizedText),
});
export type ServedStrategy = z.infer<typeof ServedStrategy>;

export const Governance = z.strictObject({
  /** Who coordinates the work, and who appoints the coordinator. */
  coordinator: z.optional(z.strictObject({ appointedBy: z.optional(Id), description: LocalizedText })),
  steeringGroup: z.optional(LocalizedText),
  workingGroups: z.optional(LocalizedText),
  text: z.optional(TextBlocks),
});
export type Governance = z.infer<typeof Governance>;

/** Figures an agreement starts from: observations in the dataset, picked by indicator, area and period. */
export const Baseline = z.strictObject({
  area: AreaCode,
  period: z.string().check(z.regex(/^\d{4}(-\d{4})?$/)),
  indicators: z.array(Id).check(z.minLength(1)),
  text: z.optional(TextBlocks),
});
export type Baseline = z.infer<typeof Baseline>;

/**
 * Where an agreement stands: `draft` (being written), `decided` (every body has decided), `signed` (every
 * signature is in), `in-progress` (the work is under way) and `ended`.
 */
export const AgreementStatus = z.enum(['draft', 'decided', 'signed', 'in-progress', 'ended']);
export type AgreementStatus = z.infer<typeof AgreementStatus>;

/**
 * A check-in (avstämning): a meeting where the parties "löpande stämma av inriktning, förväntningar och nästa
 * steg", with who took part, what they agreed and the next steps.
 */
export const CheckIn = z.strictObject({
  /** The day of the meeting, `YYYY-MM-DD`. */
  date: IsoDate,
  /** The organisations that took part, as ids of the dataset. */
  participants: z.array(Id).check(z.minLength(1)),
  /** What the parties agreed, one item each. */
  agreed: z.optional(z.array(LocalizedText)),
  /** The next steps, one item each. */
  nextSteps: z.optional(z.array(LocalizedText)),
  note: z.optional(LocalizedText),
});
export type CheckIn = z.infer<typeof CheckIn>;

/** An agreement between organisations, such as a handslag between a municipality and its region. */
export const Agreement = z.strictObject({
  id: Id,
  kind: z.enum(['handslag', 'agreement']),
  title: LocalizedText,
  subtitle: z.optional(LocalizedText),
  /** Where the agreement stands; see `AgreementStatus`. */
  status: z.optional(AgreementStatus),
  scope: z.optional(z.array(AreaCode)),
  /** Who took the initiative, as an organisation id. */
  initiatedBy: z.optional(Id),
  parties: z.array(AgreementParty).check(z.minLength(2)),
  duration: z.optional(
    z.extend(Validity, {
      /** The expected length in years when no dates are set ("en tid om 2 år bedöms rimlig"). */
      years: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
      /** The horizon of the wider work, e.g. handslag activities "fram till år 2030". */
      horizon: z.optional(PartialDate),
    }),
  ),
  background: z.optional(TextBlocks),
  purpose: z.optional(TextBlocks),
  aim: z.optional(TextBlocks),
  implementation: z.optional(TextBlocks),
  governance: z.optional(Governance),
  decisionSteps: z.optional(z.array(DecisionStep)),
  serves: z.optional(z.array(ServedStrategy)),
  goals: z.optional(z.array(z.strictObject({ framework: Id, goal: Id }))),
  baseline: z.optional(Baseline),
  /** The parties' check-ins, oldest first by convention (readers sort them by date). */
  checkIns: z.optional(z.array(CheckIn)),
});
export type Agreement = z.infer<typeof Agreement>;
