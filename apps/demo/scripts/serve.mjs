// A tiny static file server for the built demo (`dist/`), with the demo's Content Security Policy. Used by
// `pnpm start`, by the Playwright tests and by Lighthouse. Text files go out gzip-compressed to a browser that accepts
// it, as every web host sends them (so Lighthouse measures the transfer a phone would see, not three times more).
// Usage: node scripts/serve.mjs [--port 4173] [--dir dist] [--strict-port]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
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

/** Types sent compressed: text, which gzip shrinks (images and fonts are compressed already). */
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map']);

/** The gzip bytes of a file, kept while the file is unchanged (a test run asks for the same files many times). */
const gzipped = new Map();
function gzipOf(file) {
  const { mtimeMs, size } = statSync(file);
  const kept = gzipped.get(file);
  if (kept && kept.mtimeMs === mtimeMs && kept.size === size) return kept.bytes;
  const bytes = gzipSync(readFileSync(file));
  gzipped.set(file, { mtimeMs, size, bytes });
  return bytes;
}

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
    const headers = {
      'Content-Type': TYPES[extname(found)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...SECURITY_HEADERS,
    };
    const gzip = COMPRESSED.has(extname(found)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip) {
      const bytes = gzipOf(found);
      res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': bytes.length });
      res.end(req.method === 'HEAD' ? undefined : bytes);
      return;
    }
    res.writeHead(status, headers);
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
