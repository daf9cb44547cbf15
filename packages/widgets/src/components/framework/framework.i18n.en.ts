import type { Entry } from '../../i18n/index.js';
import { formatCount } from '../../shared/format.js';
import type { Key } from './framework.i18n.js';

/**
 * The English words of `dhol-framework`. The folder build loads them in a chunk of their own, only for an element whose
 * language is English (see `i18n/english.ts`).
 */
export const en: Record<Key, Entry> = {
  vision: 'Vision',
  overarching: 'Overarching goals',
  delmal: 'Sub-goals (delmål)',
  priorities: 'Priorities',
  notes: 'About the strategy',
  'notes.item': (p) => `About the strategy, paragraph ${p.number}`,
  'priorities.none': 'The framework holds no priorities for this sub-goal yet.',
  'delmal.label': (p) => `Sub-goal ${p.number}`,
  'expand.all': 'Show all sub-goals',
  'collapse.all': 'Hide all sub-goals',
  period: (p) => `Period ${p.start}–${p.end}`,
  version: (p) => `Version ${p.version}`,
  'status.verified': 'verified',
  'status.translation': 'Translation',
  alternatives: 'Other wordings:',
  'status.unverified': 'Unverified wording',
  'status.translation.long': 'Translation: the Swedish wording has not been found.',
  'status.unverified.long': 'Unverified: a likely wording, but no primary source has been read.',
  fallback: (p) => (p.lang === 'en' ? '(in English)' : '(in Swedish)'),
  source: 'Source',
  'source.for': (p) => `Source: ${p.what}`,
  'source.version': (p) => `Version of the text: ${p.version}`,
  'coverage.intro': (p) => `Number of activities per sub-goal in ${p.plan}.`,
  'coverage.count': (p) =>
    Number(p.count) === 0
      ? 'no activities'
      : `${formatCount(p.count, 'en')} ${Number(p.count) === 1 ? 'activity' : 'activities'}`,
  'coverage.kinds': (p) =>
    `Ongoing: ${formatCount(p.ongoing, 'en')}, development areas: ${formatCount(p.development, 'en')}, new: ${formatCount(p.new, 'en')}.`,
  'coverage.gap': 'The plan has no activity for this sub-goal.',
  'coverage.mismatch': (p) =>
    `The plan ${p.plan} belongs to another framework; activity counts are not shown.`,
  'plan.missing': (p) => `The plan “${p.id}” is not in the file.`,
  'framework.missing': (p) => `The framework “${p.id}” does not exist; the national framework is shown.`,
  empty: 'The file holds neither a framework nor a plan.',
};
