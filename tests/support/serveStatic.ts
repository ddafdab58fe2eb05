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

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

// `_headers` paths: `*` matches anything, the rest literally.
function pathPattern(path: string): RegExp {
  return new RegExp(
    `^${path
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

function readShipped(dir: string, name: string): string {
  try {
    return readFileSync(join(dir, name), 'utf8');
  } catch {
    return '';
  }
}

function headerRules(dir: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of readShipped(dir, '_headers').split('\n')) {
    if (/^\//.test(line)) rules.push({ pattern: pathPattern(line.trim()), headers: [] });
    else if (/^\s+[A-Za-z-]+:/.test(line)) {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name as string, value.join(':').trim()]);
    }
  }
  return rules;
}

/**
 * The headers the app ships in public/_headers for a path of the site (`/`, `/embed.html`, `/assets/x.js`),
 * as Netlify and Cloudflare Pages send them: every matching rule's, a header set twice sent with both values.
 */
export function shippedHeaders(dir: string, sitePath = '/'): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of headerRules(dir)) {
    if (!rule.pattern.test(sitePath)) continue;
    for (const [name, value] of rule.headers)
      headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/** The redirect public/_redirects ships for a path and query (`/ embed=1 /embed.html 302`), else null. */
export function shippedRedirect(
  dir: string,
  sitePath: string,
  search: string,
): { to: string; status: number } | null {
  const params = new URLSearchParams(search);
  for (const line of readShipped(dir, '_redirects').split('\n')) {
    const [from, query, to, status] = line.trim().split(/\s+/);
    if (!from?.startsWith('/') || !query || !to || from !== sitePath) continue;
    const [name = '', value = ''] = query.split('=');
    if (params.get(name) === value) return { to, status: Number(status) || 301 };
  }
  return null;
}

/** A request handler serving `dir` at `subPath` (which must end with '/'), with the app's shipped headers. */
export function serveStatic(dir: string, subPath: string) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(subPath)) {
      res.writeHead(404).end('not found');
      return;
    }
    const sitePath = `/${decodeURIComponent(url.pathname.slice(subPath.length))}`;
    const rel = normalize(sitePath.slice(1) || 'index.html');
    if (rel.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    const redirect = shippedRedirect(dir, sitePath, url.search);
    if (redirect) {
      res.writeHead(redirect.status, { location: `${subPath}${redirect.to.slice(1)}${url.search}` }).end();
      return;
    }
    const headers = shippedHeaders(dir, sitePath);
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
