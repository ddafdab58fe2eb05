// The launch areas' reach labels of a map, as AreasLayer placed them last and at which zoom: the ring labels
// are placed around them (RingsLayer), and the country names keep clear of both (ringLabelSpace).
import type { Map as LeafletMap } from 'leaflet';
import type { ReachLabel } from './reachLabelBox';

/** The reach labels, as placed at `zoom` (null: none placed yet). */
export interface PlacedReachLabels {
  zoom: number | null;
  labels: readonly ReachLabel[];
}

export interface ReachLabels {
  /** The same object until the labels or their zoom change. */
  get(): PlacedReachLabels;
  /** The labels placed now; listeners are told only when they, or the zoom, differ from the last. */
  set(labels: readonly ReachLabel[], zoom: number | null): void;
  subscribe(listener: () => void): () => void;
}

const NONE: PlacedReachLabels = { zoom: null, labels: [] };
const stores = new WeakMap<LeafletMap, ReachLabels>();

/**
 * The one store of a map's reach labels, made on first use.
 *
 * @example
 * reachLabelsOf(map).set(placed, 5); // AreasLayer, after placing its labels at zoom 5
 * useSyncExternalStore(reachLabelsOf(map).subscribe, reachLabelsOf(map).get); // RingsLayer
 */
export function reachLabelsOf(map: LeafletMap): ReachLabels {
  let store = stores.get(map);
  if (!store) {
    store = newStore();
    stores.set(map, store);
  }
  return store;
}

function newStore(): ReachLabels {
  let placed = NONE;
  const listeners = new Set<() => void>();
  return {
    get: () => placed,
    set(labels, zoom) {
      if (placed.zoom === zoom && sameLabels(placed.labels, labels)) return;
      placed = { zoom, labels };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function sameLabels(a: readonly ReachLabel[], b: readonly ReachLabel[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i] as ReachLabel;
      return x.text === y.text && x.below === y.below && x.at[0] === y.at[0] && x.at[1] === y.at[1];
    })
  );
}
