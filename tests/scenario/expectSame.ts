// A deep strict equality for property tests that run a thousand times: node's check is fast, and Vitest's
// diff is only computed when a run fails.
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';

export function expectSame(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toStrictEqual(expected);
}
