// "Ladda ner statisk HTML": the chosen elements written as `dhol render --fragment` writes them, by the command's
// own code running in a frame of its own (render-frame.ts). The frame is made the first time it is needed.

import type { StaticOutput, StaticRenderOptions } from '@dhol/cli/render';
import type { Dataset } from '@dhol/core';
import type { RenderReply, RenderRequest } from './render-frame.js';
import type { EmbedElement, SnippetSettings } from './snippet.js';

const FRAME_URL = '/statisk-export/render.html';

let frame: Promise<Window> | undefined;
let nextId = 1;

/** The frame's window, once its script has said it is ready. */
function renderer(): Promise<Window> {
  frame ??= new Promise<Window>((resolve, reject) => {
    const element = document.createElement('iframe');
    element.hidden = true;
    element.title = 'Statisk HTML';
    element.tabIndex = -1;
    element.setAttribute('aria-hidden', 'true');
    const onMessage = (event: MessageEvent) => {
      if (event.source !== element.contentWindow || event.data?.type !== 'dhol-render-ready') return;
      window.removeEventListener('message', onMessage);
      resolve(element.contentWindow as Window);
    };
    window.addEventListener('message', onMessage);
    element.addEventListener('error', () => reject(new Error('the static export frame did not load')));
    element.src = FRAME_URL;
    document.body.append(element);
  }).catch((error: unknown) => {
    frame = undefined;
    throw error;
  });
  return frame;
}

/** Asks the frame to render, and waits for its answer to this request. */
async function render(requests: StaticRenderOptions[]): Promise<StaticOutput[]> {
  const target = await renderer();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<RenderReply>) => {
      if (event.source !== target || event.data?.id !== id) return;
      window.removeEventListener('message', onMessage);
      if (event.data.type === 'dhol-rendered') resolve(event.data.outputs);
      else reject(new Error(event.data.message));
    };
    window.addEventListener('message', onMessage);
    const request: RenderRequest = { type: 'dhol-render', id, requests };
    target.postMessage(request, location.origin);
  });
}

/** What `dhol render` is asked for one element of the snippet: the same attributes, as the command's options. */
export function renderRequest(
  element: EmbedElement,
  dataset: Dataset,
  now: Date,
  script: string | undefined,
): StaticRenderOptions {
  const attribute = (name: string) => element.attributes.find(([key]) => key === name)?.[1];
  const ids = ['plan', 'agreement', 'indicator'] as const;
  const src = attribute('src');
  return {
    element: element.tag.replace(/^dhol-/, '') as StaticRenderOptions['element'],
    dataset,
    lang: attribute('lang') === 'en' ? 'en' : 'sv',
    headingLevel: Number(attribute('heading-level') ?? 2),
    now,
    fragment: true,
    ...(src ? { src } : {}),
    ...(script ? { script } : {}),
    ...Object.fromEntries(ids.flatMap((id) => (attribute(id) ? [[id, attribute(id)]] : []))),
  };
}

/**
 * The static HTML of the chosen elements: the script tag once, then each element as `dhol render --fragment`
 * writes it, with its styles inline (a page under a CSP with `style-src 'self'` shows the text unstyled until the
 * script loads; `dhol render --css` puts the styles in a file of their own).
 */
export async function staticHtmlFor(
  elements: readonly EmbedElement[],
  dataset: Dataset,
  settings: Pick<SnippetSettings, 'scriptUrl'>,
  now = new Date(),
): Promise<string> {
  const script = settings.scriptUrl.trim() === '' ? undefined : settings.scriptUrl;
  const outputs = await render(
    elements.map((element, index) => renderRequest(element, dataset, now, index === 0 ? script : undefined)),
  );
  return outputs.map((output) => output.html).join('');
}
