// How a ring's or a reach area's outline is drawn: the system's colour, wider when emphasised, faint when
// another system is, and the system's own pattern once colours repeat. One look for every layer that draws one.
import type { PathOptions } from 'leaflet';

/**
 * Leaflet path options of an outline.
 *
 * @example
 * ringOutlineOptions({ color: '#e69f00' }, { emphasised: false, dimmed: true }); // opacity 0.35, weight 2
 */
export function ringOutlineOptions(
  system: { color: string; dash?: string },
  state: { emphasised: boolean; dimmed: boolean },
): PathOptions {
  return {
    color: system.color,
    weight: state.emphasised ? 4 : 2,
    ...(system.dash ? { dashArray: system.dash } : {}),
    opacity: state.dimmed ? 0.35 : 1,
  };
}
