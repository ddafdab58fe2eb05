// Serves a folder of the built app under a sub-path on a free localhost port (serveStatic), for the browser
// tests' global setup and for a test that needs a copy of the build of its own.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveStatic } from './serveStatic';

export interface ServedFolder {
  /** The app's address, ending in the sub-path. */
  url: string;
  close: () => Promise<void>;
}

export async function serveFolder(dir: string, subPath: string): Promise<ServedFolder> {
  // links as long as a browser sends (Chromium: 2 MB), not Node's default 16 KB of headers
  const server = createServer({ maxHeaderSize: 2 * 1024 * 1024 }, serveStatic(dir, subPath));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
