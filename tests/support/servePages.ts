// Serves built folders from one localhost server, each under its own sub-path (`/app/`, `/peer/`): the browser
// tests' build, a test's copy of it, the benchmark's builds (the app and its peers from the same origin, under
// the same conditions).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveStatic } from './serveStatic';

export interface ServedPages {
  /** `http://127.0.0.1:port` with no trailing slash. */
  origin: string;
  close: () => Promise<void>;
}

/** Serves each folder of `folders` (sub-path → folder, sub-paths ending with '/') on a free port. */
export async function servePages(folders: Record<string, string>): Promise<ServedPages> {
  const handlers = Object.entries(folders).map(([subPath, dir]) => ({
    subPath,
    handle: serveStatic(dir, subPath),
  }));
  const server: Server = createServer({ maxHeaderSize: 2 * 1024 * 1024 }, (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const match = handlers.find((h) => path.startsWith(h.subPath));
    if (match) void match.handle(req, res);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
