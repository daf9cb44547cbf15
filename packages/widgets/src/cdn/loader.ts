/**
 * The loader of the folder build, `dist/cdn/esm/dhol.js`: a page loads this one small file, and it loads an element's
 * module (`dhol-plan.js` beside it, which imports the chunks it shares with the other elements) only when that
 * element's tag appears on the page, also when a tag is added later. Module addresses are resolved against the
 * loader's own address, so the folder works wherever it is hosted as a whole.
 *
 * Not part of the npm build (see tsup.config.ts): `DHOL_ELEMENTS` is filled in by scripts/size.mjs.
 */
declare const DHOL_ELEMENTS: readonly string[];

const waiting = new Set(DHOL_ELEMENTS);
const selector = () => [...waiting].join(',');

function load(tag: string): void {
  waiting.delete(tag);
  // Another copy of dhol (the one-file build, a second loader) may already have defined it.
  if (customElements.get(tag)) return;
  import(new URL(`./${tag}.js`, import.meta.url).href).catch((error: unknown) => {
    // Try again when the tag next appears (a lost connection may have passed by then).
    waiting.add(tag);
    observe();
    console.error(`dhol: ${tag} could not be loaded`, error);
  });
}

/** Loads every waiting element whose tag is `node` or inside it. */
function scan(node: ParentNode): void {
  if (waiting.size === 0) return;
  const tag = (node as Element).localName;
  if (tag && waiting.has(tag)) load(tag);
  if (waiting.size > 0) for (const found of node.querySelectorAll(selector())) load(found.localName);
}

const observer = new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes) if (node.nodeType === 1) scan(node as Element);
  if (waiting.size === 0) observer.disconnect();
});

function observe(): void {
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

scan(document);
if (waiting.size > 0) observe();
