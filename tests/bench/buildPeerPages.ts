// Builds the benchmark's peer pages (tests/bench/peer: peer a, the floor and the floors of a drag and of an
// interaction) for production with Vite, with their own inputs and none of the app's plugins, into a folder
// served beside the app's build.
import { join, resolve } from 'node:path';
import { build } from 'vite';

const PEER_ROOT = resolve(import.meta.dirname, 'peer');

/** Builds peerA.html, floor.html, floorDrag.html and floorInputs.html (with their scripts and styles) into `outDir`. */
export async function buildPeerPages(outDir: string): Promise<void> {
  await build({
    root: PEER_ROOT,
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        input: {
          peerA: join(PEER_ROOT, 'peerA.html'),
          floor: join(PEER_ROOT, 'floor.html'),
          floorDrag: join(PEER_ROOT, 'floorDrag.html'),
          floorInputs: join(PEER_ROOT, 'floorInputs.html'),
        },
      },
    },
  });
}
