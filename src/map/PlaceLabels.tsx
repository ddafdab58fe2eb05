// Country names for orientation, in the labels pane above the rings: placed and thinned by countryLabels, clear
// of the ring labels and launch points (ringLabelSpace), drawn as non-interactive DOM markers (text set as text,
// never as HTML), in the world copy nearest the view's centre; a wide country's name where the view shows it
// (namePlaceInView).
import { divIcon, type Map as LeafletMap, type Marker, marker } from 'leaflet';
import { startTransition, useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { loadPart } from '../data';
import { unpackCountryLabels } from './buildCountryLabels';
import { type LabelCandidate, type PixelBox, pickLabels, TILE_PX } from './countryLabels';
import { namePlaceInView } from './namePlaceInView';
import { PANES } from './panes';
import { ringLabelSpace } from './ringLabelSpace';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import type { Countries } from './useCountries';

type Scale = Countries['scale'];

let loading: Promise<Record<Scale, LabelCandidate[]>> | undefined;

/** The candidates of both scales, placed at build time (buildCountryLabels), from their own small chunk. */
function loadCandidates(): Promise<Record<Scale, LabelCandidate[]>> {
  loading ??= loadPart('the country names', () => import('virtual:country-labels')).then(
    ({ default: read }) => {
      const packed = read();
      return { '110m': unpackCountryLabels(packed['110m']), '50m': unpackCountryLabels(packed['50m']) };
    },
    (error: unknown) => {
      // a later render tries again (a chunk can fail to load while offline before the app was cached)
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function labelMarker(name: string): Marker {
  const text = document.createElement('span');
  text.textContent = name;
  // Orientation only: a screen reader would otherwise read out a hundred country names with the map.
  text.setAttribute('aria-hidden', 'true');
  return marker([0, 0], {
    // No icon size: the text sizes itself, centred on the point by basemap.css.
    icon: divIcon({ className: 'basemap-label', html: text, iconSize: undefined }),
    pane: PANES.labels.name,
    interactive: false,
    keyboard: false,
  });
}

const NO_CANDIDATES: LabelCandidate[] = [];
/** How long the ring labels stay put before the country names are thinned around them again. */
const SETTLE_MS = 120;

interface Props {
  countries: Countries;
  /**
   * Only names that lie wholly in the view, with their margin (an image's frame: a name cut by its edge reads
   * as a mistake there, where on a live map it is only the edge of what is shown).
   */
  wholeOnly?: boolean;
}

export function PlaceLabels({ countries, wholeOnly = false }: Props) {
  const map = useMap();
  // Labels wait until the page is idle after the rings are drawn: they are orientation, never urgent.
  const idle = useAfterFirstPaint({ idle: { timeoutMs: 1500, fallbackMs: 300 } });
  const [loaded, setLoaded] = useState<Record<Scale, LabelCandidate[]> | null>(null);
  useEffect(
    function loadLabelsWhenIdle() {
      if (!idle || loaded) return;
      let live = true;
      loadCandidates().then(
        (candidates) => {
          if (live) startTransition(() => setLoaded(candidates));
        },
        () => {
          // No names: the map is whole without them; the next render of the basemap tries again.
        },
      );
      return () => {
        live = false;
      };
    },
    [idle, loaded],
  );
  const candidates = loaded?.[countries.scale] ?? NO_CANDIDATES;
  // Markers are made once per name and only moved, added or removed afterwards.
  const markers = useRef(new Map<string, Marker>());

  useEffect(
    function showLabelsThatFit() {
      const space = ringLabelSpace(map);
      const shown = new Map<string, Marker>();
      const update = () => {
        const centreLon = map.getCenter().lng;
        const next = new Map<string, Marker>();
        const zoom = map.getZoom();
        const taken = space.taker(zoom);
        const view = viewBox(map);
        const outside = wholeOnly && view ? outsideView(view, zoom) : () => false;
        const oneEach = view ? namePlaceInView(candidates, zoom, view) : candidates;
        for (const c of pickLabels(oneEach, zoom, (box) => taken(box) || outside(box))) {
          let m = markers.current.get(c.name);
          if (!m) {
            m = labelMarker(c.name);
            markers.current.set(c.name, m);
          }
          const [lon, lat] = c.anchor;
          // The copy of the world nearest the view's centre: land and rings are drawn in three copies.
          const lng = lon + 360 * Math.round((centreLon - lon) / 360);
          // a name that stays where it was is not moved: each move sets its element's position and z-index
          const at = m.getLatLng();
          if (at.lat !== lat || at.lng !== lng) m.setLatLng([lat, lng]);
          next.set(c.name, m);
        }
        for (const [name, m] of shown) if (!next.has(name)) m.remove();
        for (const [name, m] of next) if (!shown.has(name)) m.addTo(map);
        shown.clear();
        for (const [name, m] of next) shown.set(name, m);
      };
      update();
      // a frame's names depend on its edges too, which a new size moves
      const events = wholeOnly ? 'zoomend moveend resize' : 'zoomend moveend';
      map.on(events, update);
      // ring labels placed anew: the names follow in the same task, so a change (a point added, a tick, a
      // rename) shows whole in one frame; while a point's labels move with a drag, once they have settled,
      // never within the frame of a move
      let settling: ReturnType<typeof setTimeout> | undefined;
      const stopListening = space.subscribe(() => {
        clearTimeout(settling);
        settling = undefined;
        if (space.moving()) settling = setTimeout(update, SETTLE_MS);
        else update();
      });
      return () => {
        stopListening();
        clearTimeout(settling);
        map.off(events, update);
        for (const m of shown.values()) m.remove();
      };
    },
    [map, candidates, wholeOnly],
  );

  return null;
}

/** Whether a name's box (world pixels at the map's zoom, in any world copy) reaches past the map's view. */
/** The view in pixels at its zoom (0 at the world's top-left corner); null before the map has a size. */
function viewBox(map: LeafletMap): PixelBox | null {
  const { min, max } = map.getPixelBounds();
  return min && max ? { minX: min.x, minY: min.y, maxX: max.x, maxY: max.y } : null;
}

function outsideView(view: PixelBox, zoom: number): (box: PixelBox) => boolean {
  const worldPx = TILE_PX * 2 ** zoom;
  const centreX = (view.minX + view.maxX) / 2;
  return (box) => {
    // the copy of the world nearest the view's centre, where the name is drawn
    const dx = worldPx * Math.round((centreX - (box.minX + box.maxX) / 2) / worldPx);
    return (
      box.minX + dx < view.minX || box.maxX + dx > view.maxX || box.minY < view.minY || box.maxY > view.maxY
    );
  };
}
