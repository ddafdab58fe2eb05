import { join, resolve } from 'node:path';

/**
 * Where the benchmark builds its pages: a directory of this working tree, so two checkouts that share one
 * `node_modules` never build into each other's output.
 */
export function benchOutDir(name: string, root = resolve(import.meta.dirname, '../..')): string {
  return join(root, '.bench-out', name);
}
