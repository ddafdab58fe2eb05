// Global setup of the browser tests: builds the app as it ships (relative base, under a sub-path) and
// serves it on a free localhost port; the tests open it in a real Chromium.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { servePages } from '../support/servePages';

const ROOT = resolve(import.meta.dirname, '../..');
export const SUB_PATH = '/range-rings/';

export default async function serveBuild(project: TestProject) {
  // one build folder per run, so two runs (e.g. in two work trees sharing node_modules) never clash
  const outDir = join(ROOT, `node_modules/.cache/range-rings-test-dist-${process.pid}`);
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const served = await servePages({ [SUB_PATH]: outDir });
  project.provide('appUrl', `${served.origin}${SUB_PATH}`);
  project.provide('appDir', outDir);
  return async () => {
    await served.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    /** The folder served at appUrl, to read (the offline test publishes its new version on a copy). */
    appDir: string;
  }
}
