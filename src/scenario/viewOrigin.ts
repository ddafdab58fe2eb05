// Where a scenario's view came from, when the map reported it: a map's own moves (pans, zooms) come back to it
// as the scenario's view, maybe frames later, and it tells them by their origin so as not to apply them back.
// Kept beside the view object, not in it: the view is saved, written to the URL and compared as plain data, and
// a view from anywhere else (a URL, a host page, a file, another tab) has no origin.
import type { MapView } from './types';

/** Who reported a view: an object the reporter keeps and compares by identity (a map's run of own moves). */
export type ViewOrigin = object;

const origins = new WeakMap<MapView, ViewOrigin>();

/** Notes that `view` (as the scenario holds it) was reported by `origin`. */
export function noteViewOrigin(view: MapView, origin: ViewOrigin): void {
  origins.set(view, origin);
}

/**
 * Who reported the scenario's view through setView; undefined for a view from anywhere else.
 *
 * @example
 * const own = {};
 * viewOrigin(setView(s, { center: [36.23, 49.99], zoom: 6 }, own).view) === own; // true
 */
export function viewOrigin(view: MapView | null): ViewOrigin | undefined {
  return view ? origins.get(view) : undefined;
}
