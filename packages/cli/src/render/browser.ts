/**
 * `dhol render` for a browser: the same rendering and the same HTML around it as the command, for a page that
 * offers "statisk HTML" (the demo's builder). Lit SSR must run where no other copy of Lit has registered the dhol
 * elements, and with Lit's server build, as in Node: bundle this module with the `node` export condition and run it
 * in a realm of its own (an iframe or a worker).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@dhol/widgets';
import { VERSION } from '../version.js';
import { type ElementRenderOptions, renderElementWith } from './element.js';
import { type StaticOptions, type StaticOutput, staticHtml } from './static.js';

export { RENDERABLE_ELEMENTS, type RenderableElement } from './element.js';
export { isAbsoluteAddress, type StaticOutput } from './static.js';

/** What to write: the element's options as `renderElement` takes them, and the HTML's as `staticHtml` does. */
export type StaticRenderOptions = ElementRenderOptions &
  Omit<StaticOptions, 'tool' | 'now'> & {
    now: Date;
  };

/** Renders an element and writes the HTML around it exactly as `dhol render` does. */
export async function renderStatic(options: StaticRenderOptions): Promise<StaticOutput> {
  const markup = await renderElementWith({ html, render, collectResult, ifDefined }, options);
  return staticHtml(markup, { ...options, tool: VERSION });
}
