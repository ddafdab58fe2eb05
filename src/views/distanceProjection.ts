// The distance map's projection for d3-geo: the ellipsoidal azimuthal equidistant projection of src/geo behind
// d3's GeoProjection, so that geoPath, fitExtent, scale, translate and invert work as with any d3 projection.
// d3 rotates each point to put the centre at (0°, 0°) and clips around it on its sphere; the raw function
// undoes that rotation and projects on WGS84. Planar units are metres / a (a = WGS84's equatorial radius).
import { type GeoProjection, type GeoRawProjection, geoProjection, geoRotation } from 'd3';
import { antipodalCutDeg, azimuthalEquidistant, EQUATORIAL_RADIUS_M, type LonLat } from '../geo';

export interface DistanceProjectionOptions {
  /** Pixels per a metres of distance from the centre (a radian of the equator, as Web Mercator); d3's default when absent. */
  scale?: number;
  /**
   * Clip this many degrees of arc from the centre. Default: 179.9°, or shorter where the antipode's cut locus
   * reaches further (179.3° for a centre on the equator), so that no line jumps across the map at the cut.
   */
  clipAngleDeg?: number;
}

/** A d3 projection that also tells its centre and its true scale. */
export interface DistanceProjection extends GeoProjection {
  /** The centre, `[lon, lat]`: distances and azimuths from it are true. */
  centre(): LonLat;
  /** Pixels per metre of distance from the centre, in every direction: scale / a. */
  pixelsPerMetre(): number;
}

// Within this many metres, a plane point maps back onto itself; past the rim, inverse() wraps around the Earth.
const ROUND_TRIP_M = 1;
const DEGREES = 180 / Math.PI;
// About the 1:50m basemap and its resampled midpoints; past it the memory is freed and filling starts again.
const MAX_SOLVED = 400_000;

/**
 * The azimuthal equidistant d3 projection centred on `centre`, on the WGS84 ellipsoid: a ring of radius R
 * around the centre is drawn as a circle of radius R × pixelsPerMetre(). Its rotation is its centre: make a new
 * projection to look from another point, and pan with translate. invert() is null past the rim.
 *
 * @example
 * const projection = distanceProjection([36.2304, 49.9935]).fitExtent([[0, 0], [800, 800]], { type: 'Sphere' });
 * geoPath(projection)(rangeRing([36.2304, 49.9935], 1_600_000)); // a circle of 1,600 km × pixelsPerMetre()
 */
export function distanceProjection(
  centre: LonLat,
  options: DistanceProjectionOptions = {},
): DistanceProjection {
  const [lon0, lat0] = centre;
  const plane = azimuthalEquidistant([lon0, lat0]);
  const rotation = geoRotation([-lon0, -lat0]);
  const solved = solvedFor(lon0, lat0);
  const raw: GeoRawProjection = (lambda, phi) => {
    const known = solved.points.get(lambda)?.get(phi);
    if (known) return [known[0], known[1]];
    const [x, y] = plane.forward(rotation.invert([lambda * DEGREES, phi * DEGREES]) as LonLat);
    const point: [number, number] = [x / EQUATORIAL_RADIUS_M, y / EQUATORIAL_RADIUS_M];
    remember(solved, lambda, phi, point);
    return [point[0], point[1]];
  };
  raw.invert = (x, y) => {
    const q: [number, number] = [x * EQUATORIAL_RADIUS_M, y * EQUATORIAL_RADIUS_M];
    const lonLat = plane.inverse(q);
    const back = plane.forward(lonLat);
    // d3 passes a null on: projection.invert() answers null for a pixel off the map.
    if (Math.hypot(back[0] - q[0], back[1] - q[1]) > ROUND_TRIP_M) return null as unknown as [number, number];
    const [lambda, phi] = rotation(lonLat);
    return [lambda / DEGREES, phi / DEGREES];
  };
  const clipAngleDeg = options.clipAngleDeg ?? Math.min(179.9, 180 - antipodalCutDeg(lat0) - 0.1);
  const projection = geoProjection(raw).rotate([-lon0, -lat0]).clipAngle(clipAngleDeg) as DistanceProjection;
  projection.centre = () => [lon0, lat0];
  projection.pixelsPerMetre = () => projection.scale() / EQUATORIAL_RADIUS_M;
  return options.scale === undefined ? projection : projection.scale(options.scale);
}

// A pan or zoom streams the same points again (only the scale and translate after the raw function change), and
// a view may make a new projection each frame: each point's geodesic is solved once per centre, not once a frame.
interface SolvedPoints {
  points: Map<number, Map<number, [number, number]>>;
  count: number;
}
const solvedByCentre = new Map<string, SolvedPoints>();
// The centres kept: the current one and the one just left, for a reader switching back and forth.
const CENTRES_KEPT = 2;

function solvedFor(lon0: number, lat0: number): SolvedPoints {
  const key = `${lon0} ${lat0}`;
  let solved = solvedByCentre.get(key);
  if (!solved) {
    solved = { points: new Map(), count: 0 };
    const oldest = solvedByCentre.keys().next();
    if (solvedByCentre.size >= CENTRES_KEPT && !oldest.done) solvedByCentre.delete(oldest.value);
    solvedByCentre.set(key, solved);
  }
  return solved;
}

function remember(solved: SolvedPoints, lambda: number, phi: number, point: [number, number]) {
  if (solved.count >= MAX_SOLVED) {
    solved.points.clear();
    solved.count = 0;
  }
  let row = solved.points.get(lambda);
  if (!row) {
    row = new Map();
    solved.points.set(lambda, row);
  }
  row.set(phi, point);
  solved.count++;
}
