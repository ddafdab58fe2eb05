// Serves built folders from one localhost server, each under its own sub-path (`/app/`, `/peer/`): the browser
// tests' build, a test's copy of it, the benchmark's builds (the app and its peers from the same origin, under
// the same conditions). A benchmark's pages can be cross-origin isolated: their clocks then read to 5 µs, not 0.1 ms.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveStatic } from './serveStatic';

export interface ServedPages {
  /** `http://127.0.0.1:port` with no trailing slash. */
  origin: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /**
   * Cross-origin isolated pages (COOP same-origin, COEP require-corp: everything they load is from this origin):
   * their `performance.now()` and animation-frame timestamps are coarsened to 5 µs, not 0.1 ms, so a frame of
   * 16.67 ms reads as one, not 16.6 or 16.8.
   */
  isolated?: boolean;
}

/** Serves each folder of `folders` (sub-path → folder, sub-paths ending with '/') on a free port. */
export async function servePages(
  folders: Record<string, string>,
  options: ServeOptions = {},
): Promise<ServedPages> {
  const handlers = Object.entries(folders).map(([subPath, dir]) => ({
    subPath,
    handle: serveStatic(dir, subPath),
  }));
  const server: Server = createServer({ maxHeaderSize: 2 * 1024 * 1024 }, (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const match = handlers.find((h) => path.startsWith(h.subPath));
    if (options.isolated) {
      res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
      res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
    }
    if (match) void match.handle(req, res);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
