// The core's [lon, lat] lines as one typed array of unit Web Mercator points (0..1 across the world, as
// Leaflet's CRS makes them at scale 1), with each line's box: the form in which the map keeps a ring's paths
// (ringGeometry), so a zoom or a pan draws them with a scale and an offset only, and the heaviest map keeps a
// few typed arrays per ring where an array per vertex made every garbage collection walk millions of objects.
import type { LonLat } from '../geo';

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

/**
 * The unit Web Mercator rings of a polyline's lines or of a multi-polygon's rings (its polygons' rings one after
 * the other), as Leaflet's EPSG:3857 projects them.
 *
 * @example
 * unitRings([[[0, 0], [90, 0]]]).coordinates; // [0.5, 0.5, 0.75, 0.5]
 */
export function unitRings(lines: readonly (readonly LonLat[])[]): UnitRings {
  let total = 0;
  for (const line of lines) total += line.length;
  const coordinates = new Float64Array(2 * total);
  const lengths = new Uint32Array(lines.length);
  const boxes = new Float64Array(4 * lines.length);
  const box: UnitRings['box'] = [Infinity, Infinity, -Infinity, -Infinity];
  let p = 0;
  lines.forEach((line, r) => {
    lengths[r] = line.length;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const [lng, lat] of line) {
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
    // written one by one: no array per line on the path that makes every ring
    boxes[4 * r] = minX;
    boxes[4 * r + 1] = minY;
    boxes[4 * r + 2] = maxX;
    boxes[4 * r + 3] = maxY;
    box[0] = Math.min(box[0], minX);
    box[1] = Math.min(box[1], minY);
    box[2] = Math.max(box[2], maxX);
    box[3] = Math.max(box[3], maxY);
  });
  return { coordinates, lengths, boxes, box };
}
