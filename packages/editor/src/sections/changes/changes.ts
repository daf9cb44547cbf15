/**
 * "Vad har ändrats": what differs between the draft as it was opened and as it is now, said as a coordinator
 * would say it ("Aktiviteten ”Besökskort” lades till", "Om planen: Titel, Beslutsdatum") with a link to each place.
 * Things are matched by id, so a moved activity is a move, not a removal and an addition.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { defineMessages, type Lang } from '../../i18n/messages.js';
import { labelFor } from '../../issues/issue-index.js';
import { isObject, type JsonObject, jsonEqual, type Path } from '../../store/path.js';
import { textOf } from '../names.js';
import { type EditorContext, type Route, registerSection, routeFor, type Section } from '../section.js';

const t = defineMessages({
  sv: {
    nav: 'Vad har ändrats',
    intro: 'Ändringarna sedan utkastet öppnades. Ångra tar tillbaka dem en i taget.',
    none: 'Inga ändringar sedan utkastet öppnades.',
    added: (p) => `${p.what} lades till`,
    removed: (p) => `${p.what} togs bort`,
    changed: (p) => `${p.what}: ${p.fields}`,
    moved: (p) => `${p.what}: ordningen ändrades`,
    file: 'Om filen',
    plan: (p) => `Planen ”${p.name}”`,
    activity: (p) => `Aktiviteten ”${p.name}”`,
    organisation: (p) => `Organisationen ”${p.name}”`,
    item: (p) => `${p.collection} ”${p.name}”`,
    activities: (p) => `Aktiviteterna i ”${p.name}”`,
    other: 'andra uppgifter',
  },
  en: {
    nav: 'What has changed',
    intro: 'The changes since the draft was opened. Undo takes them back one at a time.',
    none: 'No changes since the draft was opened.',
    added: (p) => `${p.what} was added`,
    removed: (p) => `${p.what} was removed`,
    changed: (p) => `${p.what}: ${p.fields}`,
    moved: (p) => `${p.what}: the order changed`,
    file: 'About the file',
    plan: (p) => `The plan “${p.name}”`,
    activity: (p) => `The activity “${p.name}”`,
    organisation: (p) => `The organisation “${p.name}”`,
    item: (p) => `${p.collection} “${p.name}”`,
    activities: (p) => `The activities of “${p.name}”`,
    other: 'other details',
  },
});

/** One change, said in words, with the path of the place it concerns (none for what is gone). */
export interface Change {
  text: string;
  path?: Path;
}

const idOf = (item: unknown, index: number): string =>
  isObject(item) && typeof item['id'] === 'string' ? item['id'] : `#${index}`;

const nameOf = (item: unknown, lang: Lang): string => {
  if (!isObject(item)) return '';
  return textOf(item['title'], lang) || textOf(item['name'], lang) || String(item['id'] ?? '');
};

/**
 * The labels of the fields that differ between `before` and `after`, in the language of the form: a key with a
 * label of its own is named; a group without one (a decision, a validity) is looked into.
 */
function changedKeys(
  before: JsonObject,
  after: JsonObject,
  path: Path,
  lang: Lang,
  skip: readonly string[] = [],
): string[] {
  const labels: string[] = [];
  let other = false;
  const visit = (b: JsonObject, a: JsonObject, at: Path, depth: number) => {
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      if ((depth === 0 && skip.includes(key)) || jsonEqual(b[key], a[key])) continue;
      const label = labelFor([...at, key], lang);
      const inner = b[key];
      const outer = a[key];
      if (label) {
        if (!labels.includes(label)) labels.push(label);
      } else if (
        depth < 3 &&
        (isObject(inner) || isObject(outer)) &&
        !Array.isArray(inner) &&
        !Array.isArray(outer)
      ) {
        visit(isObject(inner) ? inner : {}, isObject(outer) ? outer : {}, [...at, key], depth + 1);
      } else other = true;
    }
  };
  visit(before, after, path, 0);
  if (other) labels.push(t(lang, 'other'));
  return labels;
}

/** The changes of a collection of things with ids (plans, activities, organisations …). */
function collectionChanges(
  before: unknown,
  after: unknown,
  path: Path,
  lang: Lang,
  describe: (item: unknown) => string,
  inner?: (b: JsonObject, a: JsonObject, at: Path) => Change[],
  skip: readonly string[] = [],
): Change[] {
  const old = Array.isArray(before) ? before : [];
  const now = Array.isArray(after) ? after : [];
  if (old === now) return [];
  const out: Change[] = [];
  const oldById = new Map(old.map((item, i) => [idOf(item, i), item]));
  const nowIds = now.map(idOf);
  now.forEach((item, i) => {
    const id = nowIds[i]!;
    const previous = oldById.get(id);
    const at = [...path, i];
    if (previous === undefined) {
      out.push({ text: t(lang, 'added', { what: describe(item) }), path: at });
    } else if (previous !== item && isObject(previous) && isObject(item)) {
      const fields = changedKeys(previous, item, at, lang, skip);
      if (fields.length > 0)
        out.push({ text: t(lang, 'changed', { what: describe(item), fields: fields.join(', ') }), path: at });
      if (inner) out.push(...inner(previous, item, at));
    }
  });
  const nowSet = new Set(nowIds);
  old.forEach((item, i) => {
    if (!nowSet.has(idOf(item, i))) out.push({ text: t(lang, 'removed', { what: describe(item) }) });
  });
  return out;
}

