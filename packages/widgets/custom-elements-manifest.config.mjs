// Custom Elements Manifest settings. Elements register through the guarded `define('dhol-x', DholX)` helper
// rather than `customElements.define` or `@customElement`, so the plugin below teaches the analyzer that call:
// the class becomes a custom element with its tag, and the `dhol-x.ts` module exports the definition.

/** Finds `define('tag', Class)` calls and marks `Class` as the custom element `tag`. */
function guardedDefine() {
  const definitions = [];
  return {
    name: 'dhol-guarded-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        !ts.isCallExpression(node) ||
        !ts.isIdentifier(node.expression) ||
        node.expression.text !== 'define'
      )
        return;
      const [tag, element] = node.arguments;
      if (tag && element && ts.isStringLiteral(tag) && ts.isIdentifier(element)) {
        definitions.push({ tag: tag.text, name: element.text, path: moduleDoc.path });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      // The analyzer reads `dispatchEvent(new DholSelectEvent(selection))` in the base as an event named after the
      // argument; every real event is `dhol-…` and documented with `@fires`.
      for (const declaration of modules.flatMap((m) => m.declarations ?? [])) {
        if (declaration.events)
          declaration.events = declaration.events.filter((e) => e.name?.startsWith('dhol-'));
      }
      for (const { tag, name, path } of definitions) {
        const home = modules.find((m) => m.declarations?.some((d) => d.kind === 'class' && d.name === name));
        const declaration = home?.declarations.find((d) => d.kind === 'class' && d.name === name);
        if (!home || !declaration) continue;
        declaration.customElement = true;
        declaration.tagName = tag;
        const definingModule = modules.find((m) => m.path === path);
        if (!definingModule) continue;
        definingModule.exports ??= [];
        if (!definingModule.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
          definingModule.exports.push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name, module: home.path },
          });
        }
      }
    },
  };
}

/**
 * Documents every global token (`--dhol-*`) on every element, with its default and what it is for, from the one
 * table in `src/styles/token-docs.ts` (read from the build, which runs before the analyzer).
 */
async function globalTokens() {
  const { tokenTable } = await import('./dist/styles/token-docs.js');
  return {
    name: 'dhol-global-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const documented = tokenTable.map((token) => ({
        name: token.name,
        ...bilingual(token.sv, token.en),
        default: token.default,
      }));
      for (const declaration of (customElementsManifest.modules ?? []).flatMap((m) => m.declarations ?? [])) {
        if (
          declaration.kind !== 'class' ||
          !(declaration.customElement || declaration.name === 'DholElement')
        )
          continue;
        const own = (declaration.cssProperties ?? []).filter(
          (p) => !documented.some((d) => d.name === p.name),
        );
        declaration.cssProperties = [...own, ...documented];
      }
    },
  };
}

/**
 * Every description a designer reads is written Swedish first, then `EN:` and the English, in the JSDoc:
 *
 *   @csspart title - Planens titel.
 *     EN: The plan's title.
 *
 * The manifest keeps both: `sv` and `en`, and a `description` that holds the Swedish, then the English in its own
 * paragraph (for tools that read only `description`). Storybook's tables show the two (see apps/storybook).
 */
const ENGLISH = /\s*\bEN:\s+/;

/** A description's fields for the manifest from its Swedish and English. */
function bilingual(sv, en) {
  return { description: `${sv}\n\n${en}`, sv, en };
}

/** Splits a JSDoc description at its `EN:` marker; `undefined` when it has none. */
function splitDescription(text) {
  if (typeof text !== 'string') return undefined;
  const marker = ENGLISH.exec(text);
  if (!marker) return undefined;
  const sv = text.slice(0, marker.index).trim();
  const en = text.slice(marker.index + marker[0].length).trim();
  return sv && en ? { sv, en } : undefined;
}

/** What a class documents, each entry with a description that may be bilingual. */
const DOCUMENTED = ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties', 'cssStates'];

function bilingualDescriptions() {
  const split = (item) => {
    const both = splitDescription(item.description);
    if (both) Object.assign(item, bilingual(both.sv, both.en));
  };
  return {
    name: 'dhol-bilingual-descriptions',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of (customElementsManifest.modules ?? []).flatMap((m) => m.declarations ?? [])) {
        split(declaration);
        // A one-line summary has no room for two fields: it holds the Swedish, then the English.
        const summary = splitDescription(declaration.summary);
        if (summary) declaration.summary = `${summary.sv}\n\n${summary.en}`;
        for (const key of DOCUMENTED) for (const item of declaration[key] ?? []) split(item);
      }
    },
  };
}

/**
 * A default that names a constant (`timeout = DEFAULT_TIMEOUT_MS`) says nothing to a designer reading the docs
 * table: it becomes the constant's value (`15000`), found among the variables the analyzer read.
 */
function constantDefaults() {
  return {
    name: 'dhol-constant-defaults',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = (customElementsManifest.modules ?? []).flatMap((m) => m.declarations ?? []);
      const constants = new Map(
        declarations
          .filter((d) => d.kind === 'variable' && /^[A-Z][A-Z0-9_]*$/.test(d.name) && d.default)
          .map((d) => [d.name, /^[\d_.]+$/.test(d.default) ? d.default.replaceAll('_', '') : d.default]),
      );
      for (const declaration of declarations)
        for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])])
          if (constants.has(item.default)) item.default = constants.get(item.default);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/base/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.fixtures.ts'],
  outdir: '.',
  litelement: true,
  plugins: [guardedDefine(), await globalTokens(), bilingualDescriptions(), constantDefaults()],
};
