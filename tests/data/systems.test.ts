// The shipped data set: data/systems.json against its schema and the parser, and the AP figures it must hold.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parseSystems } from '../../src/data';

const read = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
const text = read('systems.json');
const schema = JSON.parse(read('systems.schema.json'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const AP_TITLE = 'Trump weighs Tomahawks for Ukraine';

describe('data/systems.json', () => {
  const { systems, problems } = parseSystems(text, { fileName: 'systems.json' });

  it('parses with no problem at all', () => {
    expect(problems).toEqual([]);
  });

  it('holds the three systems of the AP report of 16 October 2025, with its figures', () => {
    expect(systems.map(({ id, name, rangeKm }) => ({ id, name, rangeKm }))).toEqual([
      { id: 'tomahawk', name: 'Tomahawk', rangeKm: 1600 },
      { id: 'eram', name: 'ERAM', rangeKm: 460 },
      { id: 'atacms', name: 'ATACMS', rangeKm: 300 },
    ]);
    for (const system of systems) {
      expect(system.asOf).toBe('2025-10-16');
      expect(system.sources[0]).toMatchObject({
        publisher: 'Associated Press',
        title: AP_TITLE,
        date: '2025-10-16',
      });
    }
    expect(systems.map((system) => system.sources[0]?.figure)).toEqual([
      'about 995 miles (1,600 kilometers)',
      'about 285 miles, or 460 km',
      'about 186 miles, or 300 kilometers',
    ]);
  });

  it('has the published bands: ERAM 240–460 km, ATACMS 165–300 km, Tomahawk up to 2,500 km', () => {
    expect(systems.map(({ rangeMinKm, rangeMaxKm }) => [rangeMinKm, rangeMaxKm])).toEqual([
      [undefined, 2500],
      [240, 460],
      [165, 300],
    ]);
  });

  it('gives every record at least one source naming its publisher', () => {
    for (const system of systems) {
      expect(system.sources.length).toBeGreaterThanOrEqual(1);
      for (const source of system.sources) expect(source.publisher).toBeTruthy();
    }
  });

  it('traces every number of a record to a figure in its sources', () => {
    for (const system of systems) {
      const figures = system.sources.map((source) => source.figure ?? '').join(' ');
      for (const km of [system.rangeKm, system.rangeMinKm, system.rangeMaxKm]) {
        if (km === undefined) continue;
        expect(figures.replace(/,/g, ''), `${system.id}: ${km} km`).toContain(String(km));
      }
    }
  });

  it('claims no url it is not sure of', () => {
    expect(text).not.toContain('"url"');
  });
});

describe('data/systems.schema.json', () => {
  const data = JSON.parse(text);

  it('accepts the shipped file', () => {
    expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('describes every field it defines', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      for (const [key, child] of Object.entries((record.properties as object | undefined) ?? {})) {
        if (typeof (child as { description?: unknown }).description !== 'string')
          missing.push(`${path}.${key}`);
        visit(child, `${path}.${key}`);
      }
      for (const [key, child] of Object.entries((record.$defs as object | undefined) ?? {}))
        visit(child, key);
    };
    visit(schema, '#');
    expect(missing).toEqual([]);
  });

  it.each([
    ['a negative range', (system: Record<string, unknown>) => Object.assign(system, { range_km: -5 })],
    [
      'a range beyond 20,004 km',
      (system: Record<string, unknown>) => Object.assign(system, { range_km: 20005 }),
    ],
    [
      'a range given as text',
      (system: Record<string, unknown>) => Object.assign(system, { range_km: '460' }),
    ],
    ['no sources', (system: Record<string, unknown>) => Object.assign(system, { sources: [] })],
    ['no id', (system: Record<string, unknown>) => Object.assign(system, { id: undefined })],
    [
      'an id that is not a slug',
      (system: Record<string, unknown>) => Object.assign(system, { id: 'Storm Shadow' }),
    ],
    [
      'a date that is not ISO',
      (system: Record<string, unknown>) => Object.assign(system, { as_of: '16/10/2025' }),
    ],
  ])('rejects %s', (_, change) => {
    const copy = JSON.parse(text);
    change(copy.systems[1]);
    expect(validate(JSON.parse(JSON.stringify(copy)))).toBe(false);
  });

  it('allows fields it does not define', () => {
    const copy = JSON.parse(text);
    copy.systems[0].colour = '#c00';
    expect(validate(copy)).toBe(true);
  });
});
