// A ring's fill (closed) or outline as a react-leaflet layer: a RingPath on the pane's canvas; on a renderer
// of its own (a dragged launch point's SVG) a plain Polygon or Polyline, which any renderer draws.
import { createElementObject, createPathComponent, extendContext, type PathProps } from '@react-leaflet/core';
import { type LatLngTuple, Polygon, Polyline, type PolylineOptions } from 'leaflet';
import { RingPath } from './RingPath';

export interface RingShapeProps extends PolylineOptions, PathProps {
  positions: LatLngTuple[][] | LatLngTuple[][][];
  closed: boolean;
}

export const RingShape = createPathComponent<RingPath | Polygon | Polyline, RingShapeProps>(
  function createRingShape({ positions, closed, ...options }, ctx) {
    const layer = options.renderer
      ? // the vertex count already follows the zoom: Leaflet's own 1-px simplification would undo it
        closed
        ? new Polygon(positions, { ...options, smoothFactor: 0 })
        : new Polyline(positions as LatLngTuple[][], { ...options, smoothFactor: 0 })
      : new RingPath(positions, closed, options);
    return createElementObject(layer, extendContext(ctx, { overlayContainer: layer }));
  },
  function updateRingShape(layer, props, prevProps) {
    if (props.positions === prevProps.positions) return;
    if (layer instanceof RingPath) layer.setPositions(props.positions);
    else layer.setLatLngs(props.positions);
  },
);
