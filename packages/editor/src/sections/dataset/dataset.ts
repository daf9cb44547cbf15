/**
 * The file as a whole: its title and description, where the data comes from (the document, the publisher, the
 * licence), when it was updated, and its id. Also the view for anything in the file that no other part of the
 * form shows, so that every issue has a place to go.
 */
import { html, type TemplateResult } from 'lit';
import { dateField } from '../../fields/date.js';
import { localizedField, textField } from '../../fields/text.js';
import { defineMessages } from '../../i18n/messages.js';
import type { FieldSpec } from '../../issues/issue-index.js';
import type { Path } from '../../store/path.js';
import { heading } from '../../util/heading.js';
import { type EditorContext, type Route, registerSection, type Section } from '../section.js';

const t = defineMessages({
  sv: {
    heading: 'Om filen',
    intro: 'Uppgifter om hela filen: vad den innehåller och var uppgifterna kommer från.',
    title: 'Filens titel',
    description: 'Beskrivning',
    source: 'Källa',
    sourceTitle: 'Dokumentet uppgifterna kommer från',
    publisher: 'Utgivare',
    url: 'Webbadress till dokumentet',
    urlHint: 'Börjar med https://',
    licence: 'Licens',
    licenceHint: 'Till exempel ”CC0 1.0” eller ”CC BY 4.0”.',
    note: 'Anmärkning om källan',
    updated: 'Senast uppdaterad',
    id: 'Filens id',
    idHint: 'Små bokstäver, siffror och bindestreck.',
  },
  en: {
    heading: 'About the file',
    intro: 'Facts about the whole file: what it holds and where the data comes from.',
    title: "The file's title",
    description: 'Description',
    source: 'Source',
    sourceTitle: 'The document the data comes from',
    publisher: 'Publisher',
    url: 'Web address of the document',
    urlHint: 'Starts with https://',
    licence: 'Licence',
    licenceHint: 'For example “CC0 1.0” or “CC BY 4.0”.',
    note: 'Note on the source',
    updated: 'Last updated',
    id: "The file's id",
    idHint: 'Lower-case letters, digits and hyphens.',
  },
});

const f = (pattern: string, key: Parameters<typeof t>[1]): FieldSpec => [pattern, (lang) => t(lang, key)];
export const DATASET_FIELDS: FieldSpec[] = [
  f('id', 'id'),
  f('title', 'title'),
  'title/en',
  f('description', 'description'),
  'description/en',
  f('updated', 'updated'),
  f('source/title', 'sourceTitle'),
  'source/title/en',
  f('source/publisher', 'publisher'),
  f('source/url', 'url'),
  f('source/licence', 'licence'),
  f('source/note', 'note'),
  'source/note/en',
];

function render(ctx: EditorContext): TemplateResult {
  const l = (key: Parameters<typeof t>[1]) => t(ctx.lang, key);
  return html`
    <p>${l('intro')}</p>
    ${localizedField(ctx, { path: ['title'], label: l('title'), optional: true })}
    ${localizedField(ctx, { path: ['description'], label: l('description'), optional: true, multiline: true })}
    ${dateField(ctx, { path: ['updated'], label: l('updated'), precision: 'day', optional: true })}
    <div class="part">
      ${heading(ctx.headingLevel + 1, l('source'))}
      ${localizedField(ctx, { path: ['source', 'title'], label: l('sourceTitle'), optional: true })}
      ${textField(ctx, { path: ['source', 'publisher'], label: l('publisher'), optional: true })}
      ${textField(ctx, {
        path: ['source', 'url'],
        label: l('url'),
        hint: l('urlHint'),
        type: 'url',
        optional: true,
        spellcheck: false,
      })}
      ${textField(ctx, { path: ['source', 'licence'], label: l('licence'), hint: l('licenceHint'), optional: true, width: 'medium' })}
      ${localizedField(ctx, { path: ['source', 'note'], label: l('note'), optional: true, multiline: true })}
    </div>
    ${textField(ctx, { path: ['id'], label: l('id'), hint: l('idHint'), optional: true, width: 'medium', spellcheck: false })}
  `;
}

export const datasetSection: Section = {
  id: 'dataset',
  fields: DATASET_FIELDS,
  // Everything no other section claims comes here: its route is the least specific.
  routeFor: (_path: Path): Route => ({ section: 'dataset', path: [] }),
  title: (ctx) => t(ctx.lang, 'heading'),
  render,
  nav: (ctx) => [{ label: t(ctx.lang, 'heading'), route: { section: 'dataset', path: [] } }],
};

registerSection(datasetSection);
