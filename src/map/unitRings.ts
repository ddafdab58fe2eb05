// Leaflet's [lat, lng] paths as one typed array of unit Web Mercator points (0..1 across the world, as
// Leaflet's CRS makes them at scale 1), with each ring's box: made once per geometry and kept with it, so a
// zoom or a pan draws from it with a scale and an offset only.
import type { LatLngTuple } from 'leaflet';

/** Leaflet's SphericalMercator.MAX_LATITUDE: latitudes past it are drawn on the map's edge. */
const MAX_LATITUDE = 85.051_128_779_8;

export interface UnitRings {
  /** x, y interleaved. */
  coordinates: Float64Array;
  /** Points in each ring (a polygon's rings and a polyline's lines alike, in order). */
  lengths: Uint32Array;
  /** Each ring's box: minX, minY, maxX, maxY. */
  boxes: Float64Array;
  /** The box of all rings (min > max when there are none). */
  box: [number, number, number, number];
}

const made = new WeakMap<object, UnitRings>();

/**
 * The unit Web Mercator rings of a polyline's lines or a multi-polygon's polygons, as Leaflet's EPSG:3857
 * projects them; the same arrays give the same object.
 *
 * @example
 * unitRings([[[0, 0], [0, 90]]]).coordinates; // [0.5, 0.5, 0.75, 0.5]
 */
export function unitRings(positions: LatLngTuple[][] | LatLngTuple[][][]): UnitRings {
  const known = made.get(positions);
  if (known) return known;
  const lines: LatLngTuple[][] = [];
  for (const item of positions) {
    if (isLine(item)) lines.push(item);
    else for (const line of item) lines.push(line);
  }
  let total = 0;
  for (const line of lines) total += line.length;
  const coordinates = new Float64Array(2 * total);
  const lengths = new Uint32Array(lines.length);
  const boxes = new Float64Array(4 * lines.length);
  const box: UnitRings['box'] = [Infinity, Infinity, -Infinity, -Infinity];
  let p = 0;
  lines.forEach((line, r) => {
    lengths[r] = line.length;
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lat, lng] of line) {
      const x = 0.5 + lng / 360;
      const sin = Math.sin((Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180);
      const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
      coordinates[p++] = x;
      coordinates[p++] = y;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    boxes.set([minX, minY, maxX, maxY], 4 * r);
    box[0] = Math.min(box[0], minX);
    box[1] = Math.min(box[1], minY);
    box[2] = Math.max(box[2], maxX);
    box[3] = Math.max(box[3], maxY);
  });
  const rings = { coordinates, lengths, boxes, box };
  made.set(positions, rings);
  return rings;
}

function isLine(item: LatLngTuple[] | LatLngTuple[][]): item is LatLngTuple[] {
  return item.length === 0 || typeof (item[0] as LatLngTuple | LatLngTuple[])[0] === 'number';
}
