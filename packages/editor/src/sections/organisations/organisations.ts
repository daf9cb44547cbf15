/**
 * The organisations of the dataset: every body a plan names (owner, decision-maker, responsible parties,
 * participants). Each has a name, a short name, a kind, the area it answers for, the organisation it is part of, a
 * web address and a description. Each says how often the dataset names it, so removing one that is still named is
 * a choice made knowingly (validation then points at every place). Changing an organisation's id changes it
 * wherever the dataset names the organisation, so no reference is left pointing at nothing.
 */
import { html, type TemplateResult } from 'lit';
import { areaPickerField } from '../../fields/area-picker.js';
import { selectField } from '../../fields/choice.js';
import { listField } from '../../fields/list.js';
import { ORGANISATION_KINDS, organisationField, organisationName } from '../../fields/organisation.js';
import { localizedField, textField } from '../../fields/text.js';
import { defineMessages, type MessageKey } from '../../i18n/messages.js';
import type { FieldSpec } from '../../issues/issue-index.js';
import { isObject, type Path, pathKey } from '../../store/path.js';
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
      'Planen hänvisar till organisationen med det här id:t. Ändrar du det ändras det också överallt där organisationen nämns.',
    renamed: (p) =>
      `Id:t ändrades från ”${p.from}” till ”${p.to}” på ${p.count} ${Number(p.count) === 1 ? 'ställe' : 'ställen'} där organisationen nämns.`,
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
      'The plan refers to the organisation by this id. If you change it, it changes everywhere the organisation is named.',
    renamed: (p) =>
      `The id changed from “${p.from}” to “${p.to}” in ${p.count} ${Number(p.count) === 1 ? 'place' : 'places'} where the organisation is named.`,
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

/** Every place the dataset names an organisation by id: the path and the id (an organisation's `parent` included). */
function referencePlaces(data: unknown): { path: Path; id: string }[] {
  const places: { path: Path; id: string }[] = [];
  const path: (string | number)[] = []; // one array for the walk, copied only where a reference is found
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) {
        path.push(i);
        walk(item);
        path.pop();
      }
    } else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        path.push(key);
        if (typeof value !== 'string') walk(value);
        else if (REFERENCE_KEYS.has(key)) places.push({ path: [...path], id: value });
        path.pop();
      }
    }
  };
  walk(data);
  return places;
}

/** How often each organisation id is named in the dataset (an organisation's `parent` included). */
export function organisationReferences(data: unknown): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { id } of referencePlaces(data)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * After an organisation's id changed from `from` to `to`, names it by `to` wherever the dataset named it by `from`;
 * returns how many places changed. The renaming joins the undo step of the typing in `idPath` when that is the last
 * step, so one undo gives back the old id everywhere. Nothing changes when another organisation already has the id
 * `from` or `to` (validation then says the id is taken) or when either is empty.
 */
export function renameOrganisationReferences(
  ctx: EditorContext,
  from: string,
  to: string,
  idPath?: Path,
): number {
  const ids = organisationIds(ctx);
  if (
    from === '' ||
    to === '' ||
    from === to ||
    ids.includes(from) ||
    ids.filter((id) => id === to).length !== 1
  )
    return 0;
  const places = referencePlaces(ctx.data).filter((place) => place.id === from);
  ctx.transact(() => {
    for (const place of places) ctx.edit(place.path, to);
  }, idPath && pathKey(idPath));
  return places.length;
}

function organisationIds(ctx: EditorContext): string[] {
  const list = ctx.get(['organisations']);
  return Array.isArray(list)
    ? list.flatMap((o) => (isObject(o) && typeof o['id'] === 'string' ? [o['id']] : []))
    : [];
}

/**
 * The id field: when a change is committed, what the id was before the typing is renamed everywhere to what it is
 * now. What was renamed shows under the field, in a live region of its own (the editor's own announces the
 * validation's count, which the rename changes at the same moment).
 */
function idField(ctx: EditorContext, itemPath: Path): TemplateResult {
  const l = (key: Parameters<typeof t>[1], params = {}) => t(ctx.lang, key, params);
  const idPath = [...itemPath, 'id'];
  const renamedKey = `organisation-renamed:${pathKey(itemPath)}`;
  return html`${textField(ctx, {
    path: idPath,
    label: l('id'),
    hint: l('idHint'),
    width: 'medium',
    spellcheck: false,
    onCommit: (to) => {
      const from = ctx.valueBeforeTyping(idPath);
      if (typeof from !== 'string') return;
      const count = renameOrganisationReferences(ctx, from, to, idPath);
      if (count > 0)
        ctx.setUiState(renamedKey, l('renamed', { from, to, count: formatCount(count, ctx.lang) }));
    },
  })}
    <p class="hint" role="status">${ctx.uiState(renamedKey, '')}</p>`;
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
          ${idField(ctx, itemPath)}
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
