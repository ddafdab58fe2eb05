// The shared Chromium has one clipboard for all its contexts, and two browser test files run at a time: a test
// that copies and reads the copy back holds the clipboard meanwhile, so that the other file's copy cannot come
// between. The hold is a folder made atomically, named after the Chromium, so a run that stopped half-way
// leaves nothing that a later run waits for.
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

export async function withClipboard<T>(use: () => Promise<T>): Promise<T> {
  const hold = join(tmpdir(), `range-rings-clipboard-${new URL(inject('chromiumEndpoint')).port}`);
  for (;;) {
    try {
      mkdirSync(hold);
      break;
    } catch {
      await new Promise((wait) => setTimeout(wait, 50));
    }
  }
  try {
    return await use();
  } finally {
    rmSync(hold, { recursive: true, force: true });
  }
}
