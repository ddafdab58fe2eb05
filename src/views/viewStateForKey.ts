// What a key does to a globe or a distance map with the keyboard focus: the arrows turn or pan it a step, + and −
// zoom it half a level. Pure: the view's own state in, the next state out.
import { dragState, type Interaction } from './dragState';
import { clampZoom, type ViewState } from './viewProjection';

/** Pixels an arrow key moves the view, as a drag of that length would. */
const KEY_STEP_PX = 80;
/** Zoom levels a + or − changes. */
const KEY_ZOOM = 0.5;

const MOVES: Record<string, [number, number]> = {
  ArrowLeft: [KEY_STEP_PX, 0],
  ArrowRight: [-KEY_STEP_PX, 0],
  ArrowUp: [0, KEY_STEP_PX],
  ArrowDown: [0, -KEY_STEP_PX],
};

/**
 * The state after `key`, or null for a key the view leaves alone.
 *
 * @example
 * viewStateForKey({ center: [36, 50], zoom: 4, offset: [0, 0] }, '+', 'rotate')?.zoom; // 4.5
 */
export function viewStateForKey(state: ViewState, key: string, interaction: Interaction): ViewState | null {
  const move = MOVES[key];
  if (move) return dragState(state, move[0], move[1], interaction);
  if (key === '+' || key === '=') return { ...state, zoom: clampZoom(state.zoom + KEY_ZOOM) };
  if (key === '-' || key === '_' || key === '−') return { ...state, zoom: clampZoom(state.zoom - KEY_ZOOM) };
  return null;
}
