// Reads the lines and polygons of a GeoJSON value (a FeatureCollection, a Feature or a bare geometry) as a
// launch area: every position checked, each problem named by file, feature (index and name), part and
// coordinate as the systems loader names lines and fields; what is good still loads. KML comes here too,
// turned into GeoJSON first (that needs a DOM parser, so it happens in the app).
import type { LonLat } from '../geo';
import { describeValue, quote } from './describeValue';

export interface AreaFeatures {
  /** Open lines of two or more positions. */
  lines: LonLat[][];
  /** Polygons: closed rings (first position repeated last), exterior first. */
  polygons: LonLat[][][];
  /** The name for the area: the collection's or the only feature's `name`, else undefined. */
  name?: string;
  /** Features read, good or not; vertices kept. */
  featureCount: number;
  vertexCount: number;
  /** Each says where and what, e.g. `front.geojson, feature 3 ("Sector B"), coordinate 5: latitude 95 is not between -90 and 90`. */
  problems: string[];
  /** Problems beyond the ones named. */
  moreProblems: number;
}

export interface ReadAreaOptions {
  fileName: string;
  /** Vertices kept in all; the rest of the file is left out and said. */
  maxVertices: number;
}

const NAMED_PROBLEMS = 20;

/**
 * @example
 * readAreaFeatures({ type: 'Feature', properties: { name: 'Front' }, geometry: { type: 'LineString',
 *   coordinates: [[36, 48], [38, 95]] } }, { fileName: 'front.geojson', maxVertices: 1000 }).problems;
 * // ['front.geojson, feature 1 ("Front"), coordinate 2: latitude 95 is not between -90 and 90; left out',
 * //  'front.geojson, feature 1 ("Front"): a line needs 2 positions or more, it has 1; left out']
 */
