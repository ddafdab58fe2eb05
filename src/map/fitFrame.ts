// Fits a map's view so that every ring, ring label and launch point lies inside it with a margin. Rings scale
// with the zoom but labels keep their size, so the view is fitted to the rings' bounds first, then the drawn
// labels are measured and the view is zoomed out and re-centred until they fit too.
import type { LatLngBounds, Map as LeafletMap } from 'leaflet';

/** What is drawn for the rings and must stay in frame (class names of RingLabels, LaunchMarkers, MarksLayer). */
const FRAMED = '.ring-label, .launch-marker, .site-label, .mark-marker, .mark-label';
const ROUNDS = 4;

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

/** The union of the rings' bounds and the drawn labels and markers, in the map's CSS pixels. */
export function framedBox(map: LeafletMap, rings: LatLngBounds): Box {
  const container = map.getContainer();
  const frame = container.getBoundingClientRect();
  // the map may be shown scaled (a preview): element boxes are read back in the map's own pixels
  const scale = container.offsetWidth > 0 ? frame.width / container.offsetWidth : 1;
  const a = map.latLngToContainerPoint(rings.getNorthWest());
  const b = map.latLngToContainerPoint(rings.getSouthEast());
  const box: Box = { minX: a.x, minY: a.y, maxX: b.x, maxY: b.y };
  for (const el of container.querySelectorAll(FRAMED)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    box.minX = Math.min(box.minX, (r.left - frame.left) / scale);
    box.minY = Math.min(box.minY, (r.top - frame.top) / scale);
    box.maxX = Math.max(box.maxX, (r.right - frame.left) / scale);
    box.maxY = Math.max(box.maxY, (r.bottom - frame.top) / scale);
  }
  return box;
}

/**
 * Leaflet's fitBounds rounds the zoom down to a whole level when 3D transforms are off (the app turns them off,
 * src/app/leafletFlags.ts): the zoom that fits is computed here, and the map must take fractional zooms
 * (allowFractionalZoom).
 */
function fitBoundsExactly(map: LeafletMap, bounds: LatLngBounds, marginPx: number): void {
  const size = map.getSize();
  const zoom = map.getZoom();
  const nw = map.project(bounds.getNorthWest(), zoom);
  const se = map.project(bounds.getSouthEast(), zoom);
  const scale = Math.min(
    (size.x - 2 * marginPx) / Math.max(1, se.x - nw.x),
    (size.y - 2 * marginPx) / Math.max(1, se.y - nw.y),
  );
  const centre = map.unproject(nw.add(se).divideBy(2), zoom);
  map.setView(centre, map.getScaleZoom(scale, zoom), { animate: false });
}

/**
 * Lets `map` take fractional zooms even with 3D transforms off (Leaflet 1.9 then snaps every zoom to a whole
 * level in `_limitZoom`); vector layers, markers and tiles all draw at fractional zooms.
 *
 * @example
 * allowFractionalZoom(map); map.setZoom(4.37);
 */
export function allowFractionalZoom(map: LeafletMap): void {
  (map as unknown as { _limitZoom(zoom: number): number })._limitZoom = (zoom) =>
    Math.max(map.getMinZoom(), Math.min(map.getMaxZoom(), zoom));
}

/**
 * Sets the view so that the rings (their bounds), their labels and the launch points fit inside the map with
 * `marginPx` to spare on every side; resolves once the labels drawn at the final view were measured. Needs a map
 * that takes fractional zooms (`zoomSnap: 0` and allowFractionalZoom), so the fit is exact.
 *
 * @example
 * await fitFrame(map, ringsBounds(centers, maxRangeM), 24);
 */
export async function fitFrame(map: LeafletMap, rings: LatLngBounds, marginPx: number): Promise<void> {
  fitBoundsExactly(map, rings, marginPx);
  for (let round = 0; round < ROUNDS; round++) {
    // labels follow a zoom by a render: two frames
    await nextFrame();
    await nextFrame();
    const size = map.getSize();
    const box = framedBox(map, rings);
    const width = box.maxX - box.minX;
    const height = box.maxY - box.minY;
    const inside =
      box.minX >= marginPx - 1 &&
      box.minY >= marginPx - 1 &&
      box.maxX <= size.x - marginPx + 1 &&
      box.maxY <= size.y - marginPx + 1;
    if (inside) return;
    const fits = Math.min((size.x - 2 * marginPx) / width, (size.y - 2 * marginPx) / height);
    const centre = map.containerPointToLatLng([(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2]);
    // labels do not shrink with the rings: zoom out a little more than the rings alone would need
    const zoomBy = fits < 1 ? Math.log2(fits) - 0.05 : 0;
    map.setView(centre, map.getZoom() + zoomBy, { animate: false });
  }
}
