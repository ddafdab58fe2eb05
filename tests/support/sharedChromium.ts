// The browser project's one Chromium (started by tests/browser/shareChromium.ts), reached over Playwright's
// connection: a test file's contexts are its own, and closing the returned Browser closes them and leaves the
// Chromium to the next file. Downloads then live in that Chromium's folder: read them with downloadBytes.
import { type Browser, chromium, type Download } from 'playwright-core';
import { inject } from 'vitest';

export async function sharedChromium(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

/** A download's bytes, read through Playwright (its path is not this process's to read). */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
