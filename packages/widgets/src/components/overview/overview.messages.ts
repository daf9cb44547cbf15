import { defineMessages, type Entry } from '../../i18n/index.js';
import { formatCount } from '../../shared/format.js';
import { en } from './overview.messages.en.js';

/** Whether a count takes the singular. */
export const one = (count: unknown) => Number(count) === 1;

const sv = {
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
  'total.plan': (p) => `${formatCount(p.count, 'sv')} ${one(p.count) ? 'handlingsplan' : 'handlingsplaner'}`,
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
  folded: (p) =>
    `Medan källorna läses visas de första ${formatCount(p.count, 'sv')} raderna. Resten visas när du når hit eller när alla källor är lästa.`,
  download: 'Ladda ned tabellen som CSV',
  empty: 'Manifestet listar inga källor och inga områden att visa.',
  'csv.code': 'Områdeskod',
  'csv.status': 'Status',
  'csv.reason': 'Orsak',
} satisfies Record<string, Entry>;

export type Key = keyof typeof sv;

/** The words `dhol-overview` shows, in Swedish and English. */
export const t = defineMessages<Key>({ sv, en });
