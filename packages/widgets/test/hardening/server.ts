/**
 * A small HTTP server for the node-side hardening tests: it serves the script-tag bundle, the example datasets and
 * test pages with real response headers (a strict Content-Security-Policy with Trusted Types), and network
 * faults on demand. Listens on 127.0.0.1 on a free port; nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '../../../../scripts/system-chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** The built script-tag bundle (`pnpm --filter @dhol/widgets build` writes it; turbo builds before test). */
export const BUNDLE = join(here, '..', '..', 'dist', 'cdn', 'dhol.js');
/** The folder build: a loader `dhol.js`, a module per element and shared chunks, served under `/esm/`. */
export const ESM_FOLDER = join(here, '..', '..', 'dist', 'cdn', 'esm');
const DATASETS = join(here, '..', '..', '..', 'data', 'datasets');

/** The policy of a strict municipal site: own scripts and styles only, and Trusted Types for the DOM sinks. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html dhol";

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

export interface TestServer {
  origin: string;
  /** Adds or replaces the handler of a path. */
  route(path: string, handler: Handler): void;
  /** Every path requested so far, in order. */
  requested: string[];
  close(): Promise<void>;
}

/** Sends a body with a content type and, for pages, the policy. */
export function send(res: ServerResponse, type: string, body: string | Buffer, csp?: string): void {
  res.writeHead(200, {
    'content-type': type,
    'cache-control': 'no-store',
    ...(csp ? { 'content-security-policy': csp } : {}),
  });
  res.end(body);
}

/** A page's HTML: no inline script or style; `head` lists the external scripts and styles it loads. */
export function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script src="/probe.js"></script>
${head}
</head>
<body>
${body}
</body>
</html>`;
}

/**
 * Loaded first on every page: records CSP violations, Trusted Types policies the page creates, and each
 * element's `dhol-load`/`dhol-error`, for the test to read.
 */
const PROBE = `
window.__violations = [];
window.__policies = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
}, true);
if (window.trustedTypes && trustedTypes.createPolicy) {
  var create = trustedTypes.createPolicy.bind(trustedTypes);
  trustedTypes.createPolicy = function (name, rules) {
    window.__policies.push(name);
    return create(name, rules);
  };
}
`;

/** The example datasets by file name. */
const datasetFile = (name: string) => readFileSync(join(DATASETS, name));

/**
 * The bundle, read once so a rebuild during the run cannot pull it away. Waits a little for it when a build that
 * empties `dist/` is still running, then says how to make it.
 */
async function readBundle(): Promise<Buffer> {
  for (let attempt = 0; attempt < 60; attempt++) {
    try {
      return readFileSync(BUNDLE);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
  throw new Error(`${BUNDLE} is missing: run "pnpm --filter @dhol/widgets build" first`);
}

/**
 * Starts the server with the bundle at `/dhol.js` (any query, for a second copy), the folder build under `/esm/`
 * and the datasets under `/data/`.
 */
export async function startServer(): Promise<TestServer> {
  const bundle = await readBundle();
  const routes = new Map<string, Handler>();
  routes.set('/favicon.ico', (_req, res) => {
    res.writeHead(204);
    res.end();
  });
  routes.set('/probe.js', (_req, res) => send(res, 'text/javascript', PROBE));
  routes.set('/dhol.js', (_req, res) => send(res, 'text/javascript', bundle));
  const requested: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requested.push(url.pathname);
    const handler = routes.get(url.pathname);
    if (handler) {
      try {
        return handler(req, res, url);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        return res.end(String(error));
      }
    }
    const module = /^\/esm\/([A-Za-z0-9-]+\.js)$/.exec(url.pathname);
    if (module) {
      try {
        return send(res, 'text/javascript', readFileSync(join(ESM_FOLDER, module[1]!)));
      } catch {}
    }
    const data = /^\/data\/([a-z0-9-]+\.json)$/.exec(url.pathname);
    if (data) {
      try {
        return send(res, 'application/json', datasetFile(data[1]!));
      } catch {}
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  // Sockets a fault left open (a response that never ends) must not keep the server from closing.
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (path, handler) => routes.set(path, handler),
    requested,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The five elements, each with the example dataset it shows. */
export const ELEMENTS: { tag: string; src: string }[] = [
  { tag: 'dhol-plan', src: '/data/sormland-handlingsplan-2026.json' },
  { tag: 'dhol-framework', src: '/data/det-handlar-om-livet-2025.json' },
  { tag: 'dhol-agreement', src: '/data/surahammar-handslag.json' },
  { tag: 'dhol-coverage', src: '/data/sormland-handlingsplan-2026.json' },
  { tag: 'dhol-indicator', src: '/data/surahammar-handslag.json' },
];

/** Options for launching the system Chromium (never a downloaded one). */
export const CHROMIUM = chromiumLaunchOptions;
