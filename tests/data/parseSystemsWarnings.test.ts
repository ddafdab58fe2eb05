// parseSystems: warnings keep the record and say what and where.
import { describe, expect, it } from 'vitest';
import { parseSystems } from '../../src/data';
import { lines, problemAt, source } from './parseSystemsFixtures';

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
