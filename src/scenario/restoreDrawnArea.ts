// Restores one drawn line or polygon, or one file's lines and polygons, from anything: each position checked
// as launch points are, a vertex that is not one dropped and named, a label cleaned and cut.
import { describeValue } from '../data';
import type { LonLat } from '../geo';
import { checkLonLat, MAX_GIVEN_LON } from './checkLonLat';
import { MAX_AREA_LABEL_LENGTH, MAX_AREA_VERTICES, MAX_FILE_AREA_VERTICES } from './limits';
import { plainText } from './plainText';
import { own } from './readInput';
import type { DrawnArea, FileArea, FileAreaGeometry } from './types';

type Say = (message: string) => void;

/**
 * A drawn area from a record already known to be of kind `line` or `polygon`, with the id given; undefined
 * (and said why) when no vertex is good.
 *
 * @example
 * restoreDrawnArea({ kind: 'line', lonLats: [[36, 48], [38, 49]] }, 'a1', say);
 * // { kind: 'line', id: 'a1', lonLats: [[36, 48], [38, 49]] }
 */
export function restoreDrawnArea(
  item: Record<string, unknown>,
  kind: DrawnArea['kind'],
  id: string,
  say: Say,
): DrawnArea | undefined {
  const label = restoreLabel(own(item, 'label'), id, say);
  const name = label ?? id;
  const given = own(item, 'lonLats');
  if (!Array.isArray(given)) {
    say(`drawn ${kind} ${describeValue(name)} ignored — its vertices are not a list of [lon, lat]`);
    return undefined;
  }
  const lonLats: LonLat[] = [];
  given.forEach((position, index) => {
    const checked = readPosition(position);
    if ('reason' in checked)
      say(`drawn ${kind} ${describeValue(name)}, vertex ${index + 1} ignored — ${checked.reason}`);
    else lonLats.push(checked.lonLat);
  });
  if (lonLats.length > MAX_AREA_VERTICES) {
    say(`drawn ${kind} ${describeValue(name)} cut to its first ${MAX_AREA_VERTICES} vertices`);
    lonLats.length = MAX_AREA_VERTICES;
  }
  if (lonLats.length === 0) {
    say(`drawn ${kind} ${describeValue(name)} ignored — it has no good vertex`);
    return undefined;
  }
  return { kind, id, ...(label !== undefined ? { label } : {}), lonLats };
}

/**
 * A file area from a record of kind `file`: its lines of two or more vertices and its closed polygon rings
 * of four or more, every position checked; undefined (and said why) when nothing is left.
 *
 * @example
 * restoreFileArea({ kind: 'file', label: 'Front', fileName: 'front.geojson',
 *   geometry: { type: 'MultiLineString', coordinates: [[[36, 48], [38, 49]]] } }, 'a2', say);
 */
export function restoreFileArea(item: Record<string, unknown>, id: string, say: Say): FileArea | undefined {
  const fileNameValue = own(item, 'fileName');
  const fileName =
    typeof fileNameValue === 'string' ? plainText(fileNameValue, MAX_AREA_LABEL_LENGTH).text : '';
  const label = restoreLabel(own(item, 'label'), id, say) ?? (fileName || 'File area');
  const budget = { left: MAX_FILE_AREA_VERTICES, cut: false };
  const geometry = readFileGeometry(own(item, 'geometry'), label, say, budget);
  if (budget.cut)
    say(`file area ${describeValue(label)} cut to ${MAX_FILE_AREA_VERTICES.toLocaleString('en')} vertices`);
  if (!geometry) {
    say(`file area ${describeValue(label)} ignored — it has no line of two vertices or polygon of three`);
    return undefined;
  }
  return { kind: 'file', id, label, fileName: fileName || label, geometry };
}

