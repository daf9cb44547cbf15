import { defineMessages, type Entry } from '../../i18n/index.js';
import { formatCount } from '../../shared/format.js';
import { en } from './coverage.i18n.en.js';

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

export type Key = keyof typeof sv;

/** The words of `dhol-coverage`, in Swedish and English. */
export const t = defineMessages<Key>({ sv, en });
