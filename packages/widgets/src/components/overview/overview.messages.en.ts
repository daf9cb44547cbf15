import type { Entry } from '../../i18n/index.js';
import { formatCount } from '../../shared/format.js';
import { type Key, one } from './overview.messages.js';

/**
 * The English words of `dhol-overview`. The folder build loads them in a chunk of their own, only for an element whose
 * language is English (see `i18n/english.ts`).
 */
export const en: Record<Key, Entry> = {
  'filter.legend': 'Show',
  'filter.all': 'All',
  'filter.plan': 'Action plans',
  'filter.handslag': 'Handslag agreements',
  'filter.indicators': 'Indicators',
  caption: 'What each municipality and organisation has published, and activities per sub-goal (delmål)',
  'col.name': 'Municipality or organisation',
  'col.published': 'Published',
  'col.decided': 'Decided',
  'col.validUntil': 'Valid until',
  'col.nextRevision': 'Next revision',
  'col.overdue': 'Overdue revisions',
  'col.activities': 'Activities',
  'col.delmal': (p) => `Sub-goal ${p.number}`,
  'kind.plan': 'Action plan',
  'kind.handslag': 'Handslag',
  'kind.agreement': 'Agreement',
  'kind.indicators': 'Indicators',
  indicators: (p) => `${formatCount(p.count, 'en')} ${one(p.count) ? 'indicator' : 'indicators'}`,
  nothingPublished: 'Nothing published',
  pending: 'Loading …',
  failed: 'Could not be read',
  'failed.invalid': (p) =>
    `The file has ${formatCount(p.count, 'en')} ${one(p.count) ? 'error' : 'errors'}, for example: ${p.message}`,
  'failed.manifest': (p) => `The manifest’s entry is wrong: ${p.message}`,
  notGiven: 'Not given',
  untilRevised: 'Until further notice (until revised)',
  years: (p) => `${formatCount(p.years, 'en')} ${one(p.years) ? 'year' : 'years'} (no end date)`,
  none: 'None',
  noPlan: 'No action plan',
  'total.name': (p) => `Total, ${p.area}`,
  'total.published': (p) =>
    `${formatCount(p.published, 'en')} of ${formatCount(p.rows, 'en')} have published something: ${p.kinds}`,
  'total.plan': (p) => `${formatCount(p.count, 'en')} ${one(p.count) ? 'action plan' : 'action plans'}`,
  'total.handslag': (p) => `${formatCount(p.count, 'en')} handslag`,
  'total.indicators': (p) => `${formatCount(p.count, 'en')} with indicators`,
  'total.failed': (p) => `${formatCount(p.count, 'en')} could not be read`,
  gap: 'None (gap)',
  noPlans:
    'None of the sources has published an action plan yet, so there are no activities to count per sub-goal.',
  uncovered: (p) =>
    `${one(p.count) ? 'One sub-goal has' : `${formatCount(p.count, 'en')} sub-goals have`} no activity in any of the plans: ${p.list}. ${one(p.count) ? 'It is marked as a gap' : 'They are marked as gaps'} in the total row.`,
  zeros:
    'A zero for one municipality or organisation is not a gap by itself: only a sub-goal no plan reaches is marked.',
  several: (p) =>
    `${formatCount(p.several, 'en')} of ${formatCount(p.total, 'en')} activities belong to several sub-goals and count under each of them. That is why the sub-goal columns add up to more (${formatCount(p.sum, 'en')}) than the number of activities.`,
  delmal: 'The sub-goals',
  'status.loading': (p) => `Loading ${formatCount(p.count, 'en')} ${one(p.count) ? 'source' : 'sources'} …`,
  'status.done': (p) =>
    `All ${formatCount(p.count, 'en')} sources have been read${Number(p.failed) > 0 ? `; ${formatCount(p.failed, 'en')} could not be read and are shown with the reason` : ''}.`,
  folded: (p) =>
    `While the sources are read, the first ${formatCount(p.count, 'en')} rows are shown. The rest appear when you reach this point or once every source has been read.`,
  download: 'Download the table as CSV',
  empty: 'The manifest lists no sources and no areas to show.',
  'csv.code': 'Area code',
  'csv.status': 'Status',
  'csv.reason': 'Reason',
};
