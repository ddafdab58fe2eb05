// While a view is dragged, zoomed or turned, its frames must stay short: a lighter scene is drawn, and the
// full one when the view comes to rest.
import { coarseScene } from './coarseScene';
import type { Scene } from './viewScene';
import { WORLD_110M } from './worldCountries';

/** While moving, rings keep one vertex in this many; twice as few past this many rings. */
const MOVING_VERTEX_STEP = 4;
const MANY_RINGS = 24;

// The scene of the last moving frames, made once per scene rather than once per frame.
const movingScenes = new WeakMap<Scene, Scene>();
/**
 * The scene drawn while the view moves: the 1:110m countries, and rings with one vertex in 4 (in 8 past
 * 24 rings), made once per scene.
 *
 * @example
 * paintScene(context, path, moving ? movingScene(scene) : scene, options);
 */
export function movingScene(scene: Scene): Scene {
  let light = movingScenes.get(scene);
  if (!light) {
    const coarse = coarseScene(
      scene,
      scene.rings.length > MANY_RINGS ? MOVING_VERTEX_STEP * 2 : MOVING_VERTEX_STEP,
    );
    light = { ...coarse, basemap: { ...scene.basemap, ...WORLD_110M } };
    movingScenes.set(scene, light);
  }
  return light;
}
