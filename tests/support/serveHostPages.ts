// A host page server on another origin than the app's (another port, named `localhost` where the app is
// `127.0.0.1`), as a news site would be: it serves the pages a test sets, and the real pym.js files.
import { readFile } from 'node:fs/promises';
import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

const PYM_DIST = resolve(import.meta.dirname, '../../node_modules/pym.js/dist');

export interface HostPage {
  body: string;
  headers?: OutgoingHttpHeaders;
}

export interface HostPages {
  origin: string;
  /** Pages by path ('/story.html'); a test sets them before it opens them. */
  pages: Map<string, HostPage>;
  close: () => Promise<void>;
}

/** Starts the server; `/pym/<file>` serves node_modules/pym.js/dist/<file> (pym.v1.min.js, pym-loader.v1.min.js). */
export async function serveHostPages(host = 'localhost'): Promise<HostPages> {
  const pages = new Map<string, HostPage>();
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const pym = /^\/pym\/([\w.-]+\.js)$/.exec(path);
    if (pym) {
      try {
        const body = await readFile(join(PYM_DIST, pym[1] as string));
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
      return;
    }
    const page = pages.get(path);
    if (!page) res.writeHead(404).end('not found');
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers }).end(page.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return { origin, pages, close: () => new Promise((done) => server.close(() => done())) };
}

/** A minimal HTML page around `body`, with no favicon request. */
export function hostHtml(body: string, title = 'Story'): string {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title><body style="margin:0">${body}</body></html>`;
}
