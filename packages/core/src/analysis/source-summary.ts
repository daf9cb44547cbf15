import type { Dataset } from '../model/dataset.js';
import type { Framework, Goal } from '../model/framework.js';
import type { SourceKind } from '../model/manifest.js';
import type { Revision } from '../model/plan.js';
import type { LocalizedText, PartialDate } from '../model/primitives.js';
import { comparePartialDates } from '../time/partial-date.js';
import { delmalOf, distinctActivities, linkResolver, placementsOf } from './goals.js';
import { revisionStatus } from './revision.js';

/** One document of a source, as an overview lists it. */
export interface PublishedDocument {
  kind: 'plan' | 'handslag' | 'agreement';
  id: string;
  title: LocalizedText;
  /** The day it was decided: a plan's decision, or an agreement's last decision step once every step is done. */
  decided?: string;
  /** The end of its validity, when it gives one. */
  validUntil?: PartialDate;
  /** It runs until it is revised. */
  untilRevised?: boolean;
  /** An agreement's expected length in years, when it gives no end date. */
  years?: number;
  /** The next planned revision not yet past. */
  nextRevision?: PartialDate;
  /** Planned revisions whose date has passed without being done. */
  overdue: Revision[];
}

/** What one published source holds, in the figures an overview of many sources shows. */
export interface SourceSummary {
  /** What the source holds: `plan`, `handslag`, `agreement`, `indicators`. */
  kinds: SourceKind[];
  documents: PublishedDocument[];
  indicators: number;
  observations: number;
  /** Distinct activities of the plans that follow the framework. */
  activities: number;
  /** Per delmål of the framework, in order: how many of those activities count under it. */
  perDelmal: number[];
  /** Activities that count under more than one delmål (why the delmål counts add up to more than `activities`). */
  underSeveral: number;
  /** Planned revisions past their date, over all plans. */
  overdue: number;
  /** Plans that follow another framework than the one counted, and whose activities are not counted. */
  otherFramework: number;
}

/**
 * Sums up one source for an overview of many: its plans and agreements with their decision, validity and next
 * revision, its indicators, and its activities per delmål of `framework` (an activity under several delmål counts
 * under each). `now` is the day revisions are judged against.
 */
export function summariseSource(
  dataset: Dataset,
  framework: Framework,
  now: Date | string | number,
): SourceSummary {
  const delmal = delmalOf(framework);
  const position = new Map(delmal.map((goal, index) => [goal.id, index]));
  const resolve = linkResolver(framework);
  const perDelmal = delmal.map(() => 0);
  const documents: PublishedDocument[] = [];
  let activities = 0;
  let underSeveral = 0;
  let overdue = 0;
  let otherFramework = 0;
  for (const plan of dataset.plans ?? []) {
    const revisions = revisionStatus(plan, now);
    overdue += revisions.overdue.length;
    documents.push({
      kind: 'plan',
      id: plan.id,
      title: plan.title,
      ...(plan.decision ? { decided: plan.decision.date } : {}),
      ...(plan.validity?.end ? { validUntil: plan.validity.end } : {}),
      ...(plan.validity?.untilRevised ? { untilRevised: true } : {}),
      ...(revisions.next ? { nextRevision: revisions.next.date } : {}),
      overdue: revisions.overdue,
    });
    if (plan.framework !== framework.id) {
      otherFramework++;
      continue;
    }
    for (const activity of distinctActivities(plan.activities)) {
      activities++;
      const placements = placementsOf(activity, resolve);
      if (placements.length > 1) underSeveral++;
      for (const placement of placements) {
        const at = position.get(placement.delmal.id);
        if (at !== undefined) perDelmal[at] = (perDelmal[at] ?? 0) + 1;
      }
    }
  }
  for (const agreement of dataset.agreements ?? []) {
    const steps = agreement.decisionSteps ?? [];
    const decided =
      steps.length > 0 && steps.every((step) => step.done === true && step.date !== undefined)
        ? steps
            .map((step) => step.date as string)
            .sort(comparePartialDates)
            .pop()
        : undefined;
    const duration = agreement.duration;
    documents.push({
      kind: agreement.kind === 'handslag' ? 'handslag' : 'agreement',
      id: agreement.id,
      title: agreement.title,
      ...(decided ? { decided } : {}),
      ...(duration?.end ? { validUntil: duration.end } : {}),
      ...(duration?.untilRevised ? { untilRevised: true } : {}),
      ...(duration?.years !== undefined && !duration.end ? { years: duration.years } : {}),
      overdue: [],
    });
  }
  const indicators = dataset.indicators?.length ?? 0;
  const observations = dataset.observations?.length ?? 0;
  const kinds = new Set<SourceKind>(documents.map((document) => document.kind));
  if (indicators > 0 || observations > 0) kinds.add('indicators');
  return {
    kinds: (['plan', 'handslag', 'agreement', 'indicators'] as const).filter((kind) => kinds.has(kind)),
    documents,
    indicators,
    observations,
    activities,
    perDelmal,
    underSeveral,
    overdue,
    otherFramework,
  };
}

/** Several sources' summaries added up, as the county's or the country's row. */
export interface SummaryTotals {
  /** Sources that hold each kind of document. */
  sources: Record<SourceKind, number>;
  activities: number;
  perDelmal: number[];
  underSeveral: number;
  overdue: number;
  /** The delmål no counted activity reaches; empty when no source has a plan to count. */
  uncovered: Goal[];
}

/** Adds up sources' summaries (made with the same framework). Activities of different files are distinct. */
export function sumSummaries(summaries: readonly SourceSummary[], framework: Framework): SummaryTotals {
  const delmal = delmalOf(framework);
  const perDelmal = delmal.map(() => 0);
  const sources: Record<SourceKind, number> = { plan: 0, handslag: 0, agreement: 0, indicators: 0 };
  let activities = 0;
  let underSeveral = 0;
  let overdue = 0;
  let counted = 0;
  for (const summary of summaries) {
    for (const kind of summary.kinds) sources[kind]++;
    activities += summary.activities;
    underSeveral += summary.underSeveral;
    overdue += summary.overdue;
    if (summary.documents.some((document) => document.kind === 'plan')) counted++;
    summary.perDelmal.forEach((count, index) => {
      perDelmal[index] = (perDelmal[index] ?? 0) + count;
    });
  }
  const uncovered = counted > 0 ? delmal.filter((_, index) => perDelmal[index] === 0) : [];
  return { sources, activities, perDelmal, underSeveral, overdue, uncovered };
}
