import { defineMessages, type Entry } from '../../i18n/index.js';

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

const en: Record<IndicatorMessageKey, Entry> = {
  'view.label': 'Show as',
  'view.bar': 'Bars',
  'view.line': 'Lines',
  'view.table': 'Table',
  'chart.bar': (p) => `Bar chart: ${p.title}, ${p.period}.`,
  'chart.line': (p) => `Line chart: ${p.title}, ${p.from}–${p.to}.`,
  'chart.keys.bar': 'Move between the bars with the arrow keys, Home and End.',
  'chart.keys.line':
    'Move between years with the left and right arrows and between lines with the up and down arrows. Home and End go to the first and last year.',
  'chart.ci': 'The lines through the values show the confidence interval.',
  'chart.target': (p) => `The dashed line shows the target ${p.value}.`,
  'chart.period': (p) => `The bars show ${p.period}.`,
  'point.ci': (p) =>
    `${p.level ? `${p.level} confidence interval` : 'confidence interval'} ${p.lower}–${p.upper}`,
  'point.preliminary': 'preliminary',
  'gap.suppressed': 'suppressed',
  'gap.missing': 'no value',
  'note.suppressed':
    'Suppressed: the source does not publish the value, for example because too few answered. It does not mean zero.',
  'note.missing': 'No value: none has been published.',
  'note.preliminary': 'Preliminary value that may change.',
  'note.gaps': (p) => `No values to show for: ${p.list}.`,
  'legend.label': 'Legend',
  'target.default': 'Target',
  'table.area': 'Area',
  'table.sex': 'Sex',
  'source.label': 'Source',
  'licence.label': 'Licence',
  'updated.label': 'Last updated',
  download: 'Download the values as CSV',
  'area.country': 'Sweden',
  'empty.noIndicators': 'The file contains no indicators.',
  'empty.noObservations': 'There are no values for the selection shown.',
  'empty.unknownIndicator': (p) => `The indicator “${p.id}” is not in the file.`,
};

export const tIndicator = defineMessages<IndicatorMessageKey>({ sv, en });
