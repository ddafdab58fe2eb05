import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_IDS, DEFAULT_SYSTEMS } from '../../src/app/loadDefaultSystems';
import { parseSystems } from '../../src/data';

const text = readFileSync(new URL('../../data/systems.json', import.meta.url), 'utf8');

describe('DEFAULT_SYSTEMS', () => {
  it('is what parseSystems makes of data/systems.json, prepared at build time', () => {
    const parsed = parseSystems(text, { fileName: 'data/systems.json' });
    expect(DEFAULT_SYSTEMS).toStrictEqual(parsed);
    expect(DATA_IDS).toEqual(parsed.systems.map((s) => s.id));
  });

  it('holds every system of the file, none of them refused', () => {
    const records = (JSON.parse(text) as { systems: unknown[] }).systems;
    expect(DEFAULT_SYSTEMS.systems).toHaveLength(records.length);
    expect(DEFAULT_SYSTEMS.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
