// How a drag moves a view: the globe turns under the pointer (about its axis and across), a flat map shifts.
import { scaleForZoom, type ViewState } from './viewProjection';

export type Interaction = 'rotate' | 'pan';

const MAX_LAT = 89.9;

/**
 * The state moved by a drag of (dx, dy) CSS pixels. The globe's centre stops short of the poles, where its
 * longitude would be undefined.
 *
 * @example
 * dragState({ center: [36, 50], zoom: 3, offset: [0, 0] }, 10, -5, 'pan').offset; // [10, -5]
 */
export function dragState(state: ViewState, dx: number, dy: number, interaction: Interaction): ViewState {
  if (interaction === 'pan') return { ...state, offset: [state.offset[0] + dx, state.offset[1] + dy] };
  const degreesPerPx = 180 / Math.PI / scaleForZoom(state.zoom);
  const lon = state.center[0] - dx * degreesPerPx;
  const lat = Math.max(-MAX_LAT, Math.min(MAX_LAT, state.center[1] + dy * degreesPerPx));
  return { ...state, center: [((((lon + 180) % 360) + 360) % 360) - 180, lat] };
}
