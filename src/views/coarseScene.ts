// A lighter copy of a scene for the frames of a moving view: every ring keeps one vertex in `step` (and its
// ends), so a turn of the globe stays within a frame; the view at rest draws the exact vertices again.
import type { Position } from 'geojson';
import type { SphereArea } from './sphereRing';
import type { Scene, SceneRing } from './viewScene';

function thin(ring: Position[], step: number): Position[] {
  if (ring.length <= step * 8) return ring;
  return ring.filter((_, i) => i % step === 0 || i === ring.length - 1);
}

function thinArea(area: SphereArea, step: number): SphereArea {
  if (area === null || area.type === 'Sphere') return area;
  if (area.type === 'Polygon')
    return { type: 'Polygon', coordinates: area.coordinates.map((r) => thin(r, step)) };
  return { type: 'MultiPolygon', coordinates: area.coordinates.map((p) => p.map((r) => thin(r, step))) };
}

/**
 * The scene with its rings thinned to one vertex in `step`; rings of fewer than 8 × `step` vertices are kept.
 *
 * @example
 * coarseScene(scene, 4).rings[0].outline.length; // about a quarter of scene.rings[0].outline.length
 */
export function coarseScene(scene: Scene, step: number): Scene {
  const rings: SceneRing[] = scene.rings.map((ring) => ({
    ...ring,
    area: thinArea(ring.area, step),
    outline: ring.outline ? thin(ring.outline, step) : null,
    band: thinArea(ring.band, step),
    bandOutlines: ring.bandOutlines.map((edge) => thin(edge, step)),
  }));
  return { ...scene, rings };
}
