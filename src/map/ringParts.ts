// The paths that draw one ring of one launch point, in the order they are stacked: its fill (the one path that
// hovering highlights), its outline, then its published band's fill and dashed outline. The first drawing
// (firstMap) and React's layers (RingLayers) both draw this list.
import type { PathOptions } from 'leaflet';
import type { SiteRings } from './ringGeometry';
import type { RingLooks } from './ringLayerStyles';
import type { UnitRings } from './unitRings';

export interface RingPart {
  key: keyof RingLooks;
  rings: UnitRings;
  closed: boolean;
  /** The ring's fill: where a pointer highlights the ring's system. */
  hoverable: boolean;
  style: PathOptions;
}

/** The most paths a ring has: its fill and outline, and its band's. */
export const MOST_RING_PARTS = 4;

/** One ring's paths, bottom first, with their styles from `looks`. */
export function ringParts({ ring, band }: Pick<SiteRings, 'ring' | 'band'>, looks: RingLooks): RingPart[] {
  const parts: RingPart[] = [
    { key: 'fill', rings: ring.fill, closed: true, hoverable: true, style: looks.fill },
    { key: 'outline', rings: ring.outline, closed: false, hoverable: false, style: looks.outline },
  ];
  if (band)
    parts.push(
      { key: 'bandFill', rings: band.fill, closed: true, hoverable: false, style: looks.bandFill },
      {
        key: 'bandOutline',
        rings: band.outline,
        closed: false,
        hoverable: false,
        style: looks.bandOutline,
      },
    );
  return parts;
}