/** Everything that differs between `baseline` and `current`. */
export function whatChanged(baseline: unknown, current: unknown, lang: Lang): Change[] {
  if (baseline === current) return [];
  if (!isObject(baseline) || !isObject(current))
    return jsonEqual(baseline, current) ? [] : [{ text: t(lang, 'file') }];
  const out: Change[] = [];
  const collections = ['plans', 'organisations', 'agreements', 'indicators', 'observations', 'frameworks'];
  const file = changedKeys(baseline, current, [], lang, collections);
  if (file.length > 0)
    out.push({ text: t(lang, 'changed', { what: t(lang, 'file'), fields: file.join(', ') }), path: [] });
  out.push(
    ...collectionChanges(
      baseline['plans'],
      current['plans'],
      ['plans'],
      lang,
      (plan) => t(lang, 'plan', { name: nameOf(plan, lang) }),
      (before, after, at) => {
        const activities = collectionChanges(
          before['activities'],
          after['activities'],
          [...at, 'activities'],
          lang,
          (activity) => t(lang, 'activity', { name: nameOf(activity, lang) }),
        );
        const oldIds = (Array.isArray(before['activities']) ? before['activities'] : []).map(idOf);
        const newIds = (Array.isArray(after['activities']) ? after['activities'] : []).map(idOf);
        const kept = newIds.filter((id) => oldIds.includes(id));
        const keptBefore = oldIds.filter((id) => newIds.includes(id));
        if (kept.join('\u0000') !== keptBefore.join('\u0000')) {
          activities.push({
            text: t(lang, 'moved', { what: t(lang, 'activities', { name: nameOf(after, lang) }) }),
            path: [...at, 'activities'],
          });
        }
        return activities;
      },
      ['activities'],
    ),
  );
  out.push(
    ...collectionChanges(baseline['organisations'], current['organisations'], ['organisations'], lang, (o) =>
      t(lang, 'organisation', { name: nameOf(o, lang) }),
    ),
  );
  for (const key of ['agreements', 'indicators', 'frameworks'] as const) {
    out.push(
      ...collectionChanges(baseline[key], current[key], [key], lang, (item) =>
        t(lang, 'item', { collection: labelFor([key], lang) ?? key, name: nameOf(item, lang) }),
      ),
    );
  }
  if (!jsonEqual(baseline['observations'], current['observations'])) {
    out.push({
      text: t(lang, 'changed', {
        what: labelFor(['observations'], lang) ?? 'observations',
        fields: t(lang, 'other'),
      }),
      path: ['observations'],
    });
  }
  return out;
}

const cache = new WeakMap<object, { current: unknown; lang: Lang; changes: Change[] }>();

function render(ctx: EditorContext): TemplateResult {
  const l = (key: Parameters<typeof t>[1]) => t(ctx.lang, key);
  const baseline = ctx.baseline;
  let changes: Change[];
  const cached = isObject(baseline) ? cache.get(baseline) : undefined;
  if (cached && cached.current === ctx.data && cached.lang === ctx.lang) changes = cached.changes;
  else {
    changes = whatChanged(baseline, ctx.data, ctx.lang);
    if (isObject(baseline)) cache.set(baseline, { current: ctx.data, lang: ctx.lang, changes });
  }
  return html`<p>${l('intro')}</p>
    ${
      changes.length === 0
        ? html`<p>${l('none')}</p>`
        : html`<ul class="changes">
            ${changes.map((change) => {
              const route: Route | undefined = change.path ? routeFor(change.path, ctx.data) : undefined;
              return html`<li>
                ${
                  route
                    ? html`<a
                        href="#"
                        @click=${(event: Event) => {
                          event.preventDefault();
                          ctx.navigate(route);
                        }}
                        >${change.text}</a
                      >`
                    : change.text
                }
              </li>`;
            })}
          </ul>`
    }
    ${nothing}`;
}

export const changesSection: Section = {
  id: 'changes',
  fields: [],
  routeFor: () => undefined,
  title: (ctx) => t(ctx.lang, 'nav'),
  render,
  nav: (ctx) => [{ label: t(ctx.lang, 'nav'), route: { section: 'changes', path: [] } }],
};

registerSection(changesSection);
