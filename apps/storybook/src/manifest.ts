/**
 * The widgets' custom-elements.json as a designer needs it: the analyzer also lists private and protected
 * members (internal state, helpers), which Storybook would show as properties. This keeps the public API only,
 * and words every description Swedish first, with the English in italics below it (the manifest carries both,
 * from the elements' JSDoc).
 */

/** A documented item: the manifest's `sv` and `en` are its description in each language. */
interface Described {
  description?: string;
  sv?: string;
  en?: string;
  [key: string]: unknown;
}

interface Member extends Described {
  name: string;
  privacy?: string;
  static?: boolean;
}

interface Declaration extends Described {
  members?: Member[];
  [list: string]: unknown;
}

interface Module {
  declarations?: Declaration[];
  [key: string]: unknown;
}

export interface Manifest {
  modules?: Module[];
  [key: string]: unknown;
}

/** Whether a class member belongs in the docs: not private, protected, static or `_`/`#`-prefixed. */
export function isPublicMember(member: Member): boolean {
  if (member.privacy === 'private' || member.privacy === 'protected') return false;
  if (member.static) return false;
  return !member.name.startsWith('_') && !member.name.startsWith('#');
}

/** The lists of a declaration that Storybook turns into table rows. */
const TABLES = ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties'] as const;

/** A description as the docs table shows it: the Swedish, then the English in italics. */
export function docsDescription(item: Described): string | undefined {
  return item.sv && item.en ? `${item.sv}\n\n_${item.en}_` : item.description;
}

function described<T extends Described>(item: T): T {
  const description = docsDescription(item);
  return description === undefined ? item : { ...item, description };
}

/** A declaration with only its public members, each description worded for the docs. */
function forDocs(declaration: Declaration): Declaration {
  const copy: Record<string, unknown> = described(declaration);
  for (const key of TABLES) {
    const items = declaration[key];
    if (!Array.isArray(items)) continue;
    const shown = key === 'members' ? (items as Member[]).filter(isPublicMember) : (items as Described[]);
    copy[key] = shown.map(described);
  }
  return copy as Declaration;
}

/** A copy of the manifest whose declarations list only public members, described Swedish first. */
export function publicManifest<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: (manifest.modules ?? []).map((module) => ({
      ...module,
      declarations: module.declarations?.map(forDocs),
    })),
  };
}

/** The manifest's lists, in the order Storybook's own reading takes them, and the docs table section of each. */
const SECTIONS = [
  ['members', 'properties'],
  ['attributes', 'attributes'],
  ['events', 'events'],
  ['slots', 'slots'],
  ['cssProperties', 'css custom properties'],
  ['cssParts', 'css shadow parts'],
] as const;

/** The docs table's sections that come from the manifest. */
export const MANIFEST_SECTIONS: ReadonlySet<string> = new Set(SECTIONS.map(([, section]) => section));

interface Row {
  name: string;
  kind?: string;
  description?: string;
  default?: string;
  type?: { text?: string };
}

/** The key of a row: a part's is its selector, so that the part `plan` does not hide the attribute `plan`. */
function rowKey(section: (typeof SECTIONS)[number][1], name: string): string {
  return section === 'css shadow parts' ? `::part(${name})` : name;
}

/**
 * The docs table and controls of an element, read from the manifest as Storybook does, except that parts have
 * keys of their own: Storybook keys every row by its name, so an element's part named like its attribute (the
 * `plan` part and attribute of dhol-plan, `view` of dhol-indicator) left only the part in the table.
 */
export function argTypesOf(manifest: Manifest, tag: string): Record<string, unknown> | null {
  const declaration = (manifest.modules ?? [])
    .flatMap((module) => module.declarations ?? [])
    .find((d) => d['tagName'] === tag);
  if (!declaration) return null;
  const argTypes: Record<string, unknown> = {};
  for (const [list, section] of SECTIONS) {
    for (const row of (declaration[list] ?? []) as Row[]) {
      if (!row.name || row.kind === 'method') continue;
      const type = row.type?.text;
      if (section === 'events') {
        // The `on…` arg the Actions panel listens with, as Storybook names it (`dhol-load` → `onDholLoad`).
        const handler = `on${row.name.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())}`;
        argTypes[handler] = { name: handler, action: { name: row.name }, table: { disable: true } };
      }
      argTypes[rowKey(section, row.name)] = {
        name: row.name,
        // A part is styled from the page, not set: it gets no control (custom properties get theirs in src/themes).
        ...(section === 'css shadow parts' ? { control: false } : {}),
        required: false,
        description: row.description,
        type: {
          name:
            section === 'attributes' || section === 'properties'
              ? type
              : section === 'slots'
                ? 'string'
                : 'void',
        },
        table: { category: section, type: { summary: type }, defaultValue: { summary: row.default } },
      };
    }
  }
  return argTypes;
}
