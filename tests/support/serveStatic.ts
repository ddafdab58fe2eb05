// A minimal static file server for the built app under a sub-path, for the browser tests and benchmark.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

// Looked at on every visit: the service worker (browsers check it for updates) and the pages that name the
// current chunks. The chunks themselves have content hashes in their names.
const NO_CACHE = /(^|\/)(sw\.js|[^/]*\.html|manifest\.webmanifest)$/;

/** The headers the app ships in public/_headers (Content-Security-Policy and others), as the host would send them. */
export function shippedHeaders(dir: string): Record<string, string> {
  try {
    const text = readFileSync(join(dir, '_headers'), 'utf8');
    return Object.fromEntries(
      text
        .split('\n')
        .filter((line) => /^\s+[A-Za-z-]+:/.test(line))
        .map((line) => {
          const [name, ...value] = line.trim().split(':');
          return [name as string, value.join(':').trim()];
        }),
    );
  } catch {
    return {};
  }
}

/** A request handler serving `dir` at `subPath` (which must end with '/'), with the app's shipped headers. */
export function serveStatic(dir: string, subPath: string) {
  const headers = shippedHeaders(dir);
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(subPath)) {
      res.writeHead(404).end('not found');
      return;
    }
    const rel = normalize(decodeURIComponent(url.pathname.slice(subPath.length)) || 'index.html');
    if (rel.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(join(dir, rel));
      res.writeHead(200, {
        ...headers,
        'content-type': TYPES[extname(rel)] ?? 'application/octet-stream',
        ...(NO_CACHE.test(rel) ? { 'cache-control': 'no-cache' } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  };
}
