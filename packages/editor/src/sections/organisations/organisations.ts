/**
 * The organisations of the dataset: every body a plan names (owner, decision-maker, responsible parties,
 * participants). Each has a name, a short name, a kind, the area it answers for, the organisation it is part of, a
 * web address and a description. Each says how often the dataset names it, so removing one that is still named is
 * a choice made knowingly (validation then points at every place).
 */
import { html, type TemplateResult } from 'lit';
import { areaPickerField } from '../../fields/area-picker.js';
import { selectField } from '../../fields/choice.js';
import { listField } from '../../fields/list.js';
import { ORGANISATION_KINDS, organisationField, organisationName } from '../../fields/organisation.js';
import { localizedField, textField } from '../../fields/text.js';
import { defineMessages, type MessageKey } from '../../i18n/messages.js';
import type { FieldSpec } from '../../issues/issue-index.js';
import { isObject, type Path } from '../../store/path.js';
import { formatCount } from '../../util/format.js';
import { slugify, uniqueId } from '../../util/ids.js';
import { type EditorContext, type Route, registerSection, type Section } from '../section.js';

const t = defineMessages({
  sv: {
    heading: 'Organisationer',
    intro:
      'Organisationerna som filen nämner: de som äger, beslutar om, ansvarar för eller medverkar i planen. Du kan också lägga till en organisation direkt där du väljer den.',
    list: 'Organisationer i filen',
    item: (p) => `Organisation ${p.n}`,
    itemNamed: (p) => `${p.name}`,
    add: 'Lägg till en organisation',
    name: 'Namn',
    shortName: 'Kort namn',
    shortNameHint: 'Till exempel ”LRS” eller ”Länsstyrelsen”.',
    kind: 'Typ av organisation',
    area: 'Område som organisationen ansvarar för',
    areaHint: 'För en kommun, region eller länsstyrelse: dess kommun eller län.',
    parent: 'Ingår i',
    parentHint: 'Den organisation som den här är en del av, till exempel regionen för en division.',
    url: 'Webbadress',
    urlHint: 'Hela adressen, som börjar med https://.',
    description: 'Beskrivning',
    id: 'Organisationens id i filen',
    idHint:
      'Planen hänvisar till organisationen med det här id:t. Ändras det måste det ändras överallt där organisationen nämns.',
    used: (p) => `Nämns ${p.count} ${Number(p.count) === 1 ? 'gång' : 'gånger'} i filen.`,
    unused: 'Nämns inte någonstans i filen ännu.',
  },
  en: {
    heading: 'Organisations',
    intro:
      'The organisations the file names: those that own, decide on, are responsible for or take part in the plan. You can also add an organisation right where you choose it.',
    list: 'Organisations in the file',
    item: (p) => `Organisation ${p.n}`,
    itemNamed: (p) => `${p.name}`,
    add: 'Add an organisation',
    name: 'Name',
    shortName: 'Short name',
    shortNameHint: 'For example “LRS” or “Länsstyrelsen”.',
    kind: 'Kind of organisation',
    area: 'Area the organisation answers for',
    areaHint: 'For a municipality, region or county administrative board: its municipality or county.',
    parent: 'Part of',
    parentHint: 'The organisation this one is part of, for example the region for a division.',
    url: 'Web address',
    urlHint: 'The whole address, starting with https://.',
    description: 'Description',
    id: "The organisation's id in the file",
    idHint:
      'The plan refers to the organisation by this id. If it changes, it must change everywhere the organisation is named.',
    used: (p) => `Named ${p.count} ${Number(p.count) === 1 ? 'time' : 'times'} in the file.`,
    unused: 'Not named anywhere in the file yet.',
  },
});

const O = 'organisations/*';
const f = (pattern: string, key: Parameters<typeof t>[1]): FieldSpec => [pattern, (lang) => t(lang, key)];
const localized = (pattern: string, key: Parameters<typeof t>[1]): FieldSpec[] => [
  f(pattern, key),
  `${pattern}/en`,
];
export const ORGANISATION_FIELDS: FieldSpec[] = [
  f('organisations', 'list'),
  f(`${O}/id`, 'id'),
  ...localized(`${O}/name`, 'name'),
  ...localized(`${O}/shortName`, 'shortName'),
  f(`${O}/kind`, 'kind'),
  f(`${O}/area`, 'area'),
  f(`${O}/parent`, 'parent'),
  f(`${O}/url`, 'url'),
  ...localized(`${O}/description`, 'description'),
];

