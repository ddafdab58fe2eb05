// Reading files of lines and areas: the same features and vertices as GDAL reads from the fixture files, and
// every problem named by file, feature and coordinate while the good features still load.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAreaFeatures } from '../../src/data';
import { gdalCounts } from '../support/gdalCounts';

const DIR = new URL('../fixtures/areas/', import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(new URL(name, DIR), 'utf8'));
const OPTIONS = { fileName: 'front.geojson', maxVertices: 20_000 };

describe('readAreaFeatures', () => {
  it('reads a front line as GDAL does: 3 features, every vertex', () => {
    const result = readAreaFeatures(read('front-line-donbas.geojson'), OPTIONS);
    const gdal = gdalCounts(new URL('front-line-donbas.geojson', DIR));
    expect(result.featureCount).toBe(gdal.features);
    expect(result.vertexCount).toBe(gdal.vertices);
    expect(result.vertexCount).toBe(14);
    expect(result.lines).toHaveLength(4); // a LineString, a LineString and a MultiLineString of two
    expect(result.polygons).toEqual([]);
    expect(result.name).toBe('Front line, eastern Ukraine (illustrative)');
    expect(result.problems).toEqual([]);
  });

  it('names each bad feature and coordinate and keeps the rest', () => {
    const result = readAreaFeatures(read('broken-front.geojson'), {
      ...OPTIONS,
      fileName: 'broken-front.geojson',
    });
    expect(result.featureCount).toBe(gdalCounts(new URL('broken-front.geojson', DIR)).features);
    expect(result.problems).toEqual([
      'broken-front.geojson, feature 2 ("Mistyped segment"), coordinate 3: latitude 95.45 is not between -90 and 90; left out',
      'broken-front.geojson, feature 3 ("Headquarters"): Point is not supported: a launch area is made of lines and polygons (a single place is a launch point); left out',
      'broken-front.geojson, feature 4 ("Lone vertex"): a line needs 2 positions or more, it has 1; left out',
    ]);
    expect(result.lines).toEqual([
      [
        [37.62, 49.71],
        [38.0, 48.59],
        [37.25, 47.78],
      ],
      [
        [37.25, 47.78],
        [36.6, 47.6],
        [35.1, 47.5],
      ],
    ]);
  });

  it('closes an open polygon ring, drops a too small one, and reads a bare geometry', () => {
    const polygon = readAreaFeatures(
      {
        type: 'Polygon',
        coordinates: [
          [
            [30, 50],
            [31, 50],
            [31, 51],
          ],
          [
            [30.2, 50.2],
            [30.3, 50.2],
          ],
        ],
      },
      OPTIONS,
    );
    expect(polygon.polygons).toEqual([
      [
        [
          [30, 50],
          [31, 50],
          [31, 51],
          [30, 50],
        ],
      ],
    ]);
    expect(polygon.problems).toEqual([
      'front.geojson, ring 2: a polygon ring needs 3 distinct positions or more, it has 2; hole left out',
    ]);
  });

  it('stops at the vertex cap and says so; never throws on anything', () => {
    const long = {
      type: 'LineString',
      coordinates: Array.from({ length: 50 }, (_, i) => [30 + i / 10, 50]),
    };
    const capped = readAreaFeatures(
      { type: 'GeometryCollection', geometries: [long, long] },
      { ...OPTIONS, maxVertices: 60 },
    );
    expect(capped.vertexCount).toBe(50);
    expect(capped.problems).toEqual([
      'front.geojson: more than 60 vertices; the rest of the file is left out',
    ]);
    for (const odd of [
      null,
      5,
      'text',
      [],
      { type: 'Feature' },
      { type: 'FeatureCollection' },
      { type: 'Nope' },
    ]) {
      const result = readAreaFeatures(odd, OPTIONS);
      expect(result.lines).toEqual([]);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });
});
