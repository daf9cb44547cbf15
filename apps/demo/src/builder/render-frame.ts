// The builder's static export runs here, in a frame of its own (public/statisk-export/render.html, built by
// scripts/build-renderer.mjs): `dhol render`'s own code, with Lit's server build, where no live dhol element is
// registered. The builder posts what to render; the frame answers with the HTML, exactly as the command writes it.
import { renderStatic, type StaticOutput, type StaticRenderOptions } from '@dhol/cli/render';

export interface RenderRequest {
  type: 'dhol-render';
  id: number;
  requests: StaticRenderOptions[];
}

export type RenderReply =
  | { type: 'dhol-rendered'; id: number; outputs: StaticOutput[] }
  | { type: 'dhol-render-failed'; id: number; message: string };

window.addEventListener('message', async (event: MessageEvent<RenderRequest>) => {
  if (event.origin !== location.origin || event.source !== window.parent) return;
  const request = event.data;
  if (request?.type !== 'dhol-render') return;
  let reply: RenderReply;
  try {
    const outputs: StaticOutput[] = [];
    for (const options of request.requests) outputs.push(await renderStatic(options));
    reply = { type: 'dhol-rendered', id: request.id, outputs };
  } catch (error) {
    reply = {
      type: 'dhol-render-failed',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  window.parent.postMessage(reply, location.origin);
});

window.parent.postMessage({ type: 'dhol-render-ready' }, location.origin);
