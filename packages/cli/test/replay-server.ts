import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * One recorded answer: a status, headers and a body; `cut` sends only the first half of the body and hangs up;
 * `silent` never answers at all (the server closes the connection when the test ends).
 */
export interface Recorded {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  cut?: boolean;
  silent?: boolean;
}

/** A request the server received. */
export interface Received {
  method: string;
  path: string;
  body: string;
}

export interface ReplayServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  received: Received[];
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => resolve(body));
  });
}

/**
 * A local server that replays recorded answers: each path (with its query string) answers with the next answer of
 * its list, and 404 once the list is used up or for a path it does not know; a key ending in `*` takes every path
 * that begins with it. `{origin}` in a body becomes the
 * server's own address, as a mirror rewrites its links. Nothing reaches the internet.
 */
export async function replayServer(answers: Record<string, Recorded[]>): Promise<ReplayServer> {
  const received: Received[] = [];
  const queues = new Map(Object.entries(answers).map(([path, list]) => [path, [...list]]));
  let origin = '';
  const server: Server = createServer(async (request, response) => {
    const path = request.url ?? '/';
    received.push({ method: request.method ?? 'GET', path, body: await readBody(request) });
    // A key ending in * answers every path that begins with it.
    const key = queues.has(path)
      ? path
      : [...queues.keys()].find(
          (candidate) => candidate.endsWith('*') && path.startsWith(candidate.slice(0, -1)),
        );
    const next = (key === undefined ? undefined : queues.get(key)?.shift()) ?? {
      status: 404,
      body: { error: 'not recorded' },
    };
    if (next.silent) return;
    const text =
      next.body === undefined
        ? ''
        : (typeof next.body === 'string' ? next.body : JSON.stringify(next.body)).replaceAll(
            '{origin}',
            origin,
          );
    const bytes = Buffer.from(text, 'utf8');
    response.writeHead(next.status ?? 200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(bytes.length),
      ...next.headers,
    });
    if (next.cut) {
      // Half the body, then the connection ends: the client sees a body shorter than it was promised.
      response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => response.destroy());
      return;
    }
    response.end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
