import type { Entry } from '../../i18n/index.js';
import { formatCount } from '../../shared/format.js';
import type { Key } from './coverage.i18n.js';

/**
 * The English words of `dhol-coverage`. The folder build loads them in a chunk of their own, only for an element whose
 * language is English (see `i18n/english.ts`).
 */
export const en: Record<Key, Entry> = {
  title: 'Activities per sub-goal',
  'caption.plan': 'Number of activities per sub-goal (delmål) and plan',
  'caption.organisation': 'Number of activities per sub-goal (delmål) and responsible organisation',
  delmal: 'Sub-goal',
  'delmal.label': (p) => `Sub-goal ${p.number}`,
  total: 'All activities',
  'total.row': 'Activities in total',
  gap: 'None (gap)',
  'cell.context': (p) => `${Number(p.count) === 1 ? 'activity' : 'activities'}: ${p.goal}, ${p.column}`,
  summary: (p) =>
    `${formatCount(p.covered, 'en')} of ${formatCount(p.delmal, 'en')} sub-goals have at least one activity. ${
      Number(p.gaps) === 0
        ? 'The table has no gaps.'
        : `The table has ${formatCount(p.gaps, 'en')} ${Number(p.gaps) === 1 ? 'gap' : 'gaps'}: sub-goals with no activity in a column.`
    }`,
  'summary.organisation': (p) =>
    `${formatCount(p.covered, 'en')} of ${formatCount(p.delmal, 'en')} sub-goals have at least one activity${
      Number(p.covered) < Number(p.delmal) ? '; the others are marked as gaps' : ''
    }. A zero only means that the organisation is responsible for no activity under the sub-goal.`,
  'note.several-delmal':
    'An activity under several sub-goals counts under each of them, so a column can add up to more than the number of activities in the row “Activities in total”.',
  'note.several-organisations':
    'An activity with several responsible organisations counts in each organisation’s column, so a row can add up to more than the figure under “All activities”.',
  uncovered: 'Sub-goals no activity reaches:',
  unattributed: (p) =>
    `${formatCount(p.count, 'en')} ${Number(p.count) === 1 ? 'activity names' : 'activities name'} no responsible organisation and ${Number(p.count) === 1 ? 'is' : 'are'} counted only under “All activities”.`,
  otherFramework: (p) => `${p.plans} belongs to another framework and is not counted here.`,
  'framework.missing': (p) => `The framework “${p.id}” does not exist; the national framework is used.`,
  empty: 'The file holds no plan to show coverage for.',
  'empty.organisation': 'No activity in the plans names a responsible organisation.',
};