export function readAreaFeatures(value: unknown, options: ReadAreaOptions): AreaFeatures {
  const out: AreaFeatures = {
    lines: [],
    polygons: [],
    featureCount: 0,
    vertexCount: 0,
    problems: [],
    moreProblems: 0,
  };
  const say = (where: string, text: string) => {
    if (out.problems.length < NAMED_PROBLEMS) out.problems.push(`${options.fileName}${where}: ${text}`);
    else out.moreProblems++;
  };
  let full = false;
  const budget = (count: number) => {
    if (out.vertexCount + count <= options.maxVertices) {
      out.vertexCount += count;
      return true;
    }
    if (!full)
      say(
        '',
        `more than ${options.maxVertices.toLocaleString('en')} vertices; the rest of the file is left out`,
      );
    full = true;
    return false;
  };

  const readPositions = (coordinates: unknown, where: string): LonLat[] => {
    if (!Array.isArray(coordinates)) {
      say(where, `coordinates ${describeValue(coordinates)} are not a list of positions; left out`);
      return [];
    }
    const kept: LonLat[] = [];
    coordinates.forEach((position, index) => {
      const reason = positionProblem(position);
      if (reason) say(`${where}, coordinate ${index + 1}`, `${reason}; left out`);
      else kept.push([(position as number[])[0] as number, (position as number[])[1] as number]);
    });
    return kept;
  };
  const readLine = (coordinates: unknown, where: string) => {
    const line = dropRepeats(readPositions(coordinates, where));
    if (line.length < 2) {
      say(where, `a line needs 2 positions or more, it has ${line.length}; left out`);
      return;
    }
    if (budget(line.length)) out.lines.push(line);
  };
  const readPolygon = (coordinates: unknown, where: string) => {
    if (!Array.isArray(coordinates)) {
      say(where, 'a polygon is a list of rings; left out');
      return;
    }
    const rings: LonLat[][] = [];
    for (const [index, ring] of coordinates.entries()) {
      const at = coordinates.length > 1 ? `${where}, ring ${index + 1}` : where;
      const points = dropRepeats(readPositions(ring, at));
      const first = points[0];
      const last = points.at(-1);
      // an unclosed ring is closed here, as most readers do
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) points.push([first[0], first[1]]);
      if (points.length < 4) {
        say(
          at,
          `a polygon ring needs 3 distinct positions or more, it has ${Math.max(0, points.length - 1)}; ${index === 0 ? 'polygon' : 'hole'} left out`,
        );
        if (index === 0) return;
        continue;
      }
      rings.push(points);
    }
    const size = rings.reduce((sum, ring) => sum + ring.length, 0);
    if (rings.length > 0 && budget(size)) out.polygons.push(rings);
  };
  const readGeometry = (geometry: unknown, where: string): void => {
    if (geometry === null || geometry === undefined) {
      say(where, 'has no geometry; left out');
      return;
    }
    if (typeof geometry !== 'object') {
      say(where, `geometry ${describeValue(geometry)} is not a GeoJSON geometry; left out`);
      return;
    }
    const g = geometry as Record<string, unknown>;
    const part = (index: number, count: number) => (count > 1 ? `${where}, part ${index + 1}` : where);
    switch (g.type) {
      case 'LineString':
        readLine(g.coordinates, where);
        return;
      case 'MultiLineString':
        if (!Array.isArray(g.coordinates)) {
          say(where, 'a MultiLineString is a list of lines; left out');
          return;
        }
        for (const [i, line] of g.coordinates.entries()) readLine(line, part(i, g.coordinates.length));
        return;
      case 'Polygon':
        readPolygon(g.coordinates, where);
        return;
      case 'MultiPolygon':
        if (!Array.isArray(g.coordinates)) {
          say(where, 'a MultiPolygon is a list of polygons; left out');
          return;
        }
        for (const [i, polygon] of g.coordinates.entries())
          readPolygon(polygon, part(i, g.coordinates.length));
        return;
      case 'GeometryCollection':
        if (!Array.isArray(g.geometries)) {
          say(where, 'a GeometryCollection is a list of geometries; left out');
          return;
        }
        for (const [i, inner] of g.geometries.entries()) readGeometry(inner, part(i, g.geometries.length));
        return;
      case 'Point':
      case 'MultiPoint': {
        say(
          where,
          `${g.type} is not supported: a launch area is made of lines and polygons (a single place is a launch point); left out`,
        );
        return;
      }
      default: {
        say(where, `unsupported geometry type ${describeValue(g.type)}; left out`);
        return;
      }
    }
  };
  const readFeature = (feature: unknown, index: number) => {
    out.featureCount++;
    const record = isObject(feature) ? feature : {};
    const properties = isObject(record.properties) ? record.properties : {};
    const name =
      typeof properties.name === 'string' && properties.name.trim() !== ''
        ? properties.name.trim()
        : undefined;
    const where = `, feature ${index + 1}${name ? ` (${quote(name)})` : ''}`;
    if (!isObject(feature) || feature.type !== 'Feature') {
      say(where, `${describeValue(feature)} is not a GeoJSON Feature; left out`);
      return;
    }
    readGeometry(feature.geometry, where);
    return name;
  };

  if (!isObject(value)) {
    say('', `${describeValue(value)} is not GeoJSON (a FeatureCollection, a Feature or a geometry)`);
    return out;
  }
  if (value.type === 'FeatureCollection') {
    if (!Array.isArray(value.features)) {
      say('', 'a FeatureCollection without a "features" list');
      return out;
    }
    const names = value.features.map(readFeature);
    const own = typeof value.name === 'string' && value.name.trim() !== '' ? value.name.trim() : undefined;
    const only = names.length === 1 ? names[0] : undefined;
    const name = own ?? only;
    if (name !== undefined) out.name = name;
  } else if (value.type === 'Feature') {
    const name = readFeature(value, 0);
    if (name !== undefined) out.name = name;
  } else {
    out.featureCount = 1;
    readGeometry(value, '');
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function positionProblem(position: unknown): string | undefined {
  if (!Array.isArray(position) || position.length < 2)
    return `${describeValue(position)} is not a [longitude, latitude] position`;
  const [lon, lat] = position;
  if (typeof lon !== 'number' || !Number.isFinite(lon))
    return `longitude ${describeValue(lon)} is not a number`;
  if (typeof lat !== 'number' || !Number.isFinite(lat))
    return `latitude ${describeValue(lat)} is not a number`;
  if (lat < -90 || lat > 90) return `latitude ${lat} is not between -90 and 90`;
  if (lon < -180 || lon > 180) return `longitude ${lon} is not between -180 and 180`;
  return undefined;
}

// A position repeated at once adds nothing to a reach and makes a zero-length edge: one is kept.
function dropRepeats(points: LonLat[]): LonLat[] {
  return points.filter((p, i) => {
    const before = points[i - 1];
    return !before || before[0] !== p[0] || before[1] !== p[1];
  });
}
