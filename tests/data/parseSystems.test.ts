// parseSystems, JSON: what loads, and the errors that skip a record while the others still load.
import { describe, expect, it } from 'vitest';
import { parseSystems } from '../../src/data';
import { fixture, lines, problemAt, source } from './parseSystemsFixtures';

describe('parseSystems: JSON', () => {
  it('reads an object with a systems list, in camelCase, with sources', () => {
    const text = lines(
      '{ "systems": [',
      '  { "id": "eram", "name": "ERAM", "type": "air-launched cruise missile", "range_km": 460,',
      '    "range_min_km": 240, "range_max_km": 460, "as_of": "2025-10-16",',
      `    ${source} }`,
      '] }',
    );
    expect(parseSystems(text)).toEqual({
      systems: [
        {
          id: 'eram',
          name: 'ERAM',
          rangeKm: 460,
          rangeMinKm: 240,
          rangeMaxKm: 460,
          type: 'air-launched cruise missile',
          asOf: '2025-10-16',
          sources: [{ publisher: 'Associated Press', date: '2025-10-16' }],
        },
      ],
      problems: [],
    });
  });

  it('reads a bare list of records, ranges with units included', () => {
    const text = `[{ "id": "tomahawk", "name": "Tomahawk", "range_km": "995 mi", ${source} }]`;
    const { systems, problems } = parseSystems(text);
    expect(problems).toEqual([]);
    expect(systems[0]?.rangeKm).toBeCloseTo(995 * 1.609344, 9);
  });

  it('reports comments and trailing commas with line and column, and still loads the record', () => {
    const { systems, problems } = parseSystems(fixture('comments-and-trailing-commas.json'), {
      fileName: 'systems.json',
    });
    expect(systems.map((system) => system.id)).toEqual(['eram']);
    expect(problems.map((problem) => [problem.severity, problem.line, problem.message])).toEqual([
      ['error', 1, 'systems.json, line 1, column 1: comments are not allowed in JSON'],
      ['error', 6, 'systems.json, line 6, column 23: comments are not allowed in JSON'],
      ['error', 8, 'systems.json, line 8, column 76: trailing comma: JSON allows no "," before "]"'],
      ['error', 8, 'systems.json, line 8, column 78: trailing comma: JSON allows no "," before "}"'],
      ['error', 9, 'systems.json, line 9, column 6: trailing comma: JSON allows no "," before "]"'],
      ['error', 10, 'systems.json, line 10, column 4: trailing comma: JSON allows no "," before "}"'],
    ]);
  });

  it('reports a syntax error with its line and column, and keeps the records before it', () => {
    const text = lines(
      '[',
      `  { "id": "a", "name": "A", "range_km": 100, ${source} },`,
      `  { "id": "b" "name": "B", "range_km": 200, ${source} }`,
      ']',
    );
    const { systems, problems } = parseSystems(text);
    expect(systems.map((system) => system.id)).toContain('a');
    expect(problemAt(problems, { severity: 'error', line: 3 }).message).toBe(
      'line 3, column 15: expected "," between values',
    );
  });

  it('refuses nesting deep enough to overflow the parser, with the line of the bracket', () => {
    const { systems, problems } = parseSystems(`[\n${'['.repeat(100_000)}`);
    expect(systems).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', line: 2 });
    expect(problems[0]?.message).toContain('nested more than 64 levels deep');
  });

  it('warns about unknown fields and duplicate keys, and ignores fields starting with $', () => {
    const text = lines(
      '{ "$schema": "./systems.schema.json", "title": "x", "systems": [',
      '  { "id": "a", "name": "A", "range_km": 100,',
      '    "rang_km": 5, "$comment": "checked", "name": "A2",',
      `    ${source} }`,
      '] }',
    );
    const { systems, problems } = parseSystems(text);
    expect(systems).toMatchObject([{ id: 'a', name: 'A2', rangeKm: 100 }]);
    expect(problemAt(problems, { field: 'title' })).toMatchObject({ severity: 'warning', line: 1 });
    expect(problemAt(problems, { field: 'rang_km' })).toMatchObject({
      severity: 'warning',
      line: 3,
      recordId: 'a',
      message: 'line 3, field "rang_km" (record "a"): unknown field "rang_km" is ignored',
    });
    expect(problemAt(problems, { field: 'name' })).toMatchObject({ severity: 'warning', line: 3 });
    expect(problems).toHaveLength(3);
  });

  it('explains a top level that is neither a list nor an object with systems', () => {
    expect(parseSystems('{\n  "sytems": []\n}').problems.map((problem) => problem.message)).toEqual([
      'line 2, field "sytems": unknown top-level field "sytems" is ignored',
      'line 1: no "systems" list: expected an object with a "systems" list, or a list of systems',
    ]);
    expect(parseSystems('{ "systems": 5 }').problems[0]?.message).toBe(
      'line 1, field "systems": "systems" must be a list, got 5',
    );
    expect(parseSystems('"Tomahawk"', { format: 'json' }).problems[0]?.message).toBe(
      'line 1: expected a list of systems, or an object with a "systems" list, got "Tomahawk"',
    );
  });
});

