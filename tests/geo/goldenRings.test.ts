// Golden ring fixtures: tests/fixtures/rings/in/<case>.geojson holds the parameters (a Point with range and
// vertex count), out/<case>.geojson the ring truncated to 1e-7° (about 1 cm), viewable on any GeoJSON map.
// REGEN=1 npm test rewrites them; review the git diff.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LonLat, rangeRing } from '../../src/geo';
import { RING_CASES } from '../support/ringCases';

const DIR = join(import.meta.dirname, '../fixtures/rings');
const VERTICES = 64;
const regen = process.env.REGEN === '1';

const truncate = (value: unknown): unknown =>
  typeof value === 'number'
    ? Math.round(value * 1e7) / 1e7 || 0 // no -0: JSON cannot keep it
    : Array.isArray(value)
      ? value.map(truncate)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, truncate(v)]))
        : value;

const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;

describe('golden ring fixtures', () => {
  for (const c of RING_CASES) {
    it(c.name, () => {
      const inPath = join(DIR, 'in', `${c.name}.geojson`);
      const outPath = join(DIR, 'out', `${c.name}.geojson`);
      if (regen) {
        mkdirSync(join(DIR, 'in'), { recursive: true });
        const input = {
          type: 'Feature',
          properties: { rangeKm: c.rangeKm, vertices: VERTICES, expectedShape: c.shape },
          geometry: { type: 'Point', coordinates: c.center },
        };
        writeFileSync(inPath, json(input));
      }
      if (!existsSync(inPath) || !existsSync(outPath)) {
        throw new Error(`fixture ${c.name} is missing: run REGEN=1 npm test and review the new files`);
      }
      const input = JSON.parse(readFileSync(inPath, 'utf8'));
      const center = input.geometry.coordinates as LonLat;
      const ring = rangeRing(center, input.properties.rangeKm * 1000, {
        vertices: input.properties.vertices,
      });
      const actual = truncate(ring);
      if (regen) {
        mkdirSync(join(DIR, 'out'), { recursive: true });
        writeFileSync(outPath, json(actual));
      }
      expect(actual).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
      expect(ring.properties.shape).toBe(input.properties.expectedShape);
    });
  }
});
