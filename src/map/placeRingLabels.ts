// Where the ring labels of all launch points go, placed as one set so that no label covers another, a
// launch point (its marker and its name) or a launch area's reach label, placed before them (`kept`). Each
// label starts at the top of its ring (its northernmost point, or its southernmost when the ring encloses
// the North Pole) and moves along its own ring to the nearest azimuth where its screen box is clear; a label
// with no clear place is hidden (the legend still names the ring). Larger rings are placed first, then
// earlier launch points. Boxes are estimated in Web Mercator pixels at the zoom the rings are built for, and
// kept in an R-tree (rbush).
import type { LatLngTuple } from 'leaflet';
import RBush, { type BBox } from 'rbush';
import { destination, distanceM, type LonLat } from '../geo';
import { collidesOnAnyCopy } from './collidesOnAnyCopy';
import { mercatorX, mercatorY } from './countryLabels';
import { LABEL_HEIGHT_PX, labelWidthPx } from './labelWidthPx';
import { type ReachLabel, reachLabelBox } from './reachLabelBox';
import { type NameSide, siteMarkerBox, siteNameBox } from './siteNameSides';
import { toLatLng } from './toLatLng';

export interface LabelSpec {
  rangeKm: number;
  text: string;
}

/** A launch point, its name as drawn beside its marker, and the labels of its rings. */
export interface SiteLabels {
  center: LonLat;
  name: string;
  /** The side of its marker the name is on (siteNameSides); the right by default. */
  side?: NameSide;
  labels: readonly LabelSpec[];
}

/** Azimuth step between tries, in degrees: 0, +20, −20, +40, … , ±160, 180 from the top of the ring. */
export const LABEL_STEP_DEG = 20;
const TRIES = 360 / LABEL_STEP_DEG;
/** Clear space kept around each label, in px. */
const GAP_PX = 2;
/** `.ring-label` stands with its top 115 % of its height above its anchor (src/app/app.css). */
const RAISE = 1.15;
const MAX_RANGE_M = 19_000_000;
const TILE_PX = 256;

/**
 * The anchor of each label, per launch point and in the order given, or null for a label that found no
 * clear place and is hidden.
 *
 * @example
 * placeRingLabels([{ center: [36.23, 49.99], name: 'Kharkiv', labels: [
 *   { rangeKm: 300, text: 'ATACMS · 300 km' }, { rangeKm: 300, text: 'Fateh-110 · 300 km' }] }], 6);
 * // [[top of the ring, 40° east along it]]
 */
export function placeRingLabels(
  sites: readonly SiteLabels[],
  zoom: number,
  cache: LabelPointCache = new Map(),
  kept: readonly ReachLabel[] = [],
): (LatLngTuple | null)[][] {
  const placement = ringLabelPlacement(sites, zoom, cache, kept);
  placement.run(() => true);
  return placement.anchors;
}

/** A placement of all labels (placeRingLabels) that can stop and go on, in the same order: the same result. */
export interface RingLabelPlacement {
  /** The anchors so far: a label placed keeps its anchor, one not placed yet is null. */
  readonly anchors: (LatLngTuple | null)[][];
  /** The share of the labels placed, 0 to 1. */
  share(): number;
  /** Places labels, at least one, while `more()` says so; true once every label is placed. */
  run(more: () => boolean): boolean;
}

/**
 * The placement of placeRingLabels, to be run in slices (the heaviest map's thousands of labels took a long
 * task): larger rings first, each placed label final, so the labels can be shown as they are placed.
 *
 * @example
 * const placement = ringLabelPlacement(sites, 6);
 * const deadline = performance.now() + 20;
 * placement.run(() => performance.now() < deadline); // false: more to place in a later task
 */
