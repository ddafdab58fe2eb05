// The launch points and marked places of a scene in view, in the frame's pixels, as pointNamePlaces names them:
// the same list for the canvas (paintScene) and the SVG (sceneVectors).
import type { LonLat } from '../geo';
import type { NamedPoint } from './pointNamePlaces';
import type { Scene } from './viewScene';

/** Half a launch point's dot (5 px) with its 2 px white ring's outer half, and half a mark's diamond. */
const SITE_HALF_PX = 6;
const MARK_HALF_PX = 5;

/** A launch point or a marked place in view: which (its index in the scene's list) and where, to be named. */
export interface ScenePointName {
  kind: 'site' | 'mark';
  index: number;
  name: string;
  point: NamedPoint;
}

/**
 * The launch points and marked places in view, as pointNamePlaces takes them: launch points first (their names
 * are placed first), then marks.
 */
export function namedPoints(
  scene: Scene,
  at: (lonLat: LonLat) => [number, number] | null,
  widthOf: (text: string) => number,
): ScenePointName[] {
  const out: ScenePointName[] = [];
  for (const [kind, list, half] of [
    ['site', scene.sites, SITE_HALF_PX],
    ['mark', scene.marks, MARK_HALF_PX],
  ] as const)
    list.forEach(({ label, lonLat }, index) => {
      const p = at(lonLat);
      if (p)
        out.push({
          kind,
          index,
          name: label,
          point: { x: p[0], y: p[1], half, width: label ? widthOf(label) : 0 },
        });
    });
  return out;
}
