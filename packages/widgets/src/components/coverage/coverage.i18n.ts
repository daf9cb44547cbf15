import { defineMessages, type Entry } from '../../i18n/index.js';
import { formatCount } from '../../shared/format.js';

const sv = {
  title: 'Aktiviteter per delmål',
  'caption.plan': 'Antal aktiviteter per delmål och plan',
  'caption.organisation': 'Antal aktiviteter per delmål och ansvarig organisation',
  delmal: 'Delmål',
  'delmal.label': (p) => `Delmål ${p.number}`,
  total: 'Alla aktiviteter',
  'total.row': 'Aktiviteter totalt',
  gap: 'Ingen (lucka)',
  'cell.context': (p) => `${Number(p.count) === 1 ? 'aktivitet' : 'aktiviteter'}: ${p.goal}, ${p.column}`,
  summary: (p) =>
    `${formatCount(p.covered, 'sv')} av ${formatCount(p.delmal, 'sv')} delmål har minst en aktivitet. ${
      Number(p.gaps) === 0
        ? 'Tabellen har inga luckor.'
        : `Tabellen har ${formatCount(p.gaps, 'sv')} ${Number(p.gaps) === 1 ? 'lucka' : 'luckor'}: delmål utan aktivitet i en kolumn.`
    }`,
  'summary.organisation': (p) =>
    `${formatCount(p.covered, 'sv')} av ${formatCount(p.delmal, 'sv')} delmål har minst en aktivitet${
      Number(p.covered) < Number(p.delmal) ? '; de andra är markerade som luckor' : ''
    }. En nolla betyder bara att organisationen inte ansvarar för någon aktivitet under delmålet.`,
  'note.several-delmal':
    'En aktivitet som hör till flera delmål räknas under vart och ett av dem, så summan av en kolumn kan bli större än antalet aktiviteter på raden ”Aktiviteter totalt”.',
  'note.several-organisations':
    'En aktivitet med flera ansvariga organisationer räknas i varje organisations kolumn, så summan av en rad kan bli större än talet under ”Alla aktiviteter”.',
  uncovered: 'Delmål som ingen aktivitet når:',
  unattributed: (p) =>
    `${formatCount(p.count, 'sv')} ${Number(p.count) === 1 ? 'aktivitet saknar' : 'aktiviteter saknar'} angiven ansvarig organisation och räknas bara i kolumnen ”Alla aktiviteter”.`,
  otherFramework: (p) => `${p.plans} hör till ett annat ramverk och räknas inte här.`,
  'framework.missing': (p) => `Ramverket ”${p.id}” finns inte; det nationella ramverket används.`,
  empty: 'Filen innehåller ingen plan att visa täckningen för.',
  'empty.organisation': 'Ingen aktivitet i planerna har en angiven ansvarig organisation.',
} satisfies Record<string, Entry>;

type Key = keyof typeof sv;

const en: Record<Key, Entry> = {
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

/** The words of `dhol-coverage`, in Swedish and English. */
export const t = defineMessages<Key>({ sv, en });
