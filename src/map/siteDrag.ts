// Where a launch point being dragged is at this moment: kept inside the map, so a move redraws only that
// point's rings and labels; the scenario (URL, panels) learns the new place on the drop.
import type { LonLat } from '../geo';

export interface DraggedSite {
  id: string;
  lonLat: LonLat;
}

export interface SiteDrag {
  /** The point being dragged and where it is now, or null. */
  get(): DraggedSite | null;
  subscribe(listener: () => void): () => void;
  move(id: string, lonLat: LonLat): void;
  end(): void;
}

/**
 * A store for the map's layers to follow with useSyncExternalStore.
 *
 * @example
 * const drag = siteDrag();
 * drag.move('s1', [36.2, 50]); // drag.get() → { id: 's1', lonLat: [36.2, 50] }
 * drag.end(); // drag.get() → null
 */
export function siteDrag(): SiteDrag {
  let now: DraggedSite | null = null;
  const listeners = new Set<() => void>();
  const set = (next: DraggedSite | null) => {
    now = next;
    for (const listener of listeners) listener();
  };
  return {
    get: () => now,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    move: (id, lonLat) => set({ id, lonLat }),
    end: () => {
      if (now !== null) set(null);
    },
  };
}
