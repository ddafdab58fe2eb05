// The reach of a file's lines and polygons together: measured from every part at once (the core's reachArea
// on the whole collection), never from a merge of separate reaches in longitude and latitude.
import { booleanPointInPolygon } from '@turf/turf';
import geodesic from 'geographiclib-geodesic';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type AreaReachJob, computeAreaReach, type FileArea } from '../../src/scenario';
import { LINE_AND_PENINSULA_FILE } from '../support/lineAndPeninsula';

const geod = geodesic.Geodesic.WGS84;

const FILE_AREA: FileArea = {
  kind: 'file',
  id: 'a1',
  label: 'Front and peninsula',
  fileName: 'front.geojson',
  geometry: LINE_AND_PENINSULA_FILE,
};

const job = (rangeM: number): AreaReachJob => ({
  key: `a1:tomahawk:range:${rangeM}`,
  slot: 'a1:tomahawk:range:',
  area: FILE_AREA,
  areaLabel: FILE_AREA.label,
  systemId: 'tomahawk',
  part: 'range',
  rangeM,
  scale: '110m',
});

describe('computeAreaReach', () => {
  it("reaches from a file's lines and polygons as one area, with no boundary vertex nearer than the range to the source", () => {
    const result = computeAreaReach(job(150_000));
    if (!('geometry' in result)) throw new Error(result.error);
    expect(result.geometry.type).toBe('Polygon');
    const feature = { type: 'Feature' as const, properties: {}, geometry: result.geometry };
    // between the line's south end and the peninsula, within 150 km of both: reached
    expect(booleanPointInPolygon([35.2, 46.4], feature)).toBe(true);
    // (the core's own tests check each vertex against a brute-force distance to the whole source)
    const outer = (result.geometry.coordinates[0] ?? []) as Position[];
    const vertices: Position[] = [
      ...(FILE_AREA.geometry.type === 'GeometryCollection'
        ? FILE_AREA.geometry.geometries.flatMap((g) => g.coordinates.flat(g.type === 'MultiPolygon' ? 2 : 1))
        : []),
    ] as Position[];
    for (const q of outer) {
      const nearest = Math.min(
        ...vertices.map(
          (v) => geod.Inverse(q[1] as number, q[0] as number, v[1] as number, v[0] as number).s12 as number,
        ),
      );
      expect(nearest).toBeGreaterThan(150_000 - 1);
    }
  });

  it('says why there is no reach from a file that has no positions', () => {
    const empty: FileArea = { ...FILE_AREA, geometry: { type: 'GeometryCollection', geometries: [] } };
    const result = computeAreaReach({ ...job(150_000), area: empty });
    expect('error' in result && result.error).toMatch(/Front and peninsula/);
  });
});
