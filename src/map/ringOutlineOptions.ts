// How a ring's or a reach area's outline is drawn: the system's colour, wider when emphasised, faint when
// another system is, and the system's own pattern once colours repeat. One look for every layer that draws one.
import type { PathOptions } from 'leaflet';
import { ringLookStyle } from '../scenario';

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
  const { outlineWidth, outlineOpacity } = ringLookStyle(state);
  return {
    color: system.color,
    weight: outlineWidth,
    ...(system.dash ? { dashArray: system.dash } : {}),
    opacity: outlineOpacity,
  };
}
