// A ring's fill (closed) or outline as a react-leaflet layer: a RingPath, on the pane's canvas or on a renderer
// of its own (a dragged launch point's SVG).
import { createElementObject, createPathComponent, extendContext, type PathProps } from '@react-leaflet/core';
import type { PolylineOptions } from 'leaflet';
import { RingPath } from './RingPath';
import type { UnitRings } from './unitRings';

export interface RingShapeProps extends PolylineOptions, PathProps {
  rings: UnitRings;
  closed: boolean;
  /** Its place among the canvas's ring paths, bottom first (keepRingsStacked); none on a renderer of its own. */
  stack?: number | undefined;
}

export const RingShape = createPathComponent<RingPath, RingShapeProps>(
  function createRingShape({ rings, closed, stack, ...options }, ctx) {
    const layer = new RingPath(rings, closed, options);
    layer.stack = stack;
    return createElementObject(layer, extendContext(ctx, { overlayContainer: layer }));
  },
  function updateRingShape(layer, props, prevProps) {
    if (props.rings !== prevProps.rings) layer.setRings(props.rings);
    layer.stack = props.stack;
  },
);
