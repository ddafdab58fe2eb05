// summariseProblems: a notice stays short whatever the input, and still says how much was ignored.
import { describe, expect, it } from 'vitest';
import { decodeScenarioUrl, summariseProblems } from '../../src/scenario';

const CONTEXT = { systemIds: ['tomahawk', 'eram', 'atacms'] };

describe('summariseProblems', () => {
  it('joins a few problems in full', () => {
    expect(
      summariseProblems([
        { field: 'units', message: '"x" ignored — use km, mi or nmi' },
        { field: 'sites', message: '"1" ignored' },
      ]),
    ).toBe('"x" ignored — use km, mi or nmi; "1" ignored');
  });

  it('counts the rest by kind, in the singular for one', () => {
    const problems = [
      ...Array.from({ length: 12 }, (_, i) => ({ field: 'sites', message: `site ${i} ignored` })),
      { field: 'units', message: 'u' },
    ];
    expect(summariseProblems(problems)).toBe(
      `${problems
        .slice(0, 10)
        .map((p) => p.message)
        .join('; ')}; 2 more launch points were ignored; 1 more problem was ignored`,
    );
  });

  it('cuts a very long message', () => {
    const said = summariseProblems([{ field: 'title', message: 'x'.repeat(5000) }]);
    expect(said.length).toBe(300);
    expect(said.endsWith('…')).toBe(true);
  });

  it('a link with 10,000 bad launch points gives a notice of a few hundred characters, with the true count', () => {
    const search = `?sites=${Array.from({ length: 10_000 }, (_, i) => `${100 + i},abc,Site ${i}`).join(';')}`;
    const { problems } = decodeScenarioUrl(search, CONTEXT);
    const said = summariseProblems(problems);
    expect(said).toContain('9,990 more launch points were ignored');
    expect(said.length).toBeLessThan(2000);
    expect(said.split('; ')[0]).toContain('"100,abc,Site 0" ignored');
  });
});
