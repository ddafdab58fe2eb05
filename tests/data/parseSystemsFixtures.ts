// What the parseSystems tests share: fixture files, a few text builders and the one problem at a place.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Problem } from '../../src/data';

export const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/data/${name}`, import.meta.url), 'utf8');
export const lines = (...rows: string[]) => rows.join('\n');
export const source = '"sources": [{ "publisher": "Associated Press", "date": "2025-10-16" }]';

/** The one problem matching `where`; fails with the full list when there is not exactly one. */
export function problemAt(problems: Problem[], where: Partial<Problem>): Problem {
  const found = problems.filter((problem) =>
    Object.entries(where).every(([key, value]) => problem[key as keyof Problem] === value),
  );
  expect(found, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return found[0] as Problem;
}
