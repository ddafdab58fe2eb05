// The points a ring's fitted bounds are taken from (ringsBounds), apart from Leaflet so they can be checked
// without a page. A ring that goes round a pole spans every longitude: only its latitudes count.
import { geodesicFan, type LonLat, mapRing } from '../geo';

/** Vertices of the ring traced for the bounds: enough for a view's fit. */
const BOUNDS_VERTICES = 64;

/**
 * The points whose box fits a ring of `rangeM` metres around `center` on the map: its outline's vertices, or,
 * for a ring that spans every longitude, its latitude band at the launch point's longitude.
 *
 * @example
 * ringBoundsPoints([36.23, 49.99], 20_000_000); // [[36.23, -90], [36.23, 90]]: round both poles
 */
export function ringBoundsPoints(center: LonLat, rangeM: number): LonLat[] {
  const fan = geodesicFan(center, BOUNDS_VERTICES);
  const poles = fan.poleDistancesM;
  // a ring round both poles is the world with a hole around the antipode: its outline is the world's box,
  // whatever the hole; known from the poles' distances without tracing the ring (the dearest rings to trace)
  if (poles.north < rangeM && poles.south < rangeM)
    return [
      [center[0], -90],
      [center[0], 90],
    ];
  const outer = mapRing(center, rangeM, BOUNDS_VERTICES, fan).flatMap((poly) => poly[0] ?? []);
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const [lon, lat] of outer) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  if (east - west < 360) return outer;
  // a pole cap or the world: its latitude band, centred on the launch point's longitude
  return [
    [center[0], south],
    [center[0], north],
  ];
}
