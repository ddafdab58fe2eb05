// Every link that ever shipped still restores: each tests/fixtures/urls/<case>.txt holds a link's query, and
// <case>.json beside it the context, scenario and problems it must give. Never regenerate these: add cases.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decodeScenarioUrl,
  encodeScenarioUrl,
  type Scenario,
  type ScenarioProblem,
} from '../../src/scenario';

const DIR = new URL('../fixtures/urls/', import.meta.url);
const files = readdirSync(DIR);
const cases = files.filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -'.txt'.length));

interface Expected {
  context: { systemIds: string[] };
  scenario: Scenario | null;
  problems: ScenarioProblem[];
}

describe('shipped links', () => {
  it('has a case for each file and an expectation for each case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(files.filter((f) => f.endsWith('.json')).sort()).toEqual(cases.map((c) => `${c}.json`).sort());
  });

  describe.each(cases)('%s', (name) => {
    const search = readFileSync(new URL(`${name}.txt`, DIR), 'utf8').trim();
    const expected = JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8')) as Expected;

    it('restores the expected scenario and problems', () => {
      expect(decodeScenarioUrl(search, expected.context)).toStrictEqual({
        scenario: expected.scenario,
        problems: expected.problems,
      });
    });

    it('writes a link today that restores the same scenario', () => {
      if (!expected.scenario) return;
      const today = encodeScenarioUrl(expected.scenario);
      expect(decodeScenarioUrl(today, expected.context)).toStrictEqual({
        scenario: expected.scenario,
        problems: [],
      });
    });
  });
});
