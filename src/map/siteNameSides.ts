// Which side of its marker a launch point's name is drawn on: to the right, unless there it would cover another
// launch point's marker or a name already placed and another side (left, above, below) covers less. Positions are
// in pixels at the map's zoom (any origin); the boxes are the ones ring labels keep clear of (placeRingLabels).
import type { BBox } from 'rbush';
import type { LonLat } from '../geo';
import type { Site } from '../scenario';
import { mercatorX, mercatorY } from './countryLabels';
import { labelWidthPx } from './labelWidthPx';

export type NameSide = 'right' | 'left' | 'top' | 'bottom';

/** The sides a name is tried on, the first preferred where two are as clear. */
const SIDES: readonly NameSide[] = ['right', 'left', 'top', 'bottom'];

/** A launch point at a zoom: its position in pixels and its name. */
export interface NamedPoint {
  x: number;
  y: number;
  name: string;
}

/** The launch marker: 18 px with a 3 px border and a 2 px halo (`.launch-marker`), centred on the point. */
const MARKER_HALF_PX = 14;
const MARK_HALF_PX = 8;
/**
 * The name beside the marker (`.site-label`): 10 px from the point, its arrow 6 px before the box, one 12 px
 * line at line-height 1.5 with 6 px padding and a 1 px border.
 */
const NAME_NEAR_PX = 4;
const NAME_TEXT_PX = 16;
const NAME_PADDING_PX = 14;
const NAME_HALF_HEIGHT_PX = 16;
const TILE_PX = 256;

/**
 * The box a launch marker covers.
 *
 * @example
 * siteMarkerBox(100, 50); // { minX: 86, minY: 36, maxX: 114, maxY: 64 }
 */
export function siteMarkerBox(x: number, y: number): BBox {
  return {
    minX: x - MARKER_HALF_PX,
    minY: y - MARKER_HALF_PX,
    maxX: x + MARKER_HALF_PX,
    maxY: y + MARKER_HALF_PX,
  };
}

/** The box a marked place's diamond covers (`.mark-marker`: a 24 px target, its diamond inside). */
function markBox(x: number, y: number): BBox {
  return { minX: x - MARK_HALF_PX, minY: y - MARK_HALF_PX, maxX: x + MARK_HALF_PX, maxY: y + MARK_HALF_PX };
}

/**
 * The box a launch point's name covers on a side of its marker: beside it, its middle on the point's row (with
 * its arrow's reach), or above or below it, centred on its column.
 *
 * @example
 * siteNameBox(100, 50, 'Kyiv', 'left'); // { minX: 42, minY: 34, maxX: 96, maxY: 66 }
 * siteNameBox(100, 50, 'Kyiv', 'top'); // { minX: 79, minY: 2, maxX: 121, maxY: 34 }
 */
export function siteNameBox(x: number, y: number, name: string, side: NameSide): BBox {
  const width = labelWidthPx(name) + NAME_PADDING_PX;
  if (side === 'top' || side === 'bottom') {
    // the box alone: its arrow, 12 px wide, points from it onto the point's own marker
    const far = NAME_TEXT_PX + 2 * NAME_HALF_HEIGHT_PX;
    const [minY, maxY] = side === 'bottom' ? [y + NAME_TEXT_PX, y + far] : [y - far, y - NAME_TEXT_PX];
    return { minX: x - width / 2, minY, maxX: x + width / 2, maxY };
  }
  const far = NAME_TEXT_PX + width;
  const [minX, maxX] = side === 'right' ? [x + NAME_NEAR_PX, x + far] : [x - far, x - NAME_NEAR_PX];
  return { minX, minY: y - NAME_HALF_HEIGHT_PX, maxX, maxY: y + NAME_HALF_HEIGHT_PX };
}

/**
 * The side of each point's name, in the order given (the first placed first): the right, unless it covers more
 * of the other markers (and the marked places with their names, `marks`) and the names placed before it than the
 * left, above or below does (the first of them that covers least, by area, a marker's counted twice).
 *
 * @example
 * siteNameSides([
 *   { x: 0, y: 0, name: 'Kyiv' },
 *   { x: 40, y: 4, name: 'Kharkiv' },
 * ]); // ['left', 'right']: Kyiv's name to the right would cover Kharkiv's marker
 */
