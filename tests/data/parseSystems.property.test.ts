// Properties of parseSystems over arbitrary and mutated input: it never throws, and what it returns is well-formed.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_RANGE_KM, type ParseOptions, type ParseResult, parseSystems } from '../../src/data';

const RUNS = { seed: 42, numRuns: 2000 };
// 2,000 runs each take a few seconds; slower machines get room.
const TIMEOUT_MS = 60_000;
const real = readFileSync(new URL('../../data/systems.json', import.meta.url), 'utf8');
const realCsv = [
  'id,name,type,variant,range_km,range_min_km,range_max_km,note,as_of,source,source_date',
  'tomahawk,Tomahawk,cruise missile,Block IV/V,1600,,2500,"older, longer-range variants: 2,500 km",2025-10-16,Associated Press,2025-10-16',
  'eram,ERAM,air-launched cruise missile,,460,240,460,,2025-10-16,Associated Press,2025-10-16',
  'atacms,ATACMS,ballistic missile,M57,300,165,300,"M39: 165 km\r\nM57: 300 km",2025-10-16,Associated Press,2025-10-16',
].join('\r\n');

const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

// Everything a caller may rely on, whatever the input.
function checkResult(text: string, result: ParseResult): void {
  expect(Array.isArray(result.systems)).toBe(true);
  expect(Array.isArray(result.problems)).toBe(true);
  const lines = lineCount(text);
  for (const problem of result.problems) {
    expect(['error', 'warning']).toContain(problem.severity);
    expect(typeof problem.message).toBe('string');
    expect(problem.message.trim()).not.toBe('');
    if (problem.line !== undefined) {
      expect(Number.isInteger(problem.line)).toBe(true);
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.line).toBeLessThanOrEqual(lines);
    }
  }
  const ids = new Set<string>();
  for (const system of result.systems) {
    expect(system.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids.has(system.id)).toBe(false);
    ids.add(system.id);
    expect(system.name).not.toBe('');
    expect(Array.from(system.name).length).toBeLessThanOrEqual(120);
    expect(system.name).not.toMatch(/\p{Cc}/u);
    expect(system.rangeKm).toBeGreaterThan(0);
    expect(system.rangeKm).toBeLessThanOrEqual(MAX_RANGE_KM);
    if (system.rangeMinKm !== undefined) expect(system.rangeMinKm).toBeLessThanOrEqual(system.rangeKm);
    if (system.rangeMaxKm !== undefined) expect(system.rangeMaxKm).toBeGreaterThanOrEqual(system.rangeKm);
    expect(Array.isArray(system.sources)).toBe(true);
  }
}

const options: fc.Arbitrary<ParseOptions | undefined> = fc.option(
  fc.record(
    {
      format: fc.constantFrom('json' as const, 'csv' as const),
      fileName: fc.constantFrom('s.json', 's.csv', 's.txt'),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

// Text in pieces that matter to the two grammars, so random strings often look almost like a systems file.
const syntaxy = fc
  .array(
    fc.oneof(
      fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\n', '\r\n', '\r', '\ufeff', '//', '/*', '*/', ' '),
      fc.constantFrom(
        '"name"',
        '"range_km"',
        '"id"',
        '"sources"',
        'name',
        'range_km',
        'range',
        'source',
        '1600',
        '-5',
      ),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

function neverThrows(text: string, parseOptions?: ParseOptions): void {
  checkResult(text, parseSystems(text, parseOptions));
}

describe('parseSystems never throws and returns well-formed results', { timeout: TIMEOUT_MS }, () => {
  it('for arbitrary strings of code units, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), options, neverThrows), RUNS);
  });

  it('for arbitrary strings of graphemes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), options, neverThrows), RUNS);
  });

  it('for strings made of JSON and CSV pieces', () => {
    fc.assert(fc.property(syntaxy, options, neverThrows), RUNS);
  });

  it('for arbitrary JSON values, bare or as the systems list', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), fc.nat(4), (value, wrap, indent) => {
        neverThrows(JSON.stringify(wrap ? { systems: value } : value, null, indent));
      }),
      RUNS,
    );
  });

  it('for records with the right keys and arbitrary values', () => {
    const key = fc.constantFrom(
      'id',
      'name',
      'range_km',
      'range_min_km',
      'range_max_km',
      'type',
      'note',
      'as_of',
    );
    const value = fc.jsonValue({ maxDepth: 2 });
    const record = fc.oneof(
      fc.dictionary(key, value, { maxKeys: 8 }),
      fc.record({
        id: fc.string(),
        name: fc.string({ unit: 'binary' }),
        range_km: fc.oneof(fc.double(), fc.string(), fc.constantFrom('995 mi', '1 600 km', '1.6e3', '0')),
        sources: fc.array(fc.dictionary(fc.constantFrom('publisher', 'url', 'date'), value), {
          maxLength: 3,
        }),
      }),
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), (records) => {
        neverThrows(JSON.stringify({ systems: records }, null, 2));
      }),
      RUNS,
    );
  });

  it('for arbitrary options, not only the typed ones', () => {
    fc.assert(
      fc.property(fc.anything(), (anyOptions) => neverThrows(real, anyOptions as ParseOptions)),
      RUNS,
    );
  });
});

describe('parseSystems on damaged versions of the real file', { timeout: TIMEOUT_MS }, () => {
  const mutated = (base: string) =>
    fc.oneof(
      fc.nat(base.length).map((at) => base.slice(0, at)),
      fc
        .tuple(fc.nat(base.length), fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }))
        .map(([at, inserted]) => base.slice(0, at) + inserted + base.slice(at)),
      fc
        .tuple(fc.nat(base.length), fc.nat(40))
        .map(([at, length]) => base.slice(0, at) + base.slice(at + length)),
      fc
        .tuple(fc.nat(base.length), fc.constantFrom('"', ',', '\n', '\r', '{', ']', '-', 'e9', '\\'))
        .map(([at, inserted]) => base.slice(0, at) + inserted + base.slice(at)),
    );

  it('JSON: never throws, and a truncated file always reports an error', () => {
    fc.assert(
      fc.property(mutated(real), (text) => neverThrows(text, { fileName: 'systems.json' })),
      RUNS,
    );
    fc.assert(
      fc.property(fc.nat(real.length), (at) => {
        // Cutting only the final line break leaves a whole file.
        const { systems, problems } = parseSystems(real.slice(0, at), { format: 'json' });
        expect(systems.length).toBeLessThanOrEqual(3);
        if (at < real.length - 1) expect(problems.some((problem) => problem.severity === 'error')).toBe(true);
      }),
      RUNS,
    );
  });

  it('CSV: never throws', () => {
    expect(parseSystems(realCsv, { fileName: 'systems.csv' }).problems).toEqual([]);
    fc.assert(
      fc.property(mutated(realCsv), (text) => neverThrows(text, { fileName: 'systems.csv' })),
      RUNS,
    );
  });
});
