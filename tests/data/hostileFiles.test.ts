// The hostile corpus (tests/fixtures/data/hostile): every bad file gives problems that name the file, the
// line and the field; the good records beside the bad ones still load; nothing throws. Files are decoded
// as a browser's File.text() does (UTF-8, invalid bytes replaced).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSystems } from '../../src/data';
import { bigSystemsCsv } from '../support/bigSystemsCsv';

const DIR = join(import.meta.dirname, '../fixtures/data/hostile');
const read = (name: string) => new TextDecoder().decode(readFileSync(join(DIR, name)));
const parse = (name: string) => parseSystems(read(name), { fileName: name });

interface Expect {
  loads: string[];
  errors: { line: number; field?: string; says: RegExp }[];
}

const CORPUS: Record<string, Expect> = {
  'truncated.json': { loads: ['a', 'b'], errors: [{ line: 3, says: /line 3, column \d+: expected "\}"/ }] },
  'wrong-types.json': {
    loads: ['ok'],
    errors: [
      { line: 4, field: 'name', says: /name must be a text, got 42/ },
      { line: 5, field: 'range_km', says: /got true/ },
      { line: 6, field: 'range_km', says: /got a list/ },
      { line: 7, says: /a record must be an object/ },
      { line: 8, says: /got null/ },
    ],
  },
  'huge-and-special-numbers.json': {
    loads: ['ok'],
    errors: [
      { line: 4, field: 'range_km', says: /finite number, got Infinity/ },
      { line: 5, field: 'range_km', says: /beyond 20,004 km, half a meridian/ },
      { line: 6, field: 'range_km', says: /got "NaN"/ },
      { line: 7, field: 'range_km', says: /got "Infinity"/ },
      { line: 8, field: 'range_km', says: /range/ },
      { line: 9, field: 'range_km', says: /range/ },
    ],
  },
  'duplicate-ids.json': {
    loads: ['twin'],
    errors: [{ line: 3, field: 'id', says: /duplicate id "twin".*line 2/ }],
  },
  'unknown-units.csv': {
    loads: ['good'],
    errors: [
      { line: 3, field: 'range_km', says: /unknown unit "parsecs"/ },
      { line: 4, field: 'range_km', says: /unknown unit "furlongs"/ },
    ],
  },
  'bom-crlf.csv': { loads: ['with-bom-and-crlf', 'second'], errors: [] },
  'mixed-encodings.csv': { loads: ['kharkiv-caf', 'good'], errors: [] },
  'html-and-script-names.json': { loads: ['xss1', 'xss2', 'ok'], errors: [] },
  'binary-garbage.bin': { loads: [], errors: [{ line: 1, says: /missing columns "name" and "range_km"/ }] },
};

describe('hostile data files', () => {
  it('covers every file of the corpus', () => {
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(CORPUS).sort());
  });

  for (const [name, expected] of Object.entries(CORPUS)) {
    it(`${name}: the good records load, each bad one is named by line and field`, () => {
      const { systems, problems } = parse(name);
      expect(systems.map((s) => s.id)).toEqual(expected.loads);
      const errors = problems.filter((p) => p.severity === 'error');
      expect(errors).toHaveLength(expected.errors.length);
      expected.errors.forEach((e, i) => {
        const p = errors[i]!;
        expect(p.line).toBe(e.line);
        if (e.field) expect(p.field).toBe(e.field);
        expect(p.message).toMatch(e.says);
        expect(p.message.startsWith(`${name}, line ${e.line}`)).toBe(true);
      });
    });
  }

  it('keeps names with HTML and script as plain text, and refuses a javascript: link', () => {
    const { systems, problems } = parse('html-and-script-names.json');
    expect(systems[0]?.name).toBe('<script>alert(1)</script>');
    expect(systems[1]?.sources[0]?.url).toBeUndefined();
    expect(problems.some((p) => p.field === 'sources[0].url' && /http/.test(p.message))).toBe(true);
  });

  it('reads a 50,000-row CSV, every row, and reports a bad row among them by its line', () => {
    const text = bigSystemsCsv(50_000, (row) => row === 31_337);
    const { systems, problems } = parseSystems(text, { fileName: 'big.csv' });
    expect(systems).toHaveLength(49_999);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(31_339);
  }, 60_000);
});
