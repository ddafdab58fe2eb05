// The layers of one launch point's rings, largest first, each a RingLayers keyed by `keyPrefix` and its system,
// as elements of the caller's own list: the rings of all points stay one flat list, so a canvas keeps the
// order in which they were added (a component per point changed the stacking after a zoom and back); on the
// canvas each path carries its place in the stack, so a path added later is drawn in its place
// (keepRingsStacked).
import type { Renderer } from 'leaflet';
import type { ReactElement } from 'react';
import type { OnHighlight } from '../scenario';
import { RingLayers } from './RingLayers';
import type { RingSystem } from './RingsLayer';
import type { SiteRings } from './ringGeometry';
import { ringLookFor } from './ringLayerStyles';
import { MOST_RING_PARTS } from './ringParts';

interface Options {
  keyPrefix: string;
  systemById: ReadonlyMap<string, RingSystem>;
  highlightedId: string | null;
  /** A renderer of its own (a dragged launch point's), else the pane's canvas. */
  renderer?: Renderer | undefined;
  /** On the pane's canvas: the place of the first ring's first path in the stack (keepRingsStacked). */
  stackFrom?: number;
  onHighlight: OnHighlight;
}

export function siteRingLayers(
  rings: readonly SiteRings[],
  { keyPrefix, systemById, highlightedId, renderer, stackFrom, onHighlight }: Options,
): ReactElement[] {
  return rings.flatMap((ring, r) => {
    const system = systemById.get(ring.systemId);
    if (!system) return [];
    const { emphasised, dimmed } = ringLookFor(ring.systemId, highlightedId);
    return [
      <RingLayers
        key={`${keyPrefix}:${ring.systemId}`}
        ring={ring}
        color={system.color}
        dash={system.dash}
        emphasised={emphasised}
        dimmed={dimmed}
        renderer={renderer}
        stack={stackFrom === undefined ? undefined : stackFrom + r * MOST_RING_PARTS}
        onHighlight={onHighlight}
      />,
    ];
  });
}
