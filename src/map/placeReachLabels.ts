// Where the labels of launch areas' reaches go ("ERAM from Moldova, 460 km"), placed as one set so that no
// label covers another or a launch point (its marker and its name). Each starts above its reach's top (or
// below its foot, when the top is off the map) and moves along its own outline, a step at a time on either
// side, to the nearest place where its box is clear; one with no clear place is hidden, as a ring's label is.
// Boxes are in Web Mercator pixels at the map's zoom, kept in an R-tree (rbush). The ring labels are placed
// after these and keep clear of them (placeRingLabels' `kept`).
import RBush, { type BBox } from 'rbush';
import type { LonLat } from '../geo';
import { collidesOnAnyCopy } from './collidesOnAnyCopy';
import { mercatorX, mercatorY } from './countryLabels';
import { type SiteLabels, siteBoxes } from './placeRingLabels';
import { type ReachLabel, reachLabelBox } from './reachLabelBox';
import { worldScale } from './webMercatorPixels';

/** A reach to label: its outline's runs on its main world copy, the point its label starts at, and its text. */
export interface ReachToLabel {
  runs: readonly (readonly LonLat[])[];
  anchor: LonLat;
  below: boolean;
  text: string;
}

/** Along the outline between two tries, in px. */
const REACH_LABEL_STEP_PX = 30;
/** Tries on each side of the start: the label goes at most this many steps along the outline. */
const STEPS = 24;

/**
 * Each reach's label where it is clear (null: hidden), in the order given, at `zoom`, keeping clear of the
 * launch points in `sites` (their markers and names; their rings' labels are placed after, around these).
 *
 * @example
 * placeReachLabels([{ runs, anchor: top, below: false, text: 'ERAM from Moldova, 460 km' }], 5, sites);
 * // [{ at: top, text: 'ERAM from Moldova, 460 km', below: false }]
 */
export function placeReachLabels(
  reaches: readonly ReachToLabel[],
  zoom: number,
  sites: readonly SiteLabels[] = [],
): (ReachLabel | null)[] {
  const worldPx = worldScale(zoom);
  const taken = new RBush<BBox>();
  taken.load(sites.flatMap((site) => siteBoxes(site, worldPx)));
  return reaches.map((reach) => {
    for (const at of tries(reach, worldPx)) {
      const label = { at, text: reach.text, below: reach.below };
      const box = reachLabelBox(label, worldPx);
      if (!collidesOnAnyCopy(taken, box, worldPx)) {
        taken.insert(box);
        return label;
      }
    }
    return null;
  });
}

/** The places a label is tried at: its start, then a step forward along its run, a step back, two forward, … */
function* tries({ runs, anchor }: ReachToLabel, worldPx: number): Generator<LonLat> {
  yield anchor;
  const run = runs.find((r) => r.some((p) => samePoint(p, anchor)));
  if (!run) return;
  const start = run.findIndex((p) => samePoint(p, anchor));
  const closed = run.length > 2 && samePoint(run[0] as LonLat, run[run.length - 1] as LonLat);
  const forward = stepsAlong(run, start, 1, closed, worldPx);
  const back = stepsAlong(run, start, -1, closed, worldPx);
  for (let k = 0; k < STEPS; k++) {
    const ahead = forward.next();
    const behind = back.next();
    if (!ahead.done) yield ahead.value;
    if (!behind.done) yield behind.value;
    if (ahead.done && behind.done) return;
  }
}

/**
 * Points every REACH_LABEL_STEP_PX along a run from vertex `start`, one way (`dir`), measured on screen; round
 * a closed run at most half way (the other way goes round the other half).
 */
function* stepsAlong(
  run: readonly LonLat[],
  start: number,
  dir: 1 | -1,
  closed: boolean,
  worldPx: number,
): Generator<LonLat> {
  const n = closed ? run.length - 1 : run.length; // a closed run's last vertex is its first
  const px = (p: LonLat): [number, number] => [mercatorX(p[0]) * worldPx, mercatorY(p[1]) * worldPx];
  let walked = 0;
  let nextAt = REACH_LABEL_STEP_PX;
  let i = start;
  for (let edges = 0; edges < (closed ? Math.ceil(n / 2) : n); edges++) {
    const j = closed ? (((i + dir) % n) + n) % n : i + dir;
    if (j < 0 || j >= n) return;
    const a = run[i] as LonLat;
    const b = run[j] as LonLat;
    const [ax, ay] = px(a);
    const [bx, by] = px(b);
    const length = Math.hypot(bx - ax, by - ay);
    while (length > 0 && walked + length >= nextAt) {
      const t = (nextAt - walked) / length;
      yield [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
      nextAt += REACH_LABEL_STEP_PX;
    }
    walked += length;
    i = j;
  }
}

function samePoint(a: LonLat, b: LonLat): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
