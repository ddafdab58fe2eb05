// The launch areas' reach labels of a map, as AreasLayer placed them last: the ring labels are placed around
// them (RingsLayer), and the country names keep clear of both (ringLabelSpace).
import type { Map as LeafletMap } from 'leaflet';
import type { ReachLabel } from './reachLabelBox';

export interface ReachLabels {
  get(): readonly ReachLabel[];
  /** The labels placed now; listeners are told only when they differ from the last. */
  set(labels: readonly ReachLabel[]): void;
  subscribe(listener: () => void): () => void;
}

const NONE: readonly ReachLabel[] = [];
const stores = new WeakMap<LeafletMap, ReachLabels>();

/**
 * The one store of a map's reach labels, made on first use.
 *
 * @example
 * reachLabelsOf(map).set(placed); // AreasLayer, after placing its labels
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
  let labels = NONE;
  const listeners = new Set<() => void>();
  return {
    get: () => labels,
    set(next) {
      if (sameLabels(labels, next)) return;
      labels = next.length === 0 ? NONE : next;
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
