// Fits a map's view so that every ring, ring label and launch point lies inside it with a margin. Rings scale
// with the zoom but labels keep their size: the view that fits is predicted from the labels as drawn now, then
// the labels drawn at that view are measured and the view is zoomed out and re-centred until they fit too.
// Each view change re-projects every vector layer (the 1:50m basemap too), so the prediction saves most of them.
import { type LatLngBounds, type Map as LeafletMap, point } from 'leaflet';
import { ringsSettled } from './ringsSettled';
import { WORLD_COPY_CLASS } from './worldCopyClass';

/**
 * What is drawn for the rings and must stay in frame (class names of RingLabels, LaunchMarkers, MarksLayer,
 * AreasLayer), but not a label on a world copy of a launch area's reach, 360° from the rings' bounds: counted, it
 * made every fit zoom out to the whole world, where more copies came into view.
 */
const FRAMED = `.ring-label:not(.${WORLD_COPY_CLASS}), .launch-marker, .site-label, .mark-marker, .mark-label`;
const ROUNDS = 4;
/** Room left for labels placed anew at the predicted zoom, as a share of the frame's shorter side. */
const PREDICTION_SLACK = 0.02;

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

/** A label as drawn: its centre in world pixels at the map's zoom, and its size, which no zoom changes. */
interface DrawnLabel {
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
}

function drawnLabels(map: LeafletMap): DrawnLabel[] {
  const container = map.getContainer();
  const frame = container.getBoundingClientRect();
  const scale = container.offsetWidth > 0 ? frame.width / container.offsetWidth : 1;
  const origin = map.getPixelOrigin();
  const labels: DrawnLabel[] = [];
  for (const el of container.querySelectorAll(FRAMED)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const centre = map
      .containerPointToLayerPoint([
        ((r.left + r.right) / 2 - frame.left) / scale,
        ((r.top + r.bottom) / 2 - frame.top) / scale,
      ])
      .add(origin);
    labels.push({
      x: centre.x,
      y: centre.y,
      halfWidth: r.width / scale / 2,
      halfHeight: r.height / scale / 2,
    });
  }
  return labels;
}

/**
 * Sets, in one view change, the view at which the rings and the labels as drawn now fit with the margin: a
 * label's anchor moves with the map as the zoom changes, its size does not. Labels placed anew at that zoom may
 * differ a little (a few pixels), so the view leaves `slackPx` more on each side: a prediction that falls short
 * costs another view change and two frames, as much as the rest of a new size together. Not Leaflet's
 * fitBounds: with 3D transforms off (the app turns them off, src/app/leafletFlags.ts) it rounds the zoom down to
 * a whole level; the map must take fractional zooms.
 */
function predictFit(map: LeafletMap, rings: LatLngBounds, marginPx: number, slackPx: number): void {
  const size = map.getSize();
  const zoom = map.getZoom();
  const nw = map.project(rings.getNorthWest(), zoom);
  const se = map.project(rings.getSouthEast(), zoom);
  const labels = map.getContainer().getBoundingClientRect().width > 0 ? drawnLabels(map) : [];
  // the box of everything at `k` times the current scale, in world pixels at that scale
  const boxAt = (k: number): Box => {
    const box = { minX: nw.x * k, minY: nw.y * k, maxX: se.x * k, maxY: se.y * k };
    for (const l of labels) {
      box.minX = Math.min(box.minX, l.x * k - l.halfWidth);
      box.minY = Math.min(box.minY, l.y * k - l.halfHeight);
      box.maxX = Math.max(box.maxX, l.x * k + l.halfWidth);
      box.maxY = Math.max(box.maxY, l.y * k + l.halfHeight);
    }
    return box;
  };
  const fits = (k: number) => {
    const b = boxAt(k);
    const room = 2 * (marginPx + slackPx);
    return b.maxX - b.minX <= size.x - room && b.maxY - b.minY <= size.y - room;
  };
  // the box grows with k: the largest k that fits, by bisection over a wide range of zooms
  let low = 2 ** (map.getMinZoom() - zoom);
  let high = 2 ** (map.getMaxZoom() - zoom);
  if (!fits(low)) high = low; // not even the whole world fits: show it
  for (let i = 0; i < 40 && high / low > 1.0001; i++) {
    const mid = Math.sqrt(low * high);
    if (fits(mid)) low = mid;
    else high = mid;
  }
  const box = boxAt(low);
  const target = zoom + Math.log2(low);
  const centre = map.unproject(point((box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2), target);
  map.setView(centre, target, { animate: false });
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
  const frame = map.getSize();
  predictFit(map, rings, marginPx, Math.max(4, Math.round(Math.min(frame.x, frame.y) * PREDICTION_SLACK)));
  for (let round = 0; round < ROUNDS; round++) {
    // labels follow a zoom by a render: two frames; a heavy map's, once its rings are all made (in slices)
    await nextFrame();
    await nextFrame();
    await ringsSettled(map);
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
