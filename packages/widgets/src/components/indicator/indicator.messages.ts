import { defineMessages, type Entry } from '../../i18n/index.js';
import { en } from './indicator.messages.en.js';

/** Every word `dhol-indicator` shows, in Swedish (default) and English. */
const sv = {
  'view.label': 'Visa som',
  'view.bar': 'Staplar',
  'view.line': 'Linjer',
  'view.table': 'Tabell',
  'chart.bar': (p) => `Stapeldiagram: ${p.title}, ${p.period}.`,
  'chart.line': (p) => `Linjediagram: ${p.title}, ${p.from}–${p.to}.`,
  'chart.keys.bar': 'Gå mellan staplarna med piltangenterna, Home och End.',
  'chart.keys.line':
    'Gå mellan åren med vänster- och högerpil och mellan linjerna med upp- och nedpil. Home och End går till första och sista året.',
  'chart.ci': 'Strecken genom värdena visar konfidensintervallet.',
  'chart.target': (p) => `Den streckade linjen visar målet ${p.value}.`,
  'chart.period': (p) => `Staplarna visar ${p.period}.`,
  'point.ci': (p) =>
    `${p.level ? `${p.level} konfidensintervall` : 'konfidensintervall'} ${p.lower}–${p.upper}`,
  'point.preliminary': 'preliminärt',
  'gap.suppressed': 'sekretessmarkerat',
  'gap.missing': 'värde saknas',
  'note.suppressed':
    'Sekretessmarkerat: källan redovisar inte värdet, till exempel för att det bygger på för få svar. Det betyder inte noll.',
  'note.missing': 'Värde saknas: inget värde är publicerat.',
  'note.preliminary': 'Preliminärt värde som kan komma att ändras.',
  'note.gaps': (p) => `Inga värden att visa för: ${p.list}.`,
  'legend.label': 'Teckenförklaring',
  'target.default': 'Mål',
  'table.area': 'Område',
  'table.sex': 'Kön',
  'source.label': 'Källa',
  'licence.label': 'Licens',
  'updated.label': 'Senast uppdaterad',
  download: 'Ladda ner värdena som CSV',
  'area.country': 'Riket',
  'empty.noIndicators': 'Filen innehåller inga indikatorer.',
  'empty.noObservations': 'Det finns inga värden för det urval som visas.',
  'empty.unknownIndicator': (p) => `Indikatorn ”${p.id}” finns inte i filen.`,
} satisfies Record<string, Entry>;

export type IndicatorMessageKey = keyof typeof sv;

export const tIndicator = defineMessages<IndicatorMessageKey>({ sv, en });
