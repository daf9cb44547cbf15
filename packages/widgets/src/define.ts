/**
 * Registers a custom element unless its tag is taken, so a page that loads the script twice (or two versions
 * of it) keeps working instead of throwing. Does nothing where there is no `customElements` (server rendering).
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (customElements.get(tag)) return;
  try {
    customElements.define(tag, element);
  } catch {
    // A race with another copy registering the same tag, or the same class under another tag: keep the first.
  }
}
