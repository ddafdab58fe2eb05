// The paths of one ring of a dragged launch point: ringParts' list, with a fill and its outline drawn as one
// path where they are the same line (a ring that is a disk on the map, and its band: the usual case), filled
// then stroked as the two paths were, one above the other. A move then sets, styles, lays out and paints half as
// many paths. A ring cut by the map's edge or reaching past a pole keeps its two paths: its fill is closed
// along edges that are not the ring, and stroking them would draw a range limit where there is none.
import type { SiteRings } from './ringGeometry';
import type { RingLooks } from './ringLayerStyles';
import { type RingPart, ringParts } from './ringParts';
import type { UnitRings } from './unitRings';

/**
 * A path of a dragged point's ring: `id` names what it draws ('fill', 'outline', 'fill+outline', …), so a ring
 * whose fill and outline part or meet as it is dragged gets paths of the right style, not a restyled one.
 */
export type MovingRingPart = RingPart & { id: string };

/**
 * One ring's paths, bottom first, a fill and its outline merged when they trace the same points.
 *
 * @example
 * movingRingParts(ring, looks).map((p) => p.id); // ['fill+outline', 'bandFill+bandOutline'] for a disk with a band
 */
export function movingRingParts(ring: Pick<SiteRings, 'ring' | 'band'>, looks: RingLooks): MovingRingPart[] {
  const parts = ringParts(ring, looks);
  const merged: MovingRingPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as RingPart;
    const next = parts[i + 1];
    if (part.closed && next && !next.closed && sameRings(part.rings, next.rings)) {
      const style = { ...next.style, ...fillOf(part), fill: true, stroke: true };
      merged.push({ ...part, id: `${part.key}+${next.key}`, style });
      i++;
    } else merged.push({ ...part, id: part.key });
  }
  return merged;
}

/** A fill's own options: its colour, opacity and rule (its `stroke: false` is the outline's to set). */
function fillOf({ style }: RingPart) {
  const { fillColor, fillOpacity, fillRule } = style;
  return {
    ...(fillColor === undefined ? {} : { fillColor }),
    ...(fillOpacity === undefined ? {} : { fillOpacity }),
    ...(fillRule === undefined ? {} : { fillRule }),
  };
}

function sameRings(a: UnitRings, b: UnitRings): boolean {
  if (a === b) return true;
  if (a.lengths.length !== b.lengths.length || a.coordinates.length !== b.coordinates.length) return false;
  for (let i = 0; i < a.lengths.length; i++) if (a.lengths[i] !== b.lengths[i]) return false;
  for (let i = 0; i < a.coordinates.length; i++) if (a.coordinates[i] !== b.coordinates[i]) return false;
  return true;
}