export function siteNameSides(points: readonly NamedPoint[], marks: readonly NamedPoint[] = []): NameSide[] {
  // a marked place's diamond and its name, always to its right (MarksLayer), are in the way as a marker is
  const markers = [
    ...points.map(({ x, y }) => siteMarkerBox(x, y)),
    ...marks.flatMap(({ x, y, name }) => [
      markBox(x, y),
      ...(name ? [siteNameBox(x, y, name, 'right')] : []),
    ]),
  ];
  const placed: BBox[] = [];
  return points.map((point, i) => {
    // the area it covers, a marker's twice a name's: a corner grazed is less in the way than a marker hidden
    const cost = (side: NameSide) => {
      const box = siteNameBox(point.x, point.y, point.name, side);
      let covered = 0;
      for (let k = 0; k < markers.length; k++)
        if (k !== i) covered += 2 * overlapArea(box, markers[k] as BBox);
      for (const other of placed) covered += overlapArea(box, other);
      return covered;
    };
    if (point.name === '') return 'right';
    let side = SIDES[0] as NameSide;
    let least = cost(side);
    for (const other of SIDES.slice(1)) {
      if (least === 0) break;
      const covered = cost(other);
      if (covered < least) [side, least] = [other, covered];
    }
    placed.push(siteNameBox(point.x, point.y, point.name, side));
    return side;
  });
}

function overlapArea(a: BBox, b: BBox): number {
  const across = Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX);
  const down = Math.min(a.maxY, b.maxY) - Math.max(a.minY, b.minY);
  return across > 0 && down > 0 ? across * down : 0;
}

/**
 * The side of each launch point's name at a zoom: siteNameSides on the points' Web Mercator pixels.
 *
 * @example
 * siteNameSidesAt([{ center: [30.52, 50.45], name: 'Kyiv' }, { center: [36.23, 49.99], name: 'Kharkiv' }], 3);
 * // ['left', 'right']: 4 px apart at zoom 3
 */
export function siteNameSidesAt(
  sites: readonly { center: LonLat; name: string }[],
  zoom: number,
  marks: readonly { center: LonLat; name: string }[] = [],
): NameSide[] {
  const worldPx = TILE_PX * 2 ** zoom;
  const at = ({ center, name }: { center: LonLat; name: string }) => ({
    x: mercatorX(center[0]) * worldPx,
    y: mercatorY(center[1]) * worldPx,
    name,
  });
  return siteNameSides(sites.map(at), marks.map(at));
}

/**
 * The side of each launch point's name at a zoom, by the point's id: what LaunchMarkers draws and the ring
 * labels keep clear of.
 *
 * @example
 * nameSidesOf(scenario.sites, map.getZoom()).get('s1'); // 'right'
 */
export function nameSidesOf(
  sites: readonly Site[],
  zoom: number,
  marks: readonly { lonLat: LonLat; label: string }[] = [],
): ReadonlyMap<string, NameSide> {
  const sides = siteNameSidesAt(
    sites.map((site) => ({ center: site.lonLat, name: site.label })),
    zoom,
    marks.map((mark) => ({ center: mark.lonLat, name: mark.label })),
  );
  return new Map(sites.map((site, i) => [site.id, sides[i] ?? 'right']));
}

/**
 * nameSidesOf for one list of launch points, kept for the zoom asked last: the markers and the ring labels read
 * the one result, so they agree and it is computed once per zoom.
 *
 * @example
 * const sidesAt = nameSidesKept(scenario.sites);
 * sidesAt(5) === sidesAt(5); // true
 */
export function nameSidesKept(
  sites: readonly Site[],
  marks: readonly { lonLat: LonLat; label: string }[] = [],
): NameSidesAt {
  let last: { zoom: number; sides: ReadonlyMap<string, NameSide> } | null = null;
  return (zoom) => {
    if (last?.zoom !== zoom) last = { zoom, sides: nameSidesOf(sites, zoom, marks) };
    return last.sides;
  };
}

/** The side of each launch point's name at a zoom, by the point's id (nameSidesKept). */
export type NameSidesAt = (zoom: number) => ReadonlyMap<string, NameSide>;
