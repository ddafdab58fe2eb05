// Progress of a parse: parseSystemsInSteps and parseSystems' onProgress report work done of work to do, in
// order, ending at done === total, and the result is the same as a parse without them.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ParseProgress, type ParseResult, parseSystems, parseSystemsInSteps } from '../../src/data';
import { bigSystemsCsv } from '../support/bigSystemsCsv';

const real = readFileSync(new URL('../../data/systems.json', import.meta.url), 'utf8');

function runSteps(text: string, fileName?: string): { progress: ParseProgress[]; result: ParseResult } {
  const progress: ParseProgress[] = [];
  const steps = parseSystemsInSteps(text, { fileName });
  for (;;) {
    const step = steps.next();
    if (step.done) return { progress, result: step.value };
    progress.push(step.value);
  }
}

// In order, never past the total, the total fixed, and the last report complete.
function checkProgress(progress: ParseProgress[]): void {
  expect(progress.length).toBeGreaterThan(0);
  const total = progress[0]?.total;
  progress.forEach((p, i) => {
    expect(p.total).toBe(total);
    expect(p.done).toBeGreaterThanOrEqual(0);
    expect(p.done).toBeLessThanOrEqual(p.total);
    if (i > 0) expect(p.done).toBeGreaterThanOrEqual(progress[i - 1]?.done ?? 0);
  });
  expect(progress.at(-1)?.done).toBe(total);
}

describe('parse progress', () => {
  it('reports a 20,000-row CSV in slices: rows read, then records checked, twice the rows in all', () => {
    const text = bigSystemsCsv(20_000, (row) => row % 1000 === 7);
    const { progress, result } = runSteps(text, 'big.csv');
    checkProgress(progress);
    expect(progress[0]).toEqual({ done: 0, total: 40_000 });
    // reading and checking each report every 500 rows, plus the end
    expect(progress).toHaveLength(20_000 / 500 + 20_000 / 500 + 1);
    expect(progress.some((p) => p.done === 20_000)).toBe(true);
    expect(result).toEqual(parseSystems(text, { fileName: 'big.csv' }));
    expect(result.systems).toHaveLength(19_980);
  }, 60_000);

  it('calls onProgress with the same reports, and gives the same result', () => {
    const text = bigSystemsCsv(1_200);
    const heard: ParseProgress[] = [];
    const result = parseSystems(text, { fileName: 'x.csv', onProgress: (p) => heard.push(p) });
    expect(heard).toEqual(runSteps(text, 'x.csv').progress);
    expect(heard.map((p) => p.done)).toEqual([0, 500, 1000, 1200, 1700, 2200, 2400]);
    expect(result).toEqual(parseSystems(text, { fileName: 'x.csv' }));
  });

  it('reads JSON in one step, then checks its records in slices', () => {
    const { progress, result } = runSteps(real, 'systems.json');
    checkProgress(progress);
    const items = result.systems.length;
    expect(progress).toEqual([
      { done: items, total: 2 * items },
      { done: 2 * items, total: 2 * items },
    ]);
  });

  it('ends at 0 of 0 for a file with nothing to read', () => {
    expect(runSteps('', 'empty.csv').progress).toEqual([{ done: 0, total: 0 }]);
    expect(runSteps('name,range_km\n', 'header.csv').progress).toEqual([{ done: 0, total: 0 }]);
    expect(runSteps('just text', 'nothing.csv').progress).toEqual([{ done: 0, total: 0 }]);
  });

  it('goes on when the progress callback throws, and ignores one that is not a function', () => {
    const text = bigSystemsCsv(600, (row) => row === 3);
    const expected = parseSystems(text);
    let calls = 0;
    const throwing = () => {
      calls++;
      throw new Error('display failed');
    };
    expect(parseSystems(text, { onProgress: throwing })).toEqual(expected);
    expect(calls).toBe(5);
    const notAFunction = { onProgress: 'yes' } as unknown as Parameters<typeof parseSystems>[1];
    expect(parseSystems(text, notAFunction)).toEqual(expected);
  });

  it('for any text: progress in order, ending complete, and the same result as parseSystems', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.boolean(), (body, csv) => {
        const text = csv ? `name,range_km\n${body}` : body;
        const { progress, result } = runSteps(text);
        checkProgress(progress);
        expect(result).toEqual(parseSystems(text));
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
