// A ring label's icon: its text in a span, set as text only (a label built from a user's file is never parsed
// as HTML), in its ring's ink. The labels React draws and those of a dragged launch point share it.
import { type DivIcon, divIcon } from 'leaflet';

/** What a label reads and its ink. */
export interface LabelInk {
  text: string;
  name?: string | undefined;
  color: string;
  /** The system whose ring it names: a highlight of another system dims it (dimmedLabelsCss). */
  system?: string | undefined;
}

/** The pane of the ring labels, above the country and place names. */
export const RING_LABELS_PANE = 'ringLabels';

/**
 * The icon of a label anchored at its top left corner.
 *
 * @example
 * marker(label.at, { icon: ringLabelIcon(label), interactive: false, pane: RING_LABELS_PANE });
 */
export function ringLabelIcon(ink: LabelInk): DivIcon {
  const el = document.createElement('span');
  el.className = 'ring-label';
  writeLabel(el, ink);
  return divIcon({ html: el, className: 'ring-label-icon', iconSize: undefined, iconAnchor: [0, 0] });
}

/**
 * Writes a new text or ink into the element of an icon made by ringLabelIcon, in place: the marker keeps its
 * element, where a new icon would make Leaflet rebuild it (a unit change rewrites every label of the map).
 *
 * @example
 * relabel(icon, { text: 'ATACMS · about 186 mi', name: 'ATACMS', color: '#009E73' });
 */
export function relabel(icon: DivIcon, ink: LabelInk): void {
  const el = icon.options.html;
  if (el instanceof HTMLElement) writeLabel(el, ink);
}

function writeLabel(el: HTMLElement, { text, name, color, system }: LabelInk): void {
  if (name && text.startsWith(name) && name.length < text.length) {
    // "name · range": a right-to-left name reads right to left inside its <bdi>, and cannot pull the
    // app's own " · 300 km" to its side; the label as a whole reads left to right, as the page does.
    const bdi = document.createElement('bdi');
    bdi.textContent = name;
    el.replaceChildren(bdi, text.slice(name.length));
    el.dir = 'ltr';
  } else {
    el.textContent = text;
    el.dir = 'auto'; // isolated from the page's text around it, right-to-left names read right to left
  }
  el.style.color = color;
  if (system !== undefined) el.dataset.system = system;
}
