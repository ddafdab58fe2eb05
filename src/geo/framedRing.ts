// A source polygon's ring in a reach area's frame: densified along its geodesic edges, and which side of it
// lies outside the polygon.
import type { AzimuthalFrame, FramePoint } from './auxiliaryFrame';
import type { LonLat } from './types';
import { Geodesic, WGS84 } from './wgs84';

const DIRECT = Geodesic.LATITUDE | Geodesic.LONGITUDE;
const LINE_CAPS = Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.AZIMUTH | Geodesic.DISTANCE_IN;

/** A closed source ring in the frame, its geodesic edges densified to the pieces' step. */
export function framedRing(ring: LonLat[], stepM: number, frame: AzimuthalFrame): FramePoint[] {
  const out: FramePoint[] = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as LonLat;
    const b = ring[(i + 1) % ring.length] as LonLat;
    const line = WGS84.InverseLine(a[1], a[0], b[1], b[0], LINE_CAPS);
    const n = Math.max(1, Math.ceil(line.s13 / stepM));
    out.push(frame.project(a));
    for (let k = 1; k < n; k++) {
      const f = line.Position((line.s13 * k) / n, DIRECT);
      out.push(frame.project([f.lon2 ?? 0, f.lat2 ?? 0]));
    }
  }
  out.push(out[0] as FramePoint);
  return out;
}

/**
 * Which side of a ring's edges lies outside its polygon (-90: left, +90: right): an exterior's outside is
 * to the right when it runs counter-clockwise in the frame, a hole's the other way.
 */
export function outerSide(ring: LonLat[], exterior: boolean, frame: AzimuthalFrame): -90 | 90 {
  let twiceArea = 0;
  const q = ring.map((p) => frame.project(p));
  for (let i = 0; i < q.length; i++) {
    const a = q[i] as FramePoint;
    const b = q[(i + 1) % q.length] as FramePoint;
    twiceArea += a[0] * b[1] - b[0] * a[1];
  }
  // the frame's x is east and y north, so a positive area runs counter-clockwise as seen on a map
  const counterClockwise = twiceArea > 0;
  return counterClockwise === exterior ? 90 : -90;
}
