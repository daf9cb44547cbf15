import { defineMessages, type Entry } from '../../i18n/index.js';
import { formatCount } from '../../shared/format.js';

const sv = {
  vision: 'Vision',
  overarching: 'Övergripande mål',
  delmal: 'Delmål',
  priorities: 'Prioriteringar',
  notes: 'Om strategin',
  'notes.item': (p) => `Om strategin, stycke ${p.number}`,
  'priorities.none': 'Ramverket innehåller inga prioriteringar för det här delmålet ännu.',
  'delmal.label': (p) => `Delmål ${p.number}`,
  'expand.all': 'Visa alla delmål',
  'collapse.all': 'Dölj alla delmål',
  period: (p) => `Period ${p.start}–${p.end}`,
  version: (p) => `Version ${p.version}`,
  'status.verified': 'verifierad',
  'status.translation': 'Översättning',
  alternatives: 'Andra formuleringar:',
  'status.unverified': 'Ej verifierad ordalydelse',
  'status.translation.long': 'Översättning: den svenska ordalydelsen har inte hittats.',
  'status.unverified.long': 'Ej verifierad: trolig ordalydelse, men ingen primärkälla har lästs.',
  fallback: (p) => (p.lang === 'en' ? '(på engelska)' : '(på svenska)'),
  source: 'Källa',
  'source.for': (p) => `Källa: ${p.what}`,
  'source.version': (p) => `Version av texten: ${p.version}`,
  'coverage.intro': (p) => `Antal aktiviteter per delmål i ${p.plan}.`,
  'coverage.count': (p) =>
    Number(p.count) === 0
      ? 'inga aktiviteter'
      : `${formatCount(p.count, 'sv')} ${Number(p.count) === 1 ? 'aktivitet' : 'aktiviteter'}`,
  'coverage.kinds': (p) =>
    `Pågående: ${formatCount(p.ongoing, 'sv')}, utvecklingsområden: ${formatCount(p.development, 'sv')}, nya: ${formatCount(p.new, 'sv')}.`,
  'coverage.gap': 'Planen har ingen aktivitet för det här delmålet.',
  'coverage.mismatch': (p) => `Planen ${p.plan} hör till ett annat ramverk; antal aktiviteter visas inte.`,
  'plan.missing': (p) => `Planen ”${p.id}” finns inte i filen.`,
  'framework.missing': (p) => `Ramverket ”${p.id}” finns inte; det nationella ramverket visas.`,
  empty: 'Filen innehåller varken ett ramverk eller en plan.',
} satisfies Record<string, Entry>;

type Key = keyof typeof sv;

const en: Record<Key, Entry> = {
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

/** The words of `dhol-framework`, in Swedish and English. */
export const t = defineMessages<Key>({ sv, en });
export type FrameworkMessageKey = Key;