/** Keys whose string value names an organisation by id. */
const REFERENCE_KEYS = new Set([
  'organisation',
  'owner',
  'decidedBy',
  'reportedBy',
  'parent',
  'party',
  'signatory',
]);

/** How often each organisation id is named in the dataset (an organisation's `parent` included). */
export function organisationReferences(data: unknown): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string') {
          if (REFERENCE_KEYS.has(key)) counts.set(value, (counts.get(value) ?? 0) + 1);
        } else walk(value);
      }
    }
  };
  walk(data);
  return counts;
}

function organisationIds(ctx: EditorContext): string[] {
  const list = ctx.get(['organisations']);
  return Array.isArray(list)
    ? list.flatMap((o) => (isObject(o) && typeof o['id'] === 'string' ? [o['id']] : []))
    : [];
}

function render(ctx: EditorContext): TemplateResult {
  const l = (key: Parameters<typeof t>[1], params = {}) => t(ctx.lang, key, params);
  const references = organisationReferences(ctx.data);
  const label = (i: number) => {
    const organisation = ctx.get(['organisations', i]);
    const name = isObject(organisation) ? organisationName(organisation, ctx.lang) : '';
    return name ? l('itemNamed', { name }) : l('item', { n: i + 1 });
  };
  const kinds = ORGANISATION_KINDS.map((kind) => ({
    value: kind,
    label: ctx.t(`orgKind.${kind}` as MessageKey),
  }));
  return html`<p>${l('intro')}</p>
    ${listField(ctx, {
      path: ['organisations'],
      legend: l('list'),
      itemLabel: label,
      addLabel: l('add'),
      newItem: () => ({ id: '', name: { sv: '' }, kind: 'other' }),
      focusInNew: ['name'],
      renderItem: (itemPath: Path) => {
        const organisation = ctx.get(itemPath);
        const id = isObject(organisation) && typeof organisation['id'] === 'string' ? organisation['id'] : '';
        const count = references.get(id) ?? 0;
        return html`
          <p class="hint">${count > 0 ? l('used', { count: formatCount(count, ctx.lang) }) : l('unused')}</p>
          ${localizedField(ctx, {
            path: [...itemPath, 'name'],
            label: l('name'),
            // A new organisation gets its id from its name once the name is written.
            onCommit: (name) => {
              if (id === '' && name.trim() !== '') {
                const taken = [...references.keys(), ...organisationIds(ctx)];
                ctx.edit([...itemPath, 'id'], uniqueId(slugify(name, 'organisation'), taken), {
                  group: null,
                });
              }
            },
          })}
          ${localizedField(ctx, { path: [...itemPath, 'shortName'], label: l('shortName'), hint: l('shortNameHint'), optional: true })}
          ${selectField(ctx, { path: [...itemPath, 'kind'], label: l('kind'), options: kinds })}
          ${areaPickerField(ctx, { path: [...itemPath, 'area'], label: l('area'), hint: l('areaHint'), optional: true, single: true })}
          ${organisationField(ctx, { path: [...itemPath, 'parent'], label: l('parent'), hint: l('parentHint'), optional: true })}
          ${textField(ctx, { path: [...itemPath, 'url'], label: l('url'), hint: l('urlHint'), type: 'url', optional: true, spellcheck: false })}
          ${localizedField(ctx, { path: [...itemPath, 'description'], label: l('description'), optional: true, multiline: true })}
          ${textField(ctx, { path: [...itemPath, 'id'], label: l('id'), hint: l('idHint'), width: 'medium', spellcheck: false })}
        `;
      },
    })}`;
}

export const organisationsSection: Section = {
  id: 'organisations',
  fields: ORGANISATION_FIELDS,
  routeFor(path: Path): Route | undefined {
    return path[0] === 'organisations' ? { section: 'organisations', path: ['organisations'] } : undefined;
  },
  title: (ctx) => t(ctx.lang, 'heading'),
  render,
  nav: (ctx) => {
    const list = ctx.get(['organisations']);
    return [
      {
        label: t(ctx.lang, 'heading'),
        count: Array.isArray(list) ? list.length : 0,
        route: { section: 'organisations', path: ['organisations'] },
      },
    ];
  },
};

registerSection(organisationsSection);
