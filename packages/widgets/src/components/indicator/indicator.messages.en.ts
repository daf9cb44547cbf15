import type { Entry } from '../../i18n/index.js';
import type { IndicatorMessageKey } from './indicator.messages.js';

/**
 * The English words of `dhol-indicator`. The folder build loads them in a chunk of their own, only for an element whose
 * language is English (see `i18n/english.ts`).
 */
export const en: Record<IndicatorMessageKey, Entry> = {
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