export function ringLabelPlacement(
  sites: readonly SiteLabels[],
  zoom: number,
  cache: LabelPointCache = new Map(),
  kept: readonly ReachLabel[] = [],
): RingLabelPlacement {
  const worldPx = TILE_PX * 2 ** zoom;
  const taken = new RBush<BBox>();
  taken.load([
    ...sites.flatMap((site) => siteBoxes(site, worldPx)),
    ...kept.map((label) => reachLabelBox(label, worldPx)),
  ]);

  const order = sites.flatMap((site, s) => site.labels.map((label, l) => ({ s, l, rangeKm: label.rangeKm })));
  order.sort((a, b) => b.rangeKm - a.rangeKm || a.s - b.s || a.l - b.l);

  const anchors: (LatLngTuple | null)[][] = sites.map((site) => site.labels.map(() => null));
  let next = 0;
  return {
    anchors,
    share: () => (order.length === 0 ? 1 : next / order.length),
    run(more) {
      while (next < order.length) {
        const { s, l } = order[next++] as (typeof order)[number];
        const site = sites[s] as SiteLabels;
        const placed = placeLabel(site, site.labels[l] as LabelSpec, worldPx, taken, cache);
        if (placed) {
          taken.insert(placed.box);
          (anchors[s] as (LatLngTuple | null)[])[l] = placed.anchor;
        }
        if (!more()) break;
      }
      return next >= order.length;
    },
  };
}

/** Labels placed once, kept as obstacles for one more launch point's labels placed again and again. */
export interface LabelBoard {
  zoom: number;
  taken: RBush<BBox>;
}

/**
 * The labels of `sites` where `anchors` put them (placeRingLabels), with their launch points, as a board that
 * one launch point more can be placed on, time after time (placeSiteLabels): while a launch point is dragged,
 * each move places its own labels only, and the others' stay where they were.
 *
 * @example
 * const board = labelBoard(others, placeRingLabels(others, 6), 6);
 * placeSiteLabels(board, dragged); // the dragged point's anchors, clear of the others' labels and points
 */
export function labelBoard(
  sites: readonly SiteLabels[],
  anchors: readonly (readonly (LatLngTuple | null)[])[],
  zoom: number,
  kept: readonly ReachLabel[] = [],
): LabelBoard {
  const worldPx = TILE_PX * 2 ** zoom;
  const boxes = sites.flatMap((site) => siteBoxes(site, worldPx));
  for (const label of kept) boxes.push(reachLabelBox(label, worldPx));
  sites.forEach((site, s) => {
    site.labels.forEach((label, l) => {
      const anchor = anchors[s]?.[l];
      if (anchor) boxes.push(labelBox(anchor[0], anchor[1], labelWidthPx(label.text) / 2 + GAP_PX, worldPx));
    });
  });
  const taken = new RBush<BBox>();
  taken.load(boxes);
  return { zoom, taken };
}

/**
 * One launch point's label anchors (null: hidden) placed on a board, larger rings first; the board is left
 * as it was given.
 */
export function placeSiteLabels(
  board: LabelBoard,
  site: SiteLabels,
  cache: LabelPointCache = new Map(),
): (LatLngTuple | null)[] {
  const worldPx = TILE_PX * 2 ** board.zoom;
  // its own boxes are kept apart from the board's tree: a few, checked one by one, and nothing to take out
  // of the tree after (removing from an R-tree was most of the work of a move)
  const own = siteBoxes(site, worldPx);
  const taken = { collides: (box: BBox) => board.taken.collides(box) || own.some((o) => intersects(o, box)) };
  const anchors: (LatLngTuple | null)[] = site.labels.map(() => null);
  const order = site.labels.map((label, l) => ({ l, rangeKm: label.rangeKm }));
  order.sort((a, b) => b.rangeKm - a.rangeKm || a.l - b.l);
  for (const { l } of order) {
    const placed = placeLabel(site, site.labels[l] as LabelSpec, worldPx, taken, cache);
    if (placed) {
      own.push(placed.box);
      anchors[l] = placed.anchor;
    }
  }
  return anchors;
}

