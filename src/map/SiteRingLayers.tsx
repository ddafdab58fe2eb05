// The rings of one launch point, largest first, each as its RingLayers. Memoised: a render of the rings layer
// that leaves a point's rings, systems and highlight as they were does not reach its layers at all.
import type { Renderer } from 'leaflet';
import { memo } from 'react';
import { RingLayers } from './RingLayers';
import type { RingSystem } from './RingsLayer';
import type { SiteRings } from './ringGeometry';

interface Props {
  rings: readonly SiteRings[];
  systemById: ReadonlyMap<string, RingSystem>;
  highlightedId: string | null;
  /** A renderer of its own (a dragged launch point's), else the pane's canvas. */
  renderer?: Renderer | undefined;
  onHighlight: (systemId: string | null) => void;
}

export const SiteRingLayers = memo(function SiteRingLayers({
  rings,
  systemById,
  highlightedId,
  renderer,
  onHighlight,
}: Props) {
  return rings.map((ring) => {
    const system = systemById.get(ring.systemId);
    if (!system) return null;
    return (
      <RingLayers
        key={ring.systemId}
        ring={ring}
        color={system.color}
        dash={system.dash}
        emphasised={highlightedId === ring.systemId}
        dimmed={highlightedId !== null && highlightedId !== ring.systemId}
        renderer={renderer}
        onHighlight={onHighlight}
      />
    );
  });
});