function restoreLabel(value: unknown, id: string, say: Say): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    say(`label ${describeValue(value)} of area ${id} ignored — not text`);
    return undefined;
  }
  const clean = plainText(value, MAX_AREA_LABEL_LENGTH);
  if (clean.cut) say(`label of area ${id} cut to ${MAX_AREA_LABEL_LENGTH} characters`);
  return clean.text === '' ? undefined : clean.text;
}

function readPosition(value: unknown): { lonLat: LonLat } | { reason: string } {
  if (!Array.isArray(value) || value.length < 2) {
    return { reason: `${describeValue(value)} is not a [lon, lat] position` };
  }
  return checkLonLat(value[0], value[1], { maxAbsLon: MAX_GIVEN_LON });
}

type Lines = LonLat[][];
type Polygons = LonLat[][][];
interface Budget {
  left: number;
  cut: boolean;
}

function readFileGeometry(
  value: unknown,
  label: string,
  say: Say,
  budget: Budget,
): FileAreaGeometry | undefined {
  const type =
    value !== null && typeof value === 'object' ? own(value as Record<string, unknown>, 'type') : undefined;
  const record = value as Record<string, unknown>;
  if (type === 'MultiLineString') {
    const lines = readLines(own(record, 'coordinates'), label, say, budget);
    return lines.length > 0 ? { type, coordinates: lines } : undefined;
  }
  if (type === 'MultiPolygon') {
    const polygons = readPolygons(own(record, 'coordinates'), label, say, budget);
    return polygons.length > 0 ? { type, coordinates: polygons } : undefined;
  }
  if (type === 'GeometryCollection') {
    const parts = own(record, 'geometries');
    if (!Array.isArray(parts)) return undefined;
    const geometries = parts.flatMap((part) => {
      const read = readFileGeometry(part, label, say, budget);
      return read && read.type !== 'GeometryCollection' ? [read] : [];
    });
    if (geometries.length === 0) return undefined;
    return geometries.length === 1 ? geometries[0] : { type, geometries };
  }
  say(
    `part ${describeValue(type)} of file area ${describeValue(label)} ignored — a file area holds a MultiLineString, a MultiPolygon or a GeometryCollection of them`,
  );
  return undefined;
}

function readRun(value: unknown, budget: Budget): LonLat[] | string {
  if (!Array.isArray(value)) return 'not a list of positions';
  const out: LonLat[] = [];
  for (const [index, position] of value.entries()) {
    const checked = readPosition(position);
    if ('reason' in checked) return `position ${index + 1}: ${checked.reason}`;
    out.push(checked.lonLat);
  }
  if (out.length > budget.left) {
    budget.cut = true;
    return 'past the vertex limit';
  }
  budget.left -= out.length;
  return out;
}

function readLines(value: unknown, label: string, say: Say, budget: Budget): Lines {
  if (!Array.isArray(value)) return [];
  return value.flatMap((line, index) => {
    const run = readRun(line, budget);
    const problem = typeof run === 'string' ? run : run.length < 2 ? 'fewer than 2 positions' : undefined;
    if (problem !== undefined || typeof run === 'string') {
      if (!budget.cut) say(`line ${index + 1} of file area ${describeValue(label)} ignored — ${problem}`);
      return [];
    }
    return [run];
  });
}

function readPolygons(value: unknown, label: string, say: Say, budget: Budget): Polygons {
  if (!Array.isArray(value)) return [];
  return value.flatMap((polygon, index) => {
    if (!Array.isArray(polygon)) return [];
    const rings: LonLat[][] = [];
    for (const ring of polygon) {
      const run = readRun(ring, budget);
      const problem =
        typeof run === 'string' ? run : run.length < 4 ? 'a ring of fewer than 4 positions' : undefined;
      if (problem !== undefined || typeof run === 'string') {
        if (!budget.cut)
          say(`polygon ${index + 1} of file area ${describeValue(label)} ignored — ${problem}`);
        return [];
      }
      rings.push(run);
    }
    return rings.length > 0 ? [rings] : [];
  });
}
