import { defineMessages } from '../../i18n/index.js';
import { formatCount } from '../../shared/format.js';

const one = (count: unknown) => Number(count) === 1;

/** The words `dhol-overview` shows, in Swedish and English. */
export const t = defineMessages({
  sv: {
    'filter.legend': 'Visa',
    'filter.all': 'Alla',
    'filter.plan': 'Handlingsplaner',
    'filter.handslag': 'Handslag',
    'filter.indicators': 'Indikatorer',
    caption: 'Vad varje kommun och organisation har publicerat, och antal aktiviteter per delmål',
    'col.name': 'Kommun eller organisation',
    'col.published': 'Publicerat',
    'col.decided': 'Beslutat',
    'col.validUntil': 'Gäller till',
    'col.nextRevision': 'Nästa revidering',
    'col.overdue': 'Försenade revideringar',
    'col.activities': 'Aktiviteter',
    'col.delmal': (p) => `Delmål ${p.number}`,
    'kind.plan': 'Handlingsplan',
    'kind.handslag': 'Handslag',
    'kind.agreement': 'Överenskommelse',
    'kind.indicators': 'Indikatorer',
    indicators: (p) => `${formatCount(p.count, 'sv')} ${one(p.count) ? 'indikator' : 'indikatorer'}`,
    nothingPublished: 'Inget publicerat',
    pending: 'Hämtas …',
    failed: 'Kunde inte läsas',
    'failed.invalid': (p) => `Filen har ${formatCount(p.count, 'sv')} fel, till exempel: ${p.message}`,
    'failed.manifest': (p) => `Posten i manifestet är felaktig: ${p.message}`,
    notGiven: 'Anges inte',
    untilRevised: 'Tills vidare (till revidering)',
    years: (p) => `${formatCount(p.years, 'sv')} år (inget slutdatum)`,
    none: 'Ingen',
    noPlan: 'Ingen handlingsplan',
    'total.name': (p) => `Summa, ${p.area}`,
    'total.published': (p) =>
      `${formatCount(p.published, 'sv')} av ${formatCount(p.rows, 'sv')} har publicerat något: ${p.kinds}`,
    'total.plan': (p) =>
      `${formatCount(p.count, 'sv')} ${one(p.count) ? 'handlingsplan' : 'handlingsplaner'}`,
    'total.handslag': (p) => `${formatCount(p.count, 'sv')} handslag`,
    'total.indicators': (p) => `${formatCount(p.count, 'sv')} med indikatorer`,
    'total.failed': (p) => `${formatCount(p.count, 'sv')} kunde inte läsas`,
    gap: 'Ingen (lucka)',
    noPlans:
      'Ingen av källorna har publicerat en handlingsplan ännu, så det finns inga aktiviteter att räkna per delmål.',
    uncovered: (p) =>
      `${one(p.count) ? 'Ett delmål har' : `${formatCount(p.count, 'sv')} delmål har`} ingen aktivitet i någon av planerna: ${p.list}. ${one(p.count) ? 'Det är markerat som lucka' : 'De är markerade som luckor'} i summaraden.`,
    zeros:
      'En nolla för en enskild kommun eller organisation är ingen lucka i sig: bara ett delmål som ingen plan når är markerat.',
    several: (p) =>
      `${formatCount(p.several, 'sv')} av ${formatCount(p.total, 'sv')} aktiviteter hör till flera delmål och räknas under vart och ett av dem. Därför blir summan av delmålskolumnerna (${formatCount(p.sum, 'sv')}) större än antalet aktiviteter.`,
    delmal: 'Delmålen',
    'status.loading': (p) => `Läser in ${formatCount(p.count, 'sv')} ${one(p.count) ? 'källa' : 'källor'} …`,
    'status.done': (p) =>
      `Alla ${formatCount(p.count, 'sv')} källor är lästa${Number(p.failed) > 0 ? `; ${formatCount(p.failed, 'sv')} kunde inte läsas och visas med orsaken` : ''}.`,
    download: 'Ladda ned tabellen som CSV',
    empty: 'Manifestet listar inga källor och inga områden att visa.',
    'csv.code': 'Områdeskod',
    'csv.status': 'Status',
    'csv.reason': 'Orsak',
  },
  en: {
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
    download: 'Download the table as CSV',
    empty: 'The manifest lists no sources and no areas to show.',
    'csv.code': 'Area code',
    'csv.status': 'Status',
    'csv.reason': 'Reason',
  },
});
