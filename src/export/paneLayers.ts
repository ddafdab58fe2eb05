// A Leaflet map's panes as the layers a PNG capture paints from the bottom up: the panes that hold only canvases,
// copied pixel for pixel, the panes that hold only text labels, drawn from their boxes and styles, and the runs of
// other panes between them, copied as DOM. Painting them one by one keeps each step of a capture short, where one
// copy of the whole map (its canvases encoded into the copied DOM as PNG data URLs, decoded again) held the page
// for over half a second on the heaviest map, and a copy of its thousands of ring labels as DOM a third of one.

/** The class of an element on the map that a PNG capture leaves out (pngCapture). */
export const LEAVE_OUT_OF_PNG = 'png-export-leave-out';

/** Panes holding canvases only, in the order they are painted. */
export interface CanvasLayer {
  kind: 'canvas';
  canvases: HTMLCanvasElement[];
}

/** Panes holding text labels only (ring labels), in the order they are painted: their labels. */
export interface LabelLayer {
  kind: 'labels';
  labels: HTMLElement[];
}

/** Panes copied as DOM in one go (`bottom`: the first, which paints the map's own background). */
export interface DomLayer {
  kind: 'dom';
  panes: Set<Element>;
  bottom: boolean;
  top: boolean;
}

export type PaneLayer = CanvasLayer | LabelLayer | DomLayer;

/**
 * The panes of `mapPane` (Leaflet's `.leaflet-map-pane`) in paint order, bottom first: by z-index, then in
 * document order, as the browser stacks them. Empty panes go with the DOM layer they fall in. The first and last
 * layers are always DOM layers (perhaps with no panes): the map's background, and what lies outside its panes.
 *
 * @example
 * paneLayers(map.getPane('mapPane'));
 * // [dom (background, tiles), canvas (basemap, rings), dom (country names), labels (ring labels), dom (markers)]
 */
export function paneLayers(mapPane: Element): PaneLayer[] {
  const panes = [...mapPane.children]
    .map((pane, order) => ({ pane, order, z: zIndexOf(pane) }))
    .sort((a, b) => a.z - b.z || a.order - b.order)
    .map(({ pane }) => pane);
  const layers: PaneLayer[] = [{ kind: 'dom', panes: new Set(), bottom: true, top: false }];
  for (const pane of panes) {
    const last = layers.at(-1) as PaneLayer;
    const canvases = canvasesOnly(pane);
    const labels = canvases === null ? textLabelsOnly(pane) : null;
    if (labels !== null) {
      if (last.kind === 'labels') last.labels.push(...labels);
      else layers.push({ kind: 'labels', labels });
    } else if (canvases === null) {
      if (last.kind === 'dom') last.panes.add(pane);
      else layers.push({ kind: 'dom', panes: new Set([pane]), bottom: false, top: false });
    } else if (canvases.length > 0) {
      if (last.kind === 'canvas') last.canvases.push(...canvases);
      else layers.push({ kind: 'canvas', canvases });
    }
  }
  const last = layers.at(-1) as PaneLayer;
  if (last.kind === 'dom') last.top = true;
  else layers.push({ kind: 'dom', panes: new Set(), bottom: false, top: true });
  return layers;
}

function zIndexOf(pane: Element): number {
  const z = Number.parseInt(getComputedStyle(pane).zIndex, 10);
  return Number.isFinite(z) ? z : 0;
}

/**
 * The pane's canvases if it holds nothing else (an empty pane: none), else null. A canvas left out of the PNG
 * (`png-export-leave-out`: the map shows a canvas by such a copy, src/map/mirrorCanvas.ts) is not one of them.
 */
function canvasesOnly(pane: Element): HTMLCanvasElement[] | null {
  const canvases: HTMLCanvasElement[] = [];
  for (const child of pane.children) {
    if (!(child instanceof HTMLCanvasElement)) return null;
    if (!child.classList.contains(LEAVE_OUT_OF_PNG)) canvases.push(child);
  }
  return canvases;
}

/**
 * The labels of a pane of ring labels only (each child a Leaflet icon `.ring-label-icon` holding one
 * `.ring-label` of text, a <bdi> at most), else null: drawTextLabels draws nothing else.
 */
function textLabelsOnly(pane: Element): HTMLElement[] | null {
  const labels: HTMLElement[] = [];
  for (const icon of pane.children) {
    const label = icon.firstElementChild;
    if (
      !icon.classList.contains('ring-label-icon') ||
      icon.childElementCount !== 1 ||
      !(label instanceof HTMLElement) ||
      !label.classList.contains('ring-label') ||
      [...label.children].some((child) => child.localName !== 'bdi' || child.childElementCount > 0)
    )
      return null;
    labels.push(label);
  }
  return labels.length > 0 ? labels : null;
}
