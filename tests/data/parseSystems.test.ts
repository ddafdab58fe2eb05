import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Problem, parseSystems } from '../../src/data';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/data/${name}`, import.meta.url), 'utf8');
const lines = (...rows: string[]) => rows.join('\n');
const source = '"sources": [{ "publisher": "Associated Press", "date": "2025-10-16" }]';

// The one problem matching `where`; fails with the full list when there is not exactly one.
function problemAt(problems: Problem[], where: Partial<Problem>): Problem {
  const found = problems.filter((problem) =>
    Object.entries(where).every(([key, value]) => problem[key as keyof Problem] === value),
  );
  expect(found, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return found[0] as Problem;
}

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

describe('parseSystems: warnings keep the record', () => {
  it('drops an inconsistent band, and says which bound is on the wrong side', () => {
    const text = lines(
      '[',
      `  { "id": "a", "name": "A", "range_km": 300, "range_min_km": 400, ${source} },`,
      `  { "id": "b", "name": "B", "range_km": 300,`,
      `    "range_min_km": 100, "range_max_km": 200, ${source} },`,
      `  { "id": "c", "name": "C", "range_km": 300, "range_max_km": "2,500 km", ${source} }`,
      ']',
    );
    const { systems, problems } = parseSystems(text);
    expect(systems).toMatchObject([
      { id: 'a', rangeKm: 300 },
      { id: 'b', rangeKm: 300 },
      { id: 'c', rangeKm: 300, rangeMaxKm: 2500 },
    ]);
    expect(systems[0]).not.toHaveProperty('rangeMinKm');
    expect(systems[1]).not.toHaveProperty('rangeMinKm');
    expect(systems[1]).not.toHaveProperty('rangeMaxKm');
    expect(problemAt(problems, { line: 2 })).toMatchObject({
      severity: 'warning',
      field: 'range_min_km',
      message:
        'line 2, field "range_min_km" (record "a"): range band is inconsistent: range_min_km (400 km) is above range_km (300 km); the band is dropped',
    });
    expect(problemAt(problems, { line: 4 })).toMatchObject({ severity: 'warning', field: 'range_max_km' });
    expect(problems).toHaveLength(2);
  });

  it('warns about a record without sources', () => {
    const { systems, problems } = parseSystems('[{ "id": "a", "name": "A", "range_km": 1 }]');
    expect(systems).toHaveLength(1);
    expect(problems).toEqual([
      {
        severity: 'warning',
        message: 'line 1, field "sources" (record "a"): no source: every published figure should carry one',
        line: 1,
        field: 'sources',
        recordId: 'a',
      },
    ]);
  });

  it('drops sources that cannot be traced or linked safely, with their field paths', () => {
    const text = lines(
      '[{ "id": "a", "name": "A", "range_km": 1, "sources": [',
      '  { "publisher": "P", "url": "javascript:alert(1)", "date": "16/10/2025", "author": "X" },',
      '  { "figure": "about 1 km" },',
      '  "AP"',
      '] }]',
    );
    const { systems, problems } = parseSystems(text);
    expect(systems[0]?.sources).toEqual([{ publisher: 'P' }]);
    expect(problems.map((problem) => [problem.line, problem.field])).toEqual([
      [2, 'sources[0].url'],
      [2, 'sources[0].date'],
      [2, 'sources[0].author'],
      [3, 'sources[1]'],
      [4, 'sources[2]'],
    ]);
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
  });

  it('cuts names longer than 120 characters', () => {
    const long = 'Extended Range Attack Munition '.repeat(5);
    const { systems, problems } = parseSystems(
      `[{ "id": "eram", "name": "${long}", "range_km": 460, ${source} }]`,
    );
    expect(Array.from(systems[0]?.name ?? '')).toHaveLength(120);
    expect(systems[0]?.name.endsWith('…')).toBe(true);
    expect(problemAt(problems, { field: 'name' })).toMatchObject({ severity: 'warning', line: 1 });
  });

  it('keeps names as plain text: trimmed, control characters removed, markup untouched', () => {
    const text = `[{ "id": "x", "name": "  <img src=x onerror=alert(1)>\\u0007\\tERAM\\n ", "range_km": 1, ${source} }]`;
    expect(parseSystems(text).systems[0]?.name).toBe('<img src=x onerror=alert(1)> ERAM');
  });

  it('turns a given id into a slug, and makes one from the name when missing', () => {
    const text = `[{ "id": "Storm Shadow", "name": "A", "range_km": 1, ${source} }, { "name": "Taurus KEPD 350", "range_km": 500, ${source} }]`;
    const { systems, problems } = parseSystems(text);
    expect(systems.map((system) => system.id)).toEqual(['storm-shadow', 'taurus-kepd-350']);
    expect(problems.map((problem) => problem.message)).toEqual([
      'line 1, field "id" (record "storm-shadow"): id "Storm Shadow" is not a slug (a–z, 0–9 and single "-"); using "storm-shadow"',
      'line 1, field "id" (record "taurus-kepd-350"): no id; using "taurus-kepd-350", made from the name',
    ]);
  });

  it('drops optional texts of the wrong type and dates that are not ISO', () => {
    const text = `[{ "id": "a", "name": "A", "range_km": 1, "variant": 57, "as_of": "yesterday", "note": null, ${source} }]`;
    const { systems, problems } = parseSystems(text);
    expect(systems).toEqual([
      { id: 'a', name: 'A', rangeKm: 1, sources: [{ publisher: 'Associated Press', date: '2025-10-16' }] },
    ]);
    expect(problems.map((problem) => [problem.severity, problem.field])).toEqual([
      ['warning', 'variant'],
      ['warning', 'as_of'],
    ]);
  });
});

describe('parseSystems: CSV', () => {
  it('reads the example of the brief', () => {
    const { systems, problems } = parseSystems('name,range_km\nERAM,460\nATACMS,-5\n', {
      fileName: 'systems.csv',
    });
    expect(systems).toEqual([{ id: 'eram', name: 'ERAM', rangeKm: 460, sources: [] }]);
    expect(problemAt(problems, { severity: 'error' }).message).toBe(
      'systems.csv, line 3, field "range_km" (record "atacms"): range must be a positive number, got "-5"',
    );
  });

  it('handles a byte order mark, CRLF, loose headers and quoted cells with commas and line breaks', () => {
    const { systems, problems } = parseSystems(fixture('bom-crlf-quoted-multiline.csv'), {
      fileName: 'bom-crlf-quoted-multiline.csv',
    });
    expect(systems).toEqual([
      {
        id: 'storm-shadow-scalp-eg',
        name: 'Storm Shadow / SCALP-EG',
        rangeKm: 250,
        type: 'cruise missile',
        note: 'export version, UK',
        sources: [{ publisher: 'UK Forces News' }],
      },
      {
        id: 'taurus-kepd-350',
        name: 'Taurus KEPD 350',
        rangeKm: 500,
        type: 'cruise missile',
        note: 'quoted note over two lines, with a comma',
        sources: [{ publisher: 'MBDA' }],
      },
      {
        id: 'kalibr-3m-14',
        name: 'Kalibr "3M-14"',
        rangeKm: 1500,
        type: 'cruise missile',
        sources: [{ publisher: 'Russian MoD via SCMP', date: '2015' }],
      },
    ]);
    // Line 3's note spans two lines, so Iskander-M starts on line 5.
    expect(problems).toEqual([
      {
        severity: 'error',
        message:
          'bom-crlf-quoted-multiline.csv, line 5, field "range_km" (record "iskander-m"): range must be a positive number, got "-500"',
        line: 5,
        field: 'range_km',
        recordId: 'iskander-m',
        fileName: 'bom-crlf-quoted-multiline.csv',
      },
    ]);
  });

  it('counts lone CR, CRLF and line breaks inside quotes, and skips blank rows', () => {
    // Lines: 1 header, 2 blank, 3–6 row A (its note spans four lines), 7 row B, 8 blank, 9 row C.
    const text = 'name,range_km,note\r\n\r\nA,1,"one\r\ntwo\nthree\rfour"\rB,x\n\nC,-1\n';
    const { systems, problems } = parseSystems(text);
    expect(systems.map((system) => system.id)).toEqual(['a']);
    expect(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.line)).toEqual(
      [7, 9],
    );
  });

  it('gives each cell the line it starts on, after a multi-line cell in the same row', () => {
    const text = 'name,note,range_km\n"A","line one\nline two",-3\n';
    expect(problemAt(parseSystems(text).problems, { severity: 'error' })).toMatchObject({
      line: 3,
      field: 'range_km',
    });
  });

  it('names the missing columns at the header line', () => {
    expect(parseSystems('Name,Range_Miles\nERAM,285\n', { format: 'csv' }).problems).toEqual([
      {
        severity: 'warning',
        message: 'line 1, field "Range_Miles": unknown column "Range_Miles" is ignored',
        line: 1,
        field: 'Range_Miles',
      },
      {
        severity: 'error',
        message:
          'line 1: missing column "range_km" (or "range", with a unit in each value, like "995 mi"); the header has "Name", "Range_Miles"',
        line: 1,
      },
    ]);
    expect(parseSystems('id|range_km\n').problems.at(-1)?.message).toContain(
      'missing columns "name" and "range_km"',
    );
    expect(parseSystems('id;range_km\n').problems.at(-1)?.message).toContain('missing column "name";');
  });

  it('reads a range column whose values carry their unit, and refuses bare numbers there', () => {
    const text = 'name,range,source\nTomahawk,995 mi,AP\nERAM,460,AP\nATACMS,"186 miles",AP\n';
    const { systems, problems } = parseSystems(text);
    expect(systems.map((system) => system.id)).toEqual(['tomahawk', 'atacms']);
    expect(systems[1]?.rangeKm).toBeCloseTo(299.338, 3);
    expect(problemAt(problems, { severity: 'error' })).toMatchObject({ line: 3, field: 'range' });
  });

  it('derives ids from names, or from the line when nothing latin is left', () => {
    const text = 'name,range_km,source\nÉRAM (air-launched),460,AP\nИскандер-М,500,ТАСС\n';
    expect(parseSystems(text).systems.map((system) => system.id)).toEqual(['eram-air-launched', 'system-3']);
  });

  it('reports duplicate ids, unknown columns once and extra values per row', () => {
    const text = 'name,range_km,colour,id\nERAM,460,red,eram\nERAM 2,450,blue,eram\nA,1,,a,surplus\n';
    const { systems, problems } = parseSystems(text, { fileName: 'x.csv' });
    expect(systems.map((system) => system.id)).toEqual(['eram', 'a']);
    expect(problemAt(problems, { field: 'colour' })).toMatchObject({ severity: 'warning', line: 1 });
    expect(problemAt(problems, { field: 'id' })).toMatchObject({ severity: 'error', line: 3 });
    expect(problemAt(problems, { line: 4, severity: 'warning', recordId: undefined }).message).toContain(
      'row has 5 values but the header has 4 columns',
    );
  });

  it('builds a source from the source columns, with their own names in problems', () => {
    const text =
      'name,range_km,source,source_url,source_date\nERAM,460,WSJ,https://example.org/eram,2025-13\n';
    const { systems, problems } = parseSystems(text);
    expect(systems[0]?.sources).toEqual([{ publisher: 'WSJ', url: 'https://example.org/eram' }]);
    expect(problemAt(problems, { field: 'source_date' })).toMatchObject({ severity: 'warning', line: 2 });
  });
});

describe('parseSystems: format and options', () => {
  const csv = 'name,range_km,source\nERAM,460,AP\n';
  const json = `[{ "id": "eram", "name": "ERAM", "range_km": 460, ${source} }]`;

  it('detects the format from the file name, then from the first character', () => {
    expect(parseSystems(csv).systems).toHaveLength(1);
    expect(parseSystems(`\n  ${json}`).systems).toHaveLength(1);
    expect(parseSystems(json, { fileName: 'eram.csv' }).systems).toEqual([]);
    expect(parseSystems(json, { format: 'json', fileName: 'eram.csv' }).systems).toHaveLength(1);
  });

  it('ignores options that are not as typed, with a warning for an unknown format', () => {
    const odd = { format: 'xml', fileName: 42 } as unknown as Parameters<typeof parseSystems>[1];
    const { systems, problems } = parseSystems(csv, odd);
    expect(systems).toHaveLength(1);
    expect(problems).toEqual([{ severity: 'warning', message: 'unknown format "xml"; read as CSV' }]);
    expect(parseSystems(csv, null as never).systems).toHaveLength(1);
  });

  it('does not throw on a value that is not text', () => {
    expect(parseSystems(undefined as never)).toEqual({
      systems: [],
      problems: [{ severity: 'error', message: 'expected the text of a file, got undefined' }],
    });
  });
});
