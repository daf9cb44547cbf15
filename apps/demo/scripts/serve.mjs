// A tiny static file server for the built demo (`dist/`), with the demo's Content Security Policy. Used by
// `pnpm start` and by the Playwright tests. Usage: node scripts/serve.mjs [--port 4173] [--dir dist] [--strict-port]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS } from './csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Maps a request path onto a file inside `root`, or undefined when it points outside or at nothing. */
function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return undefined;
  }
  const candidate = resolve(root, `.${normalize(`/${path}`)}`);
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(candidate) ? candidate : undefined;
}

/**
 * Serves `dir` on `host:port`; when the port is taken and `strictPort` is false, tries the next ones.
 * Resolves to the running server and its address.
 */
export async function serve({ dir, port = 4173, host = '127.0.0.1', strictPort = false, attempts = 20 }) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
      return;
    }
    const file = fileFor(root, req.url ?? '/');
    const found = file ?? fileFor(root, '/404.html');
    const status = file ? 200 : 404;
    if (!found) {
      res
        .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS })
        .end('Hittades inte');
      return;
    }
    res.writeHead(status, {
      'Content-Type': TYPES[extname(found)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...SECURITY_HEADERS,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(found).pipe(res);
  });
  for (let i = 0; ; i++) {
    const tryPort = port + i;
    try {
      await new Promise((ok, fail) => {
        server.once('error', fail);
        server.listen(tryPort, host, () => {
          server.off('error', fail);
          ok();
        });
      });
      return { server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${tryPort}/`, port: tryPort };
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || strictPort || i + 1 >= attempts) throw error;
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const here = fileURLToPath(new URL('..', import.meta.url));
  const dir = option('--dir') ?? join(here, 'dist');
  const port = Number(option('--port') ?? process.env.PORT ?? 4173);
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`Det finns ingen byggd demo i ${dir}. Kör pnpm --filter demo build först.`);
    process.exit(1);
  }
  const { url } = await serve({ dir, port, strictPort: args.includes('--strict-port') });
  console.log(`dhol demo: ${url}  (Ctrl+C avslutar)`);
}