describe('parseSystems: errors skip the record, the others still load', () => {
  const text = lines(
    '{ "systems": [', // 1
    `  { "id": "good", "name": "Good", "range_km": 100, ${source} },`, // 2
    `  { "id": "no-name", "range_km": 100, ${source} },`, // 3
    `  { "id": "no-range", "name": "No range", ${source} },`, // 4
    '  {', // 5
    '    "id": "negative",', // 6
    '    "name": "Negative",', // 7
    '    "range_km": -5,', // 8
    `    ${source}`, // 9
    '  },', // 10
    `  { "id": "zero", "name": "Zero", "range_km": 0, ${source} },`, // 11
    `  { "id": "infinite", "name": "Infinite", "range_km": 1e400, ${source} },`, // 12
    `  { "id": "not-a-number", "name": "NaN", "range_km": "NaN", ${source} },`, // 13
    `  { "id": "too-far", "name": "Too far", "range_km": 25000, ${source} },`, // 14
    `  { "id": "good", "name": "Good again", "range_km": 200, ${source} },`, // 15
    `  { "id": "feet", "name": "Feet", "range_km": "5000 ft", ${source} },`, // 16
    `  { "id": "numeric-name", "name": 57, "range_km": 100, ${source} },`, // 17
    `  { "id": 7, "name": "Numeric id", "range_km": 100, ${source} },`, // 18
    `  { "id": "boolean-range", "name": "Yes", "range_km": true, ${source} },`, // 19
    '  "Tomahawk",', // 20
    `  { "id": "last", "name": "Last", "range_km": 300, ${source} }`, // 21
    '] }', // 22
  );
  const { systems, problems } = parseSystems(text, { fileName: 'systems.json' });
  const errors = problems.filter((problem) => problem.severity === 'error');

  it('loads the good records, in order', () => {
    expect(systems.map((system) => system.id)).toEqual(['good', 'last']);
  });

  it('has only errors here, one per bad record', () => {
    expect(errors).toEqual(problems);
    expect(errors).toHaveLength(13);
  });

  it('missing name', () => {
    expect(problemAt(errors, { line: 3 })).toMatchObject({ field: 'name', recordId: 'no-name' });
  });

  it('missing range', () => {
    expect(problemAt(errors, { line: 4 }).message).toBe(
      'systems.json, line 4, field "range_km" (record "no-range"): missing range: give "range_km" in kilometres',
    );
  });

  it('negative and zero ranges, at the line of the field', () => {
    expect(problemAt(errors, { line: 8 }).message).toBe(
      'systems.json, line 8, field "range_km" (record "negative"): range must be a positive number, got -5',
    );
    expect(problemAt(errors, { line: 11 }).message).toContain('range must be a positive number, got 0');
  });

  it('infinite and not-a-number ranges', () => {
    expect(problemAt(errors, { line: 12 }).message).toContain('range must be a finite number, got Infinity');
    expect(problemAt(errors, { line: 13 })).toMatchObject({ field: 'range_km', recordId: 'not-a-number' });
  });

  it('a range beyond half a meridian', () => {
    expect(problemAt(errors, { line: 14 }).message).toContain(
      'range of 25,000 km is beyond 20,004 km, half a meridian',
    );
  });

  it('duplicate id: the second is skipped, naming the line of the first', () => {
    expect(problemAt(errors, { line: 15 })).toMatchObject({
      field: 'id',
      recordId: 'good',
      message:
        'systems.json, line 15, field "id" (record "good"): duplicate id "good": the first record with it is on line 2; this one is skipped',
    });
  });

  it('unknown unit, named', () => {
    expect(problemAt(errors, { line: 16 }).message).toContain('unknown unit "ft" in "5000 ft"');
  });

  it('wrong types', () => {
    expect(problemAt(errors, { line: 17 }).message).toBe(
      'systems.json, line 17, field "name" (record "numeric-name"): name must be a text, got 57',
    );
    expect(problemAt(errors, { line: 18 })).toMatchObject({ field: 'id', recordId: 'numeric-id' });
    expect(problemAt(errors, { line: 19 }).message).toContain('got true');
  });

  it('a record that is not an object', () => {
    expect(problemAt(errors, { line: 20 }).message).toBe(
      'systems.json, line 20: a record must be an object with a name and a range, got "Tomahawk"',
    );
  });

  it('every problem names the file', () => {
    for (const problem of problems) expect(problem.fileName).toBe('systems.json');
  });
});

describe('parseSystems: no records at all', () => {
  it.each([
    ['an empty text', '', 'the file is empty: no records'],
    ['only spaces and a byte order mark', '\ufeff \n\t', 'the file is empty: no records'],
    ['an empty list', '[]', 'no records: the list of systems is empty'],
    ['an empty systems list', '{ "systems": [] }', 'no records: the list of systems is empty'],
    ['a CSV header alone', 'name,range_km\n', 'no records: the file holds no systems'],
    ['a JSON comment alone', '// nothing yet', 'no records: the file holds no systems'],
  ])('%s', (_, text, message) => {
    const { systems, problems } = parseSystems(text);
    expect(systems).toEqual([]);
    expect(problems.at(-1)).toEqual({ severity: 'error', message: `line 1: ${message}`, line: 1 });
  });
});
