// The box a launch area's reach label covers on the map ("ERAM from Moldova, 460 km"), as AreasLayer draws it:
// centred on its anchor, a few pixels above it (or below it, for a reach whose top is off the map). The ring
// labels and the reach labels keep clear of such boxes (placeReachLabels, placeRingLabels).
import type { BBox } from 'rbush';
import type { LonLat } from '../geo';
import { mercatorX, mercatorY } from './countryLabels';
import { LABEL_HEIGHT_PX, labelWidthPx } from './labelWidthPx';

/** A reach's label where it stands: its anchor on the reach's outline, its text, and its side of the anchor. */
export interface ReachLabel {
  at: LonLat;
  text: string;
  below: boolean;
}

/** Between the anchor and the label's box: at a reach's top (or foot), the label stays off its outline. */
export const REACH_LABEL_GAP_PX = 6;
/** Clear space kept around the label, in px (as around a ring's label). */
const CLEAR_PX = 2;
/**
 * `.ring-label` stands with its top 115 % of its height above its anchor (app.css); `.area-label-below` with
 * its top 15 % below it (areas.css).
 */
const RAISE = 1.15;
const LOWER = 0.15;

/**
 * The box of a reach's label, with its clear space, in Web Mercator pixels of a world `worldPx` wide.
 *
 * @example
 * reachLabelBox({ at: [28.5, 48.5], text: 'ERAM from Moldova, 460 km', below: false }, 256 * 2 ** 5);
 */
export function reachLabelBox({ at, text, below }: ReachLabel, worldPx: number): BBox {
  const x = mercatorX(at[0]) * worldPx;
  const y = mercatorY(at[1]) * worldPx;
  const halfWidth = labelWidthPx(text) / 2 + CLEAR_PX;
  const top = below
    ? y + REACH_LABEL_GAP_PX + LOWER * LABEL_HEIGHT_PX
    : y - REACH_LABEL_GAP_PX - RAISE * LABEL_HEIGHT_PX;
  return {
    minX: x - halfWidth,
    minY: top - CLEAR_PX,
    maxX: x + halfWidth,
    maxY: top + LABEL_HEIGHT_PX + CLEAR_PX,
  };
}
