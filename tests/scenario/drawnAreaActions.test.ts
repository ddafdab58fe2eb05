// The verbs over drawn and file areas, their names, undoable removal, and the reach jobs they give.
import { describe, expect, it } from 'vitest';
import {
  addCountryArea,
  addDrawnArea,
  addFileArea,
  areaKey,
  areaName,
  areaReachJobs,
  computeAreaReach,
  defaultScenario,
  MAX_AREA_VERTICES,
  MAX_AREAS,
  moveAreaVertex,
  nextAreaId,
  removeAreaUndoably,
  renameArea,
  setAreaVertices,
  undoRemoval,
} from '../../src/scenario';

const base = defaultScenario([{ id: 'atacms' }]);
const LINE: [number, number][] = [
  [37.62, 49.71],
  [38.0, 48.59],
];

describe('drawn and file areas', () => {
  it('numbers drawn areas a1, a2, … after the highest, and names them by kind and number or label', () => {
    const s = addDrawnArea(addDrawnArea(addCountryArea(base, 'UA'), 'line', LINE), 'polygon', LINE);
    expect(s.areas?.map(areaKey)).toEqual(['UA', 'a1', 'a2']);
    expect(s.areas?.map(areaName)).toEqual(['Ukraine', 'Drawn line 1', 'Drawn area 2']);
    expect(nextAreaId(s)).toBe('a3');
    const named = renameArea(s, 'a2', '  Patrol box ');
    expect(named.areas?.map(areaName)).toEqual(['Ukraine', 'Drawn line 1', 'Patrol box']);
    // an empty name gives back the made-up one
    expect(renameArea(named, 'a2', ' ').areas?.[2]).toEqual({ kind: 'polygon', id: 'a2', lonLats: LINE });
    const file = addFileArea(s, {
      label: 'Front',
      fileName: 'front.kml',
      geometry: { type: 'MultiLineString', coordinates: [LINE] },
    });
    expect(file.areas?.map(areaKey).at(-1)).toBe('a3');
  });

  it('moves, replaces and caps vertices without touching the input', () => {
    const s = addDrawnArea(base, 'line', LINE);
    const moved = moveAreaVertex(s, 'a1', 1, [39, 48]);
    expect(moved.areas?.[0]).toEqual({ kind: 'line', id: 'a1', lonLats: [LINE[0], [39, 48]] });
    expect(s.areas?.[0]).toEqual({ kind: 'line', id: 'a1', lonLats: LINE });
    expect(moveAreaVertex(s, 'a1', 5, [0, 0])).toBe(s);
    expect(moveAreaVertex(s, 'a9', 0, [0, 0])).toBe(s);
    const many = Array.from({ length: MAX_AREA_VERTICES + 5 }, (_, i): [number, number] => [i / 1000, 0]);
    const capped = setAreaVertices(s, 'a1', many).areas?.[0];
    expect(capped && 'lonLats' in capped ? capped.lonLats.length : 0).toBe(MAX_AREA_VERTICES);
  });

  it('refuses a drawn area on a full map', () => {
    const full = Array.from({ length: MAX_AREAS }).reduce<typeof base>(
      (acc) => addDrawnArea(acc, 'line', LINE),
      base,
    );
    expect(full.areas).toHaveLength(MAX_AREAS);
    expect(addDrawnArea(full, 'line', LINE)).toBe(full);
  });

  it('removes a drawn area undoably, back at its place', () => {
    const s = addDrawnArea(addCountryArea(addDrawnArea(base, 'line', LINE), 'UA'), 'polygon', LINE);
    const { scenario, removal } = removeAreaUndoably(s, 'a1');
    expect(scenario.areas?.map(areaKey)).toEqual(['UA', 'a2']);
    expect(undoRemoval(scenario, removal as NonNullable<typeof removal>)).toEqual(s);
  });

  it('gives a drawn area jobs whose keys follow its vertices, and none before its first vertex', () => {
    const systems = [{ systemId: 'atacms', rangeKm: 300 }];
    const empty = addDrawnArea(base, 'line', []);
    expect(areaReachJobs(empty.areas ?? [], systems)).toEqual([]);
    const s = addDrawnArea(base, 'line', LINE);
    const [job] = areaReachJobs(s.areas ?? [], systems);
    const [movedJob] = areaReachJobs(moveAreaVertex(s, 'a1', 0, [37, 49]).areas ?? [], systems);
    expect(job?.slot).toBe('a1:atacms:range:');
    expect(job?.key.startsWith(job.slot)).toBe(true);
    expect(movedJob?.slot).toBe(job?.slot);
    expect(movedJob?.key).not.toBe(job?.key);
    const result = job ? computeAreaReach(job) : undefined;
    expect(result && 'geometry' in result ? result.geometry.type : result).toBe('Polygon');
  });

  it('measures a file of lines and polygons as one reach', () => {
    const s = addFileArea(base, {
      label: 'Mixed',
      fileName: 'mixed.geojson',
      geometry: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'MultiLineString', coordinates: [LINE] },
          {
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
        ],
      },
    });
    const [job] = areaReachJobs(s.areas ?? [], [{ systemId: 'atacms', rangeKm: 300 }]);
    const result = job ? computeAreaReach(job) : undefined;
    // 300 km around both: the two reaches overlap and merge into one polygon
    expect(result && 'geometry' in result ? result.geometry.type : result).toBe('Polygon');
  });
});
