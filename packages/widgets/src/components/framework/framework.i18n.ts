import { defineMessages, type Entry } from '../../i18n/index.js';
import { formatCount } from '../../shared/format.js';
import { en } from './framework.i18n.en.js';

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

export type Key = keyof typeof sv;

/** The words of `dhol-framework`, in Swedish and English. */
export const t = defineMessages<Key>({ sv, en });
export type FrameworkMessageKey = Key;