/** Whether two boxes meet, edges included, as RBush's collides takes it. */
function intersects(a: BBox, b: BBox): boolean {
  return b.minX <= a.maxX && b.minY <= a.maxY && b.maxX >= a.minX && b.maxY >= a.minY;
}

/** The first clear place of a label along its ring, or null. */
function placeLabel(
  site: SiteLabels,
  { rangeKm, text }: LabelSpec,
  worldPx: number,
  taken: Pick<RBush<BBox>, 'collides'>,
  cache: LabelPointCache,
): { anchor: LatLngTuple; box: BBox } | null {
  const clear = (box: BBox) => !collidesOnAnyCopy(taken, box, worldPx);
  const center = site.center;
  const halfWidth = labelWidthPx(text) / 2 + GAP_PX;
  const key = `${center[0]},${center[1]},${rangeKm}`;
  let points = cache.get(key);
  if (!points) {
    points = [];
    cache.set(key, points);
  }
  let topAzimuth: number | undefined;
  for (let k = 0; k < TRIES; k++) {
    if (!points[k]) {
      topAzimuth ??= topAzimuthDeg(center, rangeKm);
      points[k] = labelPoint(center, rangeKm, topAzimuth, k);
    }
    const [lon, lat] = points[k] as LonLat;
    // beside the launch point, not on another copy of the world (Leaflet does not wrap markers)
    const nearLon = center[0] + ((((lon - center[0] + 180) % 360) + 360) % 360) - 180;
    const box = labelBox(lat, nearLon, halfWidth, worldPx);
    if (clear(box)) return { anchor: toLatLng([nearLon, lat]), box };
  }
  return null;
}

/** The box of a label anchored at a place, with its clear space around it. */
function labelBox(lat: number, lon: number, halfWidth: number, worldPx: number): BBox {
  const x = ((lon + 180) / 360) * worldPx;
  const top = mercatorY(lat) * worldPx - RAISE * LABEL_HEIGHT_PX - GAP_PX;
  return { minX: x - halfWidth, minY: top, maxX: x + halfWidth, maxY: top + LABEL_HEIGHT_PX + 2 * GAP_PX };
}

/**
 * The points along a ring where its label is tried, by launch point and range (they do not depend on the
 * zoom): a caller that keeps one across calls computes each geodesic once, so a drag re-places every
 * label by arithmetic alone. Clear it now and then; it only ever grows.
 */
export type LabelPointCache = Map<string, LonLat[]>;

/** The azimuth of a ring's top: its northernmost point, or its southernmost when it encloses the North Pole. */
function topAzimuthDeg(center: LonLat, rangeKm: number): number {
  return rangeKm * 1000 > metresToNorthPole(center) ? 180 : 0;
}

/** The last latitude asked and its distance to the pole: a point's rings ask one after another. */
let poleDistance = { lat: Number.NaN, m: Number.NaN };

/** From `center` to the North Pole (on the ellipsoid it depends on the latitude alone): one Inverse a point. */
function metresToNorthPole(center: LonLat): number {
  if (poleDistance.lat !== center[1])
    poleDistance = { lat: center[1], m: distanceM(center, [center[0], 90]) };
  return poleDistance.m;
}

/** Try `k` for a label: 0, +20°, −20°, +40°, … from the top of the ring. */
function labelPoint(center: LonLat, rangeKm: number, topAzimuth: number, k: number): LonLat {
  const step = Math.ceil(k / 2) * LABEL_STEP_DEG;
  return destination(
    center,
    topAzimuth + (k % 2 === 1 ? step : -step),
    Math.min(rangeKm * 1000, MAX_RANGE_M),
  );
}

/** The boxes a launch point covers: its marker and, when it has one, its name. */
export function siteBoxes({ center, name, side }: SiteLabels, worldPx: number): BBox[] {
  const x = mercatorX(center[0]) * worldPx;
  const y = mercatorY(center[1]) * worldPx;
  const marker = siteMarkerBox(x, y);
  return name === '' ? [marker] : [marker, siteNameBox(x, y, name, side ?? 'right')];
}
