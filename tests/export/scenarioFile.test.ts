// Scenario files: the envelope written today, every shipped file still opening (tests/fixtures/scenarios:
// never regenerate those, add cases), files that are not maps, broken JSON named by line, and no input that throws.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readScenarioFile, SCENARIO_FILE_FORMAT, scenarioFile } from '../../src/export';
import { defaultScenario, type Scenario, type ScenarioProblem } from '../../src/scenario';
import { expectSame } from '../scenario/expectSame';
import { CONTEXT, validScenario } from '../scenario/scenarioArbitraries';

const DIR = new URL('../fixtures/scenarios/', import.meta.url);
const fixtures = readdirSync(DIR).filter((f) => /^v\d+-.*\.json$/.test(f));
const SAVED = new Date('2025-10-16T09:30:00Z');
const scenario = defaultScenario([{ id: 'tomahawk' }, { id: 'eram' }, { id: 'atacms' }]);

interface Expected {
  context: { systemIds: string[] };
  scenario: Scenario | null;
  problems: ScenarioProblem[];
}

describe('scenarioFile', () => {
  it('writes pretty JSON: format, version, saved date, then the scenario', () => {
    const text = scenarioFile(scenario, SAVED);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n').slice(0, 5)).toEqual([
      '{',
      '  "format": "range-rings-scenario",',
      '  "version": 1,',
      '  "saved": "2025-10-16T09:30:00.000Z",',
      '  "scenario": {',
    ]);
    expect(JSON.parse(text)).toStrictEqual({
      format: SCENARIO_FILE_FORMAT,
      version: 1,
      saved: '2025-10-16T09:30:00.000Z',
      scenario,
    });
  });

  it('takes the saved date as an ISO text too, and leaves it out when not given or invalid', () => {
    expect(JSON.parse(scenarioFile(scenario, '2025-10-16')).saved).toBe('2025-10-16');
    expect(Object.keys(JSON.parse(scenarioFile(scenario)))).toEqual(['format', 'version', 'scenario']);
    expect(Object.keys(JSON.parse(scenarioFile(scenario, new Date(Number.NaN))))).not.toContain('saved');
  });

  it('opens again to the same scenario, with no problem, for any scenario', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        expectSame(readScenarioFile(scenarioFile(s, SAVED), CONTEXT), { scenario: s, problems: [] });
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('shipped scenario files', () => {
  it('has an expectation for each file, and cases for the bare and enveloped forms', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    expect(readdirSync(new URL('expected/', DIR)).sort()).toEqual([...fixtures].sort());
  });

  describe.each(fixtures)('%s', (name) => {
    const text = readFileSync(new URL(name, DIR), 'utf8');
    const expected = JSON.parse(readFileSync(new URL(`expected/${name}`, DIR), 'utf8')) as Expected;

    it('opens to the expected scenario and problems', () => {
      expect(readScenarioFile(text, expected.context)).toStrictEqual({
        scenario: expected.scenario,
        problems: expected.problems,
      });
    });

    it('saves today as a file that opens to the same scenario', () => {
      if (!expected.scenario) return;
      expect(readScenarioFile(scenarioFile(expected.scenario, SAVED), expected.context)).toStrictEqual({
        scenario: expected.scenario,
        problems: [],
      });
    });
  });
});

describe('readScenarioFile', () => {
  const open = (text: string, fileName?: string) => readScenarioFile(text, CONTEXT, fileName);
  const fileProblem = (message: string) => ({ scenario: null, problems: [{ field: 'file', message }] });

  it('names the line and column of broken JSON, and the file when given', () => {
    const broken = scenarioFile(scenario, SAVED).replace('"version": 1,', '"version": 1');
    expect(open(broken, 'map.json')).toStrictEqual(
      fileProblem('map.json: line 4, column 3: not valid JSON: expected ","'),
    );
    const cut = scenarioFile(scenario, SAVED).slice(0, 200);
    expect(open(cut).problems[0]?.message).toMatch(/^line \d+, column \d+: not valid JSON: /);
    expect(open('{"title": "a",}')).toStrictEqual(
      fileProblem('line 1, column 15: not valid JSON: expected a field name in double quotes'),
    );
    expect(open('{\r\n  // note\r\n  "title": "a"\r\n}')).toStrictEqual(
      fileProblem('line 2, column 3: not valid JSON: comments are not allowed'),
    );
  });

  it('says so for an empty file, JSON that is not an object, and other JSON files', () => {
    expect(open('')).toStrictEqual(fileProblem('the file is empty or could not be read'));
    expect(open(' \n')).toStrictEqual(fileProblem('the file is empty or could not be read'));
    expect(open('[1, 2]')).toStrictEqual(fileProblem('not a saved map: the file holds no JSON object'));
    expect(open('{"type": "FeatureCollection", "features": []}')).toStrictEqual(
      fileProblem('this is a GeoJSON file, not a saved map; open a file made with "Save scenario"'),
    );
    expect(open('{"systems": []}')).toStrictEqual(
      fileProblem('not a saved map; open a file made with "Save scenario"'),
    );
    expect(open('{"format": "something-else", "scenario": {}}')).toStrictEqual(
      fileProblem('not a saved map; open a file made with "Save scenario"'),
    );
    expect(open('{"format": "range-rings-scenario", "version": 1}')).toStrictEqual(
      fileProblem('the file names no map to open (its "scenario" is missing)'),
    );
  });

  it('opens a file with a byte order mark, as some editors save it', () => {
    expect(open(`\ufeff${scenarioFile(scenario, SAVED)}`)).toStrictEqual({ scenario, problems: [] });
  });

  it('opens a bare scenario, as the page keeps it in localStorage', () => {
    expect(open(JSON.stringify({ ...scenario, units: 'nmi' }))).toStrictEqual({
      scenario: { ...scenario, units: 'nmi' },
      problems: [],
    });
  });

  it('opens a file of a later version as far as it matches, and says so', () => {
    const later = JSON.parse(scenarioFile(scenario, SAVED));
    later.version = 2;
    later.scenario.rings3d = true;
    const result = open(JSON.stringify(later));
    expect(result.scenario).toStrictEqual(scenario);
    expect(result.problems).toStrictEqual([
      {
        field: 'version',
        message:
          'this file was saved by a newer version of the page (file version 2); what matched was opened',
      },
      { field: 'rings3d', message: '"rings3d" is not part of a map; ignored' },
    ]);
  });

  it('restores what it can of a damaged scenario and reports the rest', () => {
    const damaged = JSON.parse(scenarioFile(scenario, SAVED));
    damaged.scenario.units = 'furlongs';
    const result = open(JSON.stringify(damaged));
    expect(result.scenario).toStrictEqual(scenario);
    expect(result.problems.map((p) => p.field)).toEqual(['units']);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .jsonValue()
            .map((value) => JSON.stringify({ format: SCENARIO_FILE_FORMAT, version: 1, scenario: value })),
          fc.jsonValue().map((value) => JSON.stringify({ format: SCENARIO_FILE_FORMAT, ...Object(value) })),
        ),
        (text) => {
          const result = open(text);
          expect(result.scenario === null || typeof result.scenario === 'object').toBe(true);
          expect(Array.isArray(result.problems)).toBe(true);
        },
      ),
      { seed: 11, numRuns: 500 },
    );
    expect(() => open('['.repeat(100_000))).not.toThrow();
    expect(open(`${'['.repeat(100_000)}${']'.repeat(100_000)}`).problems).toHaveLength(1);
  });
});
