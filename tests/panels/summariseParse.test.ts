// What the loader keeps of a parse: the first systems and problems, and counts of all of them.
import { describe, expect, it } from 'vitest';
import { parseSystems } from '../../src/data';
import { summariseParse } from '../../src/panels/summariseParse';
import { bigSystemsCsv } from '../support/bigSystemsCsv';

describe('summariseParse', () => {
  it('keeps the first systems and problems of a big file, and counts them all', () => {
    const text = `${bigSystemsCsv(2_000, (row) => row % 10 === 3)}\nExtra,5,x,surplus`;
    const result = parseSystems(text, { fileName: 'big.csv' });
    const summary = summariseParse(result, 50, 20);
    expect(summary.systems).toEqual(result.systems.slice(0, 50));
    expect(summary.systemCount).toBe(1_801);
    expect(summary.problems).toEqual(result.problems.slice(0, 20));
    expect(summary.errorCount).toBe(200);
    expect(summary.warningCount).toBe(1);
  });

  it('keeps everything of a small file, and nothing when asked for nothing', () => {
    const result = parseSystems('name,range_km\nA,5\nB,-1\n', { fileName: 'small.csv' });
    expect(summariseParse(result, 50, 50)).toEqual({
      systems: result.systems,
      systemCount: 1,
      problems: result.problems,
      errorCount: 1,
      warningCount: result.problems.filter((p) => p.severity === 'warning').length,
    });
    const none = summariseParse(result, 0, -3);
    expect(none.systems).toEqual([]);
    expect(none.problems).toEqual([]);
    expect(none.systemCount).toBe(1);
  });
});
