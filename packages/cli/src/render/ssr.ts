// Lit SSR in Node: the DOM shim goes in before Lit and the elements load, then `element.ts` renders.
import { type ElementRenderOptions, renderElementWith, type SsrModules } from './element.js';

export {
  type ElementRenderOptions,
  isRenderableElement,
  linkStyles,
  RENDERABLE_ELEMENTS,
  type RenderableElement,
  type SeparatedStyles,
  SUPPORT_NOTICE_ELEMENTS,
} from './element.js';

let modules: Promise<SsrModules> | undefined;

/**
 * Loads Lit SSR and registers the elements, once. The DOM shim goes in before Lit and the elements are loaded, and
 * all of it only when something is rendered, so the other commands start without it.
 */
function loadSsr(): Promise<SsrModules> {
  modules ??= (async () => {
    await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
    const [{ html }, { ifDefined }, { render }, { collectResult }] = await Promise.all([
      import('lit'),
      import('lit/directives/if-defined.js'),
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
    ]);
    await import('@dhol/widgets');
    return { html, ifDefined, render, collectResult };
  })();
  return modules;
}

/**
 * Renders one dhol element with Lit SSR: the element's tag with its attributes and a declarative shadow root
 * (`<template shadowrootmode="open">`) holding its styles and everything it shows, so a browser draws it
 * without JavaScript.
 */
export async function renderElement(options: ElementRenderOptions): Promise<string> {
  return renderElementWith(await loadSsr(), options);
}
