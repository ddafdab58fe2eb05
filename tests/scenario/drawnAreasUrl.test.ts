// Drawn areas in links: encoded polylines at 5 decimals, a polygon closed on its first vertex, labels escaped;
// every drawn area comes back from the link, a file area is left out of it, and a bad entry is named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/geo';
import {
  addDrawnArea,
  addFileArea,
  decodeScenarioUrl,
  defaultScenario,
  encodeScenarioUrl,
  renameArea,
} from '../../src/scenario';

const CONTEXT = { systemIds: ['atacms'] };
const base = defaultScenario([{ id: 'atacms' }]);
const FRONT: LonLat[] = [
  [37.62, 49.71],
  [38.0, 48.59],
  [37.25, 47.78],
];

describe('areas= in links', () => {
  it('writes a line and a labelled polygon and reads them back', () => {
    const s = renameArea(
      addDrawnArea(addDrawnArea(base, 'line', FRONT), 'polygon', FRONT),
      'a2',
      'Patrol box; south',
    );
    const query = encodeScenarioUrl(s);
    const areas =
      query
        .split('&')
        .find((part) => part.startsWith('areas='))
        ?.slice('areas='.length) ?? '';
    const [line, polygon] = areas.split(';');
    expect(line).toBe('o~knH_trdF~vyE_fiAne}CnnqC');
    // the label is escaped (its ';' too); the polygon's polyline ends where it starts
    expect(polygon).toBe('Patrol%20box%3B%20south:o~knH_trdF~vyE_fiAne}CnnqCo}wJoggA');
    const decoded = decodeScenarioUrl(query, CONTEXT);
    expect(decoded.problems).toEqual([]);
    expect(decoded.scenario?.areas).toEqual([
      { kind: 'line', id: 'a1', lonLats: FRONT },
      { kind: 'polygon', id: 'a2', label: 'Patrol box; south', lonLats: FRONT },
    ]);
  });

  it('leaves a file area out of the link', () => {
    const s = addFileArea(addDrawnArea(base, 'line', FRONT), {
      label: 'Front',
      fileName: 'front.geojson',
      geometry: { type: 'MultiLineString', coordinates: [FRONT] },
    });
    expect(s.areas).toHaveLength(2);
    const decoded = decodeScenarioUrl(encodeScenarioUrl(s), CONTEXT);
    expect(decoded.scenario?.areas?.map((a) => a.kind)).toEqual(['line']);
  });

  it('names a bad entry and an out-of-range vertex, and keeps the rest', () => {
    const decoded = decodeScenarioUrl('?areas=o~knH_trdF~vyE_fiA;abc def;_ibE_ibE', CONTEXT);
    expect(decoded.scenario?.areas).toEqual([
      {
        kind: 'line',
        id: 'a1',
        lonLats: [
          [37.62, 49.71],
          [38.0, 48.59],
        ],
      },
      { kind: 'line', id: 'a2', lonLats: [[1, 1]] },
    ]);
    expect(decoded.problems).toEqual([
      { field: 'areas', message: 'area 2 ignored — " " at character 4 is not part of an encoded polyline' },
    ]);
    const far = decodeScenarioUrl('?areas=_w`fx@_ibE', CONTEXT);
    expect(far.problems.map((p) => p.message)).toEqual([
      'drawn line "a1", vertex 1 ignored — latitude 300 is not between -90 and 90',
      'drawn line "a1" ignored — it has no good vertex',
    ]);
  });

  it('never throws on any areas= text, and keeps only areas whose every vertex is a position', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const decoded = decodeScenarioUrl(`?areas=${raw}`, CONTEXT);
        for (const area of decoded.scenario?.areas ?? []) {
          expect(area.kind === 'line' || area.kind === 'polygon').toBe(true);
          for (const [lon, lat] of 'lonLats' in area ? area.lonLats : []) {
            expect(Math.abs(lat)).toBeLessThanOrEqual(90);
            expect(Math.abs(lon)).toBeLessThanOrEqual(180);
          }
        }
      }),
    );
  });

  it('round-trips any drawn areas at 5 decimals', () => {
    const lonLat = fc.tuple(
      fc.integer({ min: -18_000_000, max: 18_000_000 }).map((n) => n / 1e5),
      fc.integer({ min: -9_000_000, max: 9_000_000 }).map((n) => n / 1e5),
    );
    const area = fc.record({
      kind: fc.constantFrom('line' as const, 'polygon' as const),
      lonLats: fc.array(lonLat, { minLength: 1, maxLength: 8 }),
      label: fc.option(
        fc
          .string({ minLength: 1, maxLength: 20 })
          .filter(
            (t) =>
              t.trim() === t &&
              /\S/.test(t) &&
              !/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u.test(t) &&
              !/\s\s/.test(t),
          ),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(fc.array(area, { minLength: 1, maxLength: 5 }), (areas) => {
        // a line whose ends meet is written as a polygon is: the link reads it back as an area (documented)
        const open = areas.filter((a) => {
          const first = a.lonLats[0];
          const last = a.lonLats.at(-1);
          return (
            a.kind === 'polygon' ||
            a.lonLats.length < 2 ||
            !(first?.[0] === last?.[0] && first?.[1] === last?.[1])
          );
        });
        const s = open.reduce(
          (acc, a) =>
            a.label
              ? renameArea(addDrawnArea(acc, a.kind, a.lonLats), `a${(acc.areas ?? []).length + 1}`, a.label)
              : addDrawnArea(acc, a.kind, a.lonLats),
          base,
        );
        const decoded = decodeScenarioUrl(encodeScenarioUrl(s), CONTEXT);
        expect(decoded.problems).toEqual([]);
        expect(decoded.scenario?.areas).toEqual(s.areas);
      }),
    );
  });
});
