// The Leaflet layers of one ring of one launch point: its fill (hover highlights its system), its outline, and
// its published band's fill and dashed outline. Memoised on plain values, so a render of the rings layer
// leaves untouched every ring whose geometry and look did not change (no restyle, no redraw of the canvas).
import type { Renderer } from 'leaflet';
import { memo, useMemo } from 'react';
import { RingShape } from './RingShape';
import type { SiteRings } from './ringGeometry';
import { bandFillStyle, bandOutlineStyle, ringFillStyle, ringOutlineStyle } from './ringLayerStyles';

interface Props {
  ring: SiteRings;
  color: string;
  dash: string | undefined;
  emphasised: boolean;
  dimmed: boolean;
  /** A renderer of its own (a dragged launch point's: not hovered while it moves), else the pane's canvas. */
  renderer: Renderer | undefined;
  onHighlight: (systemId: string | null) => void;
}

export const RingLayers = memo(function RingLayers({
  ring,
  color,
  dash,
  emphasised,
  dimmed,
  renderer,
  onHighlight,
}: Props) {
  const systemId = ring.systemId;
  const fill = useMemo(() => ringFillStyle(color, { emphasised, dimmed }), [color, emphasised, dimmed]);
  const outline = useMemo(
    () => ringOutlineStyle(color, dash, { emphasised, dimmed }),
    [color, dash, emphasised, dimmed],
  );
  const bandFill = useMemo(() => bandFillStyle(color, dimmed), [color, dimmed]);
  const bandOutline = useMemo(() => bandOutlineStyle(color, dimmed), [color, dimmed]);
  const handlers = useMemo(
    () => ({ mouseover: () => onHighlight(systemId), mouseout: () => onHighlight(null) }),
    [onHighlight, systemId],
  );
  // react-leaflet reads `renderer` when a layer is made only: the caller keys a moved ring anew
  const own = renderer ? { renderer, interactive: false } : {};
  return (
    <>
      <RingShape positions={ring.ring.fill} closed pathOptions={fill} eventHandlers={handlers} {...own} />
      <RingShape
        positions={ring.ring.outline}
        closed={false}
        interactive={false}
        pathOptions={outline}
        {...own}
      />
      {ring.band && (
        <>
          <RingShape positions={ring.band.fill} closed interactive={false} pathOptions={bandFill} {...own} />
          <RingShape
            positions={ring.band.outline}
            closed={false}
            interactive={false}
            pathOptions={bandOutline}
            {...own}
          />
        </>
      )}
    </>
  );
});
