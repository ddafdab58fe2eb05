// Global setup of the browser tests: builds the app as it ships (relative base, under a sub-path) and
// serves it on a free localhost port; the tests open it in a real Chromium.
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/serveStatic';

const ROOT = resolve(import.meta.dirname, '../..');
export const SUB_PATH = '/range-rings/';

export default async function serveBuild(project: TestProject) {
  // one build folder per run, so two runs (e.g. in two work trees sharing node_modules) never clash
  const outDir = join(ROOT, `node_modules/.cache/range-rings-test-dist-${process.pid}`);
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  // links as long as a browser sends (Chromium: 2 MB), not Node's default 16 KB of headers
  const server = createServer({ maxHeaderSize: 2 * 1024 * 1024 }, serveStatic(outDir, SUB_PATH));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  project.provide('appUrl', `http://127.0.0.1:${port}${SUB_PATH}`);
  project.provide('appDir', outDir);
  return async () => {
    await new Promise((done) => server.close(done));
    rmSync(outDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    /** The folder served at appUrl (the offline test publishes a new version there). */
    appDir: string;
  }
}
