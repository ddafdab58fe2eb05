// Global setup of the browser tests: one Chromium for the whole browser project, with the project's flags,
// started once; each test file connects to it (tests/support/sharedChromium.ts) and makes its own contexts.
// A test that needs other flags (e.g. no back-forward cache) still launches a Chromium of its own.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, ensureChromium } from '../support/findChromium.mjs';

export default async function shareChromium(project: TestProject) {
  const server = await chromium.launchServer({
    executablePath: ensureChromium(),
    args: [...CHROMIUM_ARGS],
    headless: true,
  });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the browser project's one Chromium listens for Playwright connections. */
    chromiumEndpoint: string;
  }
}
