// The Leaflet layers of one ring of one launch point, as ringParts lists them: its fill (hover highlights its
// system), its outline, and its published band's fill and dashed outline. Memoised on plain values, so a render
// of the rings layer leaves untouched every ring whose geometry and look did not change (no restyle, no redraw).
import type { Renderer } from 'leaflet';
import { memo, useMemo } from 'react';
import type { OnHighlight } from '../scenario';
import { RingShape } from './RingShape';
import type { SiteRings } from './ringGeometry';
import { ringLooks } from './ringLayerStyles';
import { ringParts } from './ringParts';

interface Props {
  ring: SiteRings;
  color: string;
  dash: string | undefined;
  emphasised: boolean;
  dimmed: boolean;
  /** A renderer of its own (a dragged launch point's: not hovered while it moves), else the pane's canvas. */
  renderer: Renderer | undefined;
  /** The place of its first path among the canvas's ring paths, bottom first (keepRingsStacked). */
  stack: number | undefined;
  onHighlight: OnHighlight;
}

export const RingLayers = memo(function RingLayers({
  ring,
  color,
  dash,
  emphasised,
  dimmed,
  renderer,
  stack,
  onHighlight,
}: Props) {
  const systemId = ring.systemId;
  const looks = useMemo(
    () => ringLooks(color, dash, { emphasised, dimmed }),
    [color, dash, emphasised, dimmed],
  );
  const handlers = useMemo(
    () => ({
      mouseover: () => onHighlight(systemId, 'map'),
      mouseout: () => onHighlight(null, 'map'),
    }),
    [onHighlight, systemId],
  );
  // react-leaflet reads `renderer` when a layer is made only: the caller keys a moved ring anew
  const own = renderer ? { renderer } : {};
  return ringParts(ring, looks).map((part, p) => (
    <RingShape
      key={part.key}
      stack={stack === undefined ? undefined : stack + p}
      rings={part.rings}
      closed={part.closed}
      pathOptions={part.style}
      // a ring on a renderer of its own is being dragged: not hovered
      interactive={part.hoverable && !renderer}
      eventHandlers={part.hoverable ? handlers : undefined}
      {...own}
    />
  ));
});
