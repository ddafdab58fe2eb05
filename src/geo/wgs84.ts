// The WGS84 ellipsoid through GeographicLib (Karney 2013), the reference for every distance in this project.
// GeographicLib's geodesics are accurate to about 15 nm; nothing here approximates the Earth as a sphere.
import geodesic from 'geographiclib-geodesic';

export const { Geodesic, GeodesicLine } = geodesic;

/** GeographicLib's WGS84 geodesic solver (a = 6,378,137 m, f = 1/298.257223563). */
export const WGS84 = Geodesic.WGS84;

/** The equatorial radius a of WGS84 (6,378,137 m). */
export const EQUATORIAL_RADIUS_M: number = WGS84.a;

/**
 * Half a meridian, pole to pole (20,003,931 m): the geodesic distance from any point to its antipode,
 * and the range past which no point on Earth is out of reach.
 */
export const HALF_MERIDIAN_M: number = WGS84.Inverse(90, 0, -90, 0).s12 ?? 20_003_931.458_625_45;
