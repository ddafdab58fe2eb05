// parseSystems: CSV files, and the format and options that choose how a file is read.
import { describe, expect, it } from 'vitest';
import { parseSystems } from '../../src/data';
import { fixture, problemAt, source } from './parseSystemsFixtures';

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
