import type { Entry } from '../../i18n/index.js';
import { formatCount } from '../../shared/format.js';
import type { Key } from './followup.messages.js';

/**
 * The English words of `dhol-followup`. The folder build loads them in a chunk of their own, only for an element whose
 * language is English (see `i18n/english.ts`).
 */
export const en: Record<Key, Entry> = {
  title: (p) => `Follow-up: ${p.plan}`,
  documentInfo: 'About this follow-up',
  diarienummer: 'Registry number (diarienummer)',
  version: 'Version',
  replaces: (p) => `replaces version ${p.version}`,
  period: 'Period',
  'period.invalid': 'The period ends before it begins. Choose an end date after the start date.',
  summary: 'Summary',
  'table.caption': (p) => `Status of the activities on ${p.date}, by sub-goal`,
  'table.goal': 'Sub-goal (delmål)',
  'table.total': 'Activities',
  'table.all': 'Whole plan',
  'table.unknown': 'Unknown status',
  'table.reached': (p) => `${formatCount(p.count, 'en')} in the period`,
  download: 'Download the status table (CSV)',
  flags: 'For attention',
  'flags.none': 'No overdue revisions and no activities without a recent progress note.',
  overdue: (p) => `The revision of ${p.date} is overdue (not marked as done).`,
  stale: (p) => `No progress note for ${formatCount(p.months, 'en')} months or more:`,
  'stale.since': (p) => `latest progress note ${p.date}`,
  'stale.never': (p) => `no progress note since the plan took effect on ${p.date}`,
  'stale.neverUnknown': 'no progress note at all',
  'stale.flag': 'No recent progress note',
  changes: (p) => `Changes since version ${p.version}`,
  'changes.missing': (p) =>
    `The plan replaces ${p.plan} version ${p.version}, which is not in the file, so the changes cannot be shown here.`,
  'changes.none': 'No activity was added, removed or changed.',
  'changes.added': 'New activities',
  'changes.removed': 'Removed activities',
  'changes.changed': 'Changed activities',
  'changes.revision': 'The revision’s summary',
  'field.id': (p) => `id changed from “${p.before}” to “${p.after}”`,
  'field.title': (p) => `new title (was “${p.before}”)`,
  'field.description': 'description changed',
  'field.goals': (p) =>
    p.added && p.removed
      ? `now under ${p.added} instead of ${p.removed}`
      : p.added
        ? `now also under ${p.added}`
        : `no longer under ${p.removed}`,
  'field.kind': (p) => `kind changed from ${p.before} to ${p.after}`,
  'field.status': (p) => `status changed from ${p.before} to ${p.after}`,
  'field.responsible': (p) =>
    [p.added ? `newly responsible: ${p.added}` : '', p.removed ? `no longer responsible: ${p.removed}` : '']
      .filter(Boolean)
      .join(', '),
  'kind.ongoing': 'ongoing',
  'kind.development': 'development area',
  'kind.new': 'new',
  delmal: (p) => `sub-goal ${p.number}`,
  goalHeading: (p) => `Sub-goal ${p.number}: ${p.title}`,
  'goal.none': 'The plan lists no activities under this sub-goal.',
  notes: 'Progress notes in the period',
  'notes.none': 'No progress note in the period.',
  'notes.before': (p) => `Latest progress note before the period, ${p.date}: ${p.status}.`,
  'notes.reportedBy': (p) => `Reported by ${p.name}`,
  'activity.changed': (p) => `In the period: from ${p.before} to ${p.after}.`,
  'activity.statusAt': (p) => `Status on ${p.date}`,
  'activity.unknown': 'Unknown status',
  empty: 'The file holds no plan to follow up.',
  missing: (p) => `The plan “${p.id}” is not in the file.`,
};
