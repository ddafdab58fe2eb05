// A published range band as an RFC 7946 GeoJSON Feature: every point whose WGS84 geodesic distance from a
// launch point lies between the band's two ends, the larger ring with the smaller cut out of it (as its hole,
// or by Turf's difference where a ring is cut at 180° or goes round a pole), as the map fills the band between
// its two dashed rings.
import { difference, featureCollection, rewind } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { checkRangeM } from './checkRingInput';
import { type RangeRingOptions, rangeRing } from './rangeRing';
import type { LonLat } from './types';

/**
 * Every point at least `minM` and at most `maxM` metres from `center` (WGS84 geodesic distance), with both
 * edges traced as rangeRing traces them (with the same options: `vertices`, `fan`): a Polygon with a
 * hole, or a MultiPolygon where the band crosses 180°; exteriors counter-clockwise, holes clockwise. Null when
 * the band has no width (`maxM` ≤ `minM`). Throws a RangeError as rangeRing does.
 *
 * @example
 * rangeBand([36.2304, 49.9935], 240_000, 460_000)?.geometry.coordinates.length; // 2: ERAM's band, a ring with a hole
 */
export function rangeBand(
  center: LonLat,
  minM: number,
  maxM: number,
  options: RangeRingOptions = {},
): Feature<Polygon | MultiPolygon> | null {
  checkRangeM(minM);
  checkRangeM(maxM);
  if (!(maxM > minM)) return null;
  const outer = rangeRing(center, maxM, options);
  if (minM === 0) return { type: 'Feature', properties: {}, geometry: outer.geometry };
  const inner = rangeRing(center, minM, options);
  const [o, i] = [outer.geometry, inner.geometry];
  // Two disks on one side of 180° (nearly every band): the nearer lies inside the farther on the plane too, and
  // is its hole as it is, turned clockwise; a tenth of a millisecond where a general difference takes ten.
  if (
    outer.properties.shape === 'disk' &&
    inner.properties.shape === 'disk' &&
    o.type === 'Polygon' &&
    i.type === 'Polygon'
  ) {
    const [exterior, hole] = [o.coordinates[0], i.coordinates[0]];
    if (exterior && hole)
      return {
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates: [exterior, [...hole].reverse()] },
      };
  }
  const band = difference(featureCollection([outer, inner]));
  if (!band) return null;
  return rewind(band as Feature<Polygon | MultiPolygon>, { mutate: true }) as Feature<Polygon | MultiPolygon>;
}
