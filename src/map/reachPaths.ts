// What the map draws of a reach area (or a launch area's outline) given as GeoJSON (the core's output, split
// at ±180° and closed along the pole): the fill with its copies one world west and east, so the part across the
// seam shows beside the rest on whichever world copy is in view, and the outline along the true boundary only:
// the edges the core adds along ±180° and the pole are not range limits and are never stroked (as ringGeometry
// does for rings). Where its label goes along that outline is placeReachLabels' choice.
import type { LatLngTuple } from 'leaflet';
import { type LonLat, type LonLatPolygon, worldCopies } from '../geo';
import type { AreaGeometry } from './areaGeometry';
import { mercatorRuns } from './mercatorRuns';
import { polygonsToLatLngs, toLatLng } from './toLatLng';

export interface ReachPaths {
  /** Polygons to fill with no stroke, with world copies. */
  fill: LatLngTuple[][][];
  /** Polylines to stroke: the boundary without its seam and pole edges, with world copies. */
  outline: LatLngTuple[][];
  /** The outline's runs on the reach's own world copy, where its label is placed along (placeReachLabels). */
  runs: LonLat[][];
  /** Where the label starts: above the northernmost point, or below the southernmost (`labelBelow`). */
  anchor: LonLat;
  labelBelow: boolean;
}

// Beyond this the top of a reach is off the map's top edge (Web Mercator stops at 85°): the label goes below.
const LABEL_MAX_LAT = 80;
const COPIES = [-360, 0, 360];

/**
 * The fill, outline and label anchors of one reach area.
 *
 * @example
 * reachPaths(fijiReach).outline.some((line) => line.some(([, lng]) => lng === 180)); // true, but no edge along it
 */
export function reachPaths(geometry: AreaGeometry): ReachPaths {
  const polygons: LonLatPolygon[] = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ).map((poly) => poly.map((ring) => continuous(ring.map(([lon = 0, lat = 0]): LonLat => [lon, lat]))));
  const runs = mercatorRuns(polygons.flat().flatMap(trueRuns));
  let top: LonLat = [0, -90];
  let bottom: LonLat = [0, 90];
  for (const run of runs) {
    for (const p of run) {
      if (p[1] > top[1]) top = p;
      if (p[1] < bottom[1]) bottom = p;
    }
  }
  const labelBelow = top[1] > LABEL_MAX_LAT && bottom[1] < top[1];
  const anchor = labelBelow ? bottom : top;
  return {
    fill: polygonsToLatLngs(worldCopies(polygons)),
    outline: COPIES.flatMap((dLon) =>
      runs.map((run) => run.map(([lon, lat]) => toLatLng([lon + dLon, lat]))),
    ),
    runs,
    anchor,
    labelBelow,
  };
}

/**
 * The ring with no jump of more than 180° between two positions off the poles: an outline that crosses 180°
 * within one ring (as some country outlines do) runs on past it instead of across the whole map. A ring
 * already split at ±180° has no such jump; a pole cap's edge along the pole is left as it is.
 */
function continuous(ring: LonLat[]): LonLat[] {
  let shift = 0;
  return ring.map((p, i) => {
    const prev = ring[i - 1];
    if (prev && Math.abs(prev[1]) < 90 && Math.abs(p[1]) < 90) {
      const jump = p[0] - prev[0];
      if (jump > 180) shift -= 360;
      else if (jump < -180) shift += 360;
    }
    return shift === 0 ? p : [p[0] + shift, p[1]];
  });
}

/**
 * A closed ring as open polylines along the true boundary: cut at every edge that runs along ±180° or along
 * a pole (both ends on it), which the core adds to close a split or a pole cap.
 */
export function trueRuns(ring: LonLat[]): LonLat[][] {
  const n = ring.length;
  if (n < 2) return [];
  const closed = ring[0]?.[0] === ring[n - 1]?.[0] && ring[0]?.[1] === ring[n - 1]?.[1];
  const points = closed ? ring.slice(0, -1) : ring;
  const m = points.length;
  const isClosing = (i: number) => closingEdge(points[i] as LonLat, points[(i + 1) % m] as LonLat);
  const start = [...points.keys()].find(isClosing);
  // no closing edge: the whole ring is the boundary, closed again
  if (start === undefined) return [[...points, points[0] as LonLat]];
  const runs: LonLat[][] = [];
  let run: LonLat[] = [];
  for (let k = 1; k <= m; k++) {
    const i = (start + k) % m;
    run.push(points[i] as LonLat);
    if (isClosing(i)) {
      if (run.length > 1) runs.push(run);
      run = [];
    }
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

function closingEdge([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): boolean {
  const onSeam = Math.abs(lon1) === 180 && lon1 === lon2;
  const onPole = Math.abs(lat1) >= 90 - 1e-9 && Math.abs(lat2) >= 90 - 1e-9;
  return onSeam || onPole;
}
