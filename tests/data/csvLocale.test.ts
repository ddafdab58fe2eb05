import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvSeparator } from '../../src/data/csvSeparator';
import { readLocaleNumber } from '../../src/data/localeNumber';
import { parseSystems } from '../../src/data/parseSystems';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/data/locale/${name}`, import.meta.url), 'utf8');

describe('csvSeparator', () => {
  it('reads the separator from the header line, outside quotes', () => {
    expect(csvSeparator('name;range_km\nA;1,5\n')).toBe(';');
    expect(csvSeparator('\n\nname\trange_km\n')).toBe('\t');
    expect(csvSeparator('"a;b;c",range_km\n')).toBe(',');
    expect(csvSeparator('name\n')).toBe(',');
  });
});

describe('readLocaleNumber', () => {
  it('reads thousands dots in a decimal-comma file, and says so', () => {
    expect(readLocaleNumber('1.600', true)).toEqual({
      text: '1600',
      readAs: '1600 (the "." read as a thousands separator)',
    });
    expect(readLocaleNumber('1.500,5 km', true).text).toBe('1500.5 km');
  });

  it('reads a comma that cannot be a thousands separator as the decimal mark, anywhere', () => {
    expect(readLocaleNumber('1,6', false)).toMatchObject({ text: '1.6' });
    expect(readLocaleNumber('0,25 mi', true)).toMatchObject({ text: '0.25 mi' });
  });

  it('keeps a dot as the decimal mark in a comma file, with a hint', () => {
    expect(readLocaleNumber('1.600', false).readAs).toContain(
      'write 1600 if a thousands separator was meant',
    );
  });

  it('leaves plain numbers alone', () => {
    expect(readLocaleNumber('1600 km', true)).toEqual({ text: '1600 km' });
    expect(readLocaleNumber('1.5', true)).toEqual({ text: '1.5' });
    expect(readLocaleNumber('1,600', false)).toEqual({ text: '1,600' });
  });
});

describe('CSV files saved in other languages', () => {
  it('loads a ";" file with decimal commas and says how each ambiguous range was read', () => {
    const { systems, problems } = parseSystems(fixture('semicolon-german.csv'), {
      fileName: 'semicolon-german.csv',
    });
    expect(systems.map((s) => [s.name, s.rangeKm, s.rangeMinKm])).toEqual([
      ['Storm Shadow', 250, undefined],
      ['Taurus KEPD 350', 1600, undefined],
      ['Iskander-M', 0.5, undefined],
      ['Kalibr', 1500.5, 1000],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'semicolon-german.csv, line 3, field "range_km": "1.600" read as 1600 (the "." read as a thousands separator)',
      'semicolon-german.csv, line 4, field "range_km": "0,5" read as 0.5 (the "," read as the decimal mark)',
      'semicolon-german.csv, line 5, field "range_km": "1.500,5" read as 1500.5 (the "." read as a thousands separator, the "," as the decimal mark)',
      'semicolon-german.csv, line 5, field "range_min_km": "1.000" read as 1000 (the "." read as a thousands separator)',
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('loads a tab file whose numbers show a decimal comma', () => {
    const { systems, problems } = parseSystems(fixture('tab-decimal-comma.tsv'), { format: 'csv' });
    expect(systems.map((s) => s.rangeKm)).toEqual([250, 300.5, 1600]);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'range_km'],
      [4, 'range_km'],
    ]);
  });

  it('reads "1.600" as 1.6 in a tab file from English settings, with a warning', () => {
    const { systems, problems } = parseSystems(fixture('tab-decimal-point.tsv'), { format: 'csv' });
    expect(systems.map((s) => s.rangeKm)).toEqual([250, 1.6]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('line 3, field "range_km": "1.600" read as 1.600');
  });

  it('warns about "1.600" and "1,6" in a comma file too', () => {
    const { systems, problems } = parseSystems(fixture('comma-ambiguous.csv'), { fileName: 'x.csv' });
    expect(systems.map((s) => s.rangeKm)).toEqual([250, 1.6, 1.6]);
    expect(problems.map((p) => p.line)).toEqual([3, 4]);
  });
});

describe('what a systems file says beyond the range', () => {
  it('warns about two systems of the same name and loads both', () => {
    const { systems, problems } = parseSystems(
      'id,name,range_km,variant,source\nm57,ATACMS,300,M57,DoD\nm39,atacms,165,M39,DoD\n',
      {
        fileName: 'two.csv',
      },
    );
    expect(systems).toHaveLength(2);
    expect(problems.map((p) => [p.severity, p.line, p.field])).toEqual([['warning', 3, 'name']]);
    expect(problems[0]?.message).toContain('duplicate name "atacms": line 2 has a system of the same name');
  });

  it('keeps the range as published in miles, and drops one that is another range', () => {
    const { systems, problems } = parseSystems(
      'name,range_km,range_mi,range_nmi,source\nTomahawk,1600,995,864,AP\nERAM,460,400,,AP\n',
      { fileName: 'published.csv' },
    );
    expect(systems[0]).toMatchObject({ rangeKm: 1600, rangeMi: 995, rangeNmi: 864 });
    expect(systems[1]?.rangeMi).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual([
      'published.csv, line 3, field "range_mi" (record "eram"): range_mi (400 mi) is not the range of range_km (460 km, 285.8 mi); dropped',
    ]);
  });
});
