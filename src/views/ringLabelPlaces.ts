// Where the labels of rings and launch areas' reaches go in a true-shape view: above each outline's topmost
// visible vertex, so a label stays on screen as the view turns; the same places on the canvas and in the SVG.
import type { GeoPath, GeoPermissibleObjects } from 'd3';
import type { Position } from 'geojson';
import { projectVisible } from './projectVisible';
import type { Scene } from './viewScene';

/** A labelled outline: a ring's, or a launch area's reach (all its true boundary's vertices). */
interface Labelled {
  label: string;
  labelColor: string;
  vertices: Position[];
  /** Dimmed by another system's highlight. */
  dimmed?: boolean;
}

/**
 * Where each ring's label goes (centre of the text, baseline), then each reach's; a label that would cover
 * another's is left out.
 */
export function ringLabelPlaces(
  path: GeoPath<unknown, GeoPermissibleObjects>,
  scene: Scene,
  widthOf: (text: string) => number,
): { ring: Labelled; x: number; y: number; width: number }[] {
  const labelled: Labelled[] = [
    ...scene.rings.flatMap((r) =>
      r.outline ? [{ label: r.label, labelColor: r.labelColor, vertices: r.outline, dimmed: r.dimmed }] : [],
    ),
    ...(scene.reaches ?? []).flatMap((r) =>
      r.label && r.outlines?.length
        ? [
            {
              label: r.label,
              labelColor: r.labelColor ?? r.color,
              vertices: r.outlines.flat(),
              dimmed: r.dimmed ?? false,
            },
          ]
        : [],
    ),
  ];
  const taken: { ring: Labelled; x: number; y: number; width: number }[] = [];
  for (const ring of labelled) {
    let best: [number, number] | null = null;
    const step = Math.max(1, Math.floor(ring.vertices.length / 90));
    for (let i = 0; i < ring.vertices.length; i += step) {
      const v = ring.vertices[i] as Position;
      const p = projectVisible(path, [v[0] ?? 0, v[1] ?? 0]);
      if (p && p[1] > 14 && (!best || p[1] < best[1])) best = p;
    }
    if (!best) continue;
    const w = widthOf(ring.label);
    const y = best[1] - 5;
    // one label per place: a ring whose label would cover another's leaves it out
    if (taken.some((t) => Math.abs(t.y - y) < 14 && Math.abs(t.x - best[0]) < (t.width + w) / 2)) continue;
    taken.push({ ring, x: best[0], y, width: w });
  }
  return taken;
}
