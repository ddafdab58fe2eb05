// The look of one ring's four paths (fill, outline, band fill, band outline) for its system's colour and
// dash, plain or emphasised or dimmed by a highlight: the same on the first drawing and on React's layers.
import type { PathOptions } from 'leaflet';
import { type RingLook, ringLookStyle } from '../scenario';
import { ringOutlineOptions } from './ringOutlineOptions';

export { type RingLook, ringLookFor } from '../scenario';

/** Layers a ring's band is drawn with carry this class (frameVectors tells them by it); the canvas ignores it. */
export const BAND_CLASS = 'ring-band';

export function ringFillStyle(color: string, look: RingLook): PathOptions {
  return { stroke: false, fillColor: color, fillOpacity: ringLookStyle(look).fillOpacity };
}

export function ringOutlineStyle(color: string, dash: string | undefined, look: RingLook): PathOptions {
  return ringOutlineOptions(dash === undefined ? { color } : { color, dash }, look);
}

export function bandFillStyle(color: string, dimmed: boolean): PathOptions {
  return {
    stroke: false,
    fillColor: color,
    fillOpacity: ringLookStyle({ emphasised: false, dimmed }).bandFillOpacity,
    fillRule: 'evenodd',
    className: BAND_CLASS,
  };
}

export function bandOutlineStyle(color: string, dimmed: boolean): PathOptions {
  const opacity = ringLookStyle({ emphasised: false, dimmed }).bandEdgeOpacity;
  return { color, weight: 1, dashArray: '4 4', opacity, className: BAND_CLASS };
}

/** The styles of a ring's four paths, for one colour, dash and look. */
export interface RingLooks {
  fill: PathOptions;
  outline: PathOptions;
  bandFill: PathOptions;
  bandOutline: PathOptions;
}

export function ringLooks(color: string, dash: string | undefined, look: RingLook): RingLooks {
  return {
    fill: ringFillStyle(color, look),
    outline: ringOutlineStyle(color, dash, look),
    bandFill: bandFillStyle(color, look.dimmed),
    bandOutline: bandOutlineStyle(color, look.dimmed),
  };
}
