// Where the ring labels, the reach labels and the launch points are on a map, as last placed: the country
// names drawn under them keep clear of them (PlaceLabels), so "Finland" is never written through "Tomahawk ·
// 1,600 km". A dragged point's labels are moving (MovingSiteRings says so from the drag's start to the drop):
// meanwhile the names need not follow each placement at once.
import type { LatLngTuple, Map as LeafletMap } from 'leaflet';
import { collidesOnAnyCopy } from './collidesOnAnyCopy';
import type { PixelBox } from './countryLabels';
import { labelBoard, type SiteLabels } from './placeRingLabels';
import type { ReachLabel } from './reachLabelBox';
import { worldScale } from './webMercatorPixels';

export interface PlacedRingLabels {
  sites: readonly SiteLabels[];
  /** Per launch point, per label, its anchor (null: hidden), as placeRingLabels gave it. */
  anchors: readonly (readonly (LatLngTuple | null)[])[];
  /** The launch areas' reach labels the ring labels were placed around. */
  kept?: readonly ReachLabel[];
}

export interface RingLabelSpace {
  get(): PlacedRingLabels | null;
  set(placed: PlacedRingLabels): void;
  subscribe(listener: () => void): () => void;
  /** Whether a launch point's labels are moving with a drag under way. */
  moving(): boolean;
  /** Told by the labels that move with a drag: as it begins (true) and on the drop (false). */
  setMoving(moving: boolean): void;
  /** Whether a box in Web Mercator pixels at `zoom` touches a label or a launch point, on any world copy. */
  taker(zoom: number): (box: PixelBox) => boolean;
}

const spaces = new WeakMap<LeafletMap, RingLabelSpace>();

/**
 * The one space of a map's ring labels, made on first use.
 *
 * @example
 * ringLabelSpace(map).set({ sites, anchors }); // the rings layer, after placing its labels
 * pickLabels(candidates, zoom, ringLabelSpace(map).taker(zoom)); // the country names
 */
export function ringLabelSpace(map: LeafletMap): RingLabelSpace {
  let space = spaces.get(map);
  if (!space) {
    space = newSpace();
    spaces.set(map, space);
  }
  return space;
}

function newSpace(): RingLabelSpace {
  let placed: PlacedRingLabels | null = null;
  let moving = false;
  const listeners = new Set<() => void>();
  return {
    get: () => placed,
    set(next) {
      // the labels layer hands back the same anchors while nothing was placed anew
      if (placed?.anchors === next.anchors) return;
      placed = next;
      for (const listener of listeners) listener();
    },
    moving: () => moving,
    setMoving(now) {
      moving = now;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    taker(zoom) {
      if (!placed) return () => false;
      const { taken } = labelBoard(placed.sites, placed.anchors, zoom, placed.kept);
      const worldPx = worldScale(zoom);
      return (box) => collidesOnAnyCopy(taken, box, worldPx);
    },
  };
}
