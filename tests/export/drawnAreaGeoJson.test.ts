// Drawn and file launch areas in the GeoJSON export: each area as a launch-area feature with its own geometry
// (a line, a polygon, a file's lines), each shown system's reach from it as a reach-area feature naming the
// area by kind, id and label; every vertex of a reach lies at the range from the source, checked with the core.
import { getIssues } from '@placemarkio/check-geojson';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { scenarioGeoJson } from '../../src/export';
import { nearestOnSource, reachSource } from '../../src/geo';
import { addDrawnArea, addFileArea, defaultScenario, renameArea, restore } from '../../src/scenario';
import { CONTEXT, shownSystems } from './exportCases';

const FRONT: [number, number][] = [
  [37.62, 49.71],
  [38.0, 48.59],
  [37.25, 47.78],
];

describe('GeoJSON export of drawn and file areas', () => {
  const base = { ...defaultScenario([{ id: 'atacms' }]), sites: [] };
  const s = addFileArea(renameArea(addDrawnArea(base, 'line', FRONT), 'a1', 'Front line'), {
    label: 'Box',
    fileName: 'box.geojson',
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [35, 47],
            [36, 47],
            [36, 48],
            [35, 47],
          ],
        ],
      ],
    },
  });
  const fc = scenarioGeoJson(s, shownSystems(s));

  it('is valid GeoJSON with a reach per area and the areas themselves', () => {
    expect(getIssues(JSON.stringify(fc))).toEqual([]);
    const described = fc.features.map((f) => [f.properties?.kind, f.properties?.area_id, f.geometry.type]);
    expect(described).toEqual([
      ['reach-area', 'a1', 'Polygon'],
      ['reach-area', 'a2', 'Polygon'],
      ['launch-area', 'a1', 'LineString'],
      // a single polygon is written as a Polygon, as the rings' exports write a one-part area
      ['launch-area', 'a2', 'Polygon'],
    ]);
    expect(fc.features[0]?.properties).toMatchObject({
      system_id: 'atacms',
      range_m: 300_000,
      area_kind: 'line',
      area_label: 'Front line',
    });
    expect(fc.features[2]?.properties).toEqual({
      kind: 'launch-area',
      area_kind: 'line',
      area_id: 'a1',
      area_label: 'Front line',
    });
  });

  it('puts every vertex of the line’s reach at 300 km from the line, to a metre', () => {
    const reach = fc.features[0] as Feature<Polygon>;
    const source = reachSource({ type: 'LineString', coordinates: FRONT });
    for (const [lon = 0, lat = 0] of reach.geometry.coordinates[0] ?? []) {
      expect(Math.abs(nearestOnSource([lon, lat], source).distanceM - 300_000)).toBeLessThan(1);
    }
  });

  it('keeps a file area through the saved scenario (restore), and names a broken one', () => {
    const again = restore(JSON.parse(JSON.stringify(s)), CONTEXT);
    expect(again.problems).toEqual([]);
    expect(again.scenario.areas).toEqual(s.areas);
    const broken = restore(
      {
        areas: [
          {
            kind: 'file',
            id: 'a1',
            label: 'F',
            fileName: 'f.geojson',
            geometry: { type: 'Point', coordinates: [1, 2] },
          },
          { kind: 'line', id: 'a1', lonLats: [[1, 2], 'x', [3, 95]] },
        ],
      },
      CONTEXT,
    );
    expect(broken.scenario.areas).toEqual([{ kind: 'line', id: 'a1', lonLats: [[1, 2]] }]);
    expect(broken.problems.map((p) => p.message)).toEqual([
      'part "Point" of file area "F" ignored — a file area holds a MultiLineString, a MultiPolygon or a GeometryCollection of them',
      'file area "F" ignored — it has no line of two vertices or polygon of three',
      'drawn line "a1", vertex 2 ignored — "x" is not a [lon, lat] position',
      'drawn line "a1", vertex 3 ignored — latitude 95 is not between -90 and 90',
    ]);
  });
});
