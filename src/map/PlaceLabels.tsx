// Country names for orientation, in the labels pane above the rings: placed and thinned by countryLabels, drawn as
// non-interactive DOM markers (text set as text, never as HTML), in the world copy nearest the view's centre.
import { divIcon, type Marker, marker } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { type LabelCandidate, labelCandidates, pickLabels } from './countryLabels';
import { PANES } from './panes';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { COUNTRIES_110M, type Countries } from './useCountries';

const candidateCache = new WeakMap<Countries, LabelCandidate[]>();

/**
 * Candidates for a set of outlines. A country in both scales keeps its 1:110m placement (its interior point lies
 * far from any coast, where the two scales agree), so the 1:50m set only adds the small countries 1:110m leaves out.
 */
function candidatesFor(countries: Countries): LabelCandidate[] {
  let found = candidateCache.get(countries);
  if (found) return found;
  if (countries === COUNTRIES_110M) {
    found = labelCandidates(countries.outlines);
  } else {
    const base = candidatesFor(COUNTRIES_110M);
    const known = new Set(base.map((c) => c.name));
    const extra = labelCandidates({
      type: 'FeatureCollection',
      features: countries.outlines.features.filter((f) => !known.has(f.properties?.name)),
    });
    found = [...base, ...extra].sort((a, b) => b.area - a.area);
  }
  candidateCache.set(countries, found);
  return found;
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

export function PlaceLabels({ countries }: { countries: Countries }) {
  const map = useMap();
  // Placing labels takes tens of milliseconds: it waits until the page is idle, after the rings are drawn.
  const idle = useAfterFirstPaint({ idle: { timeoutMs: 1500, fallbackMs: 300 } });
  const candidates = useMemo(() => (idle ? candidatesFor(countries) : []), [idle, countries]);
  // Markers are made once per name and only moved, added or removed afterwards.
  const markers = useRef(new Map<string, Marker>());

  useEffect(
    function showLabelsThatFit() {
      const shown = new Map<string, Marker>();
      const update = () => {
        const centreLon = map.getCenter().lng;
        const next = new Map<string, Marker>();
        for (const c of pickLabels(candidates, map.getZoom())) {
          let m = markers.current.get(c.name);
          if (!m) {
            m = labelMarker(c.name);
            markers.current.set(c.name, m);
          }
          const [lon, lat] = c.anchor;
          // The copy of the world nearest the view's centre: land and rings are drawn in three copies.
          m.setLatLng([lat, lon + 360 * Math.round((centreLon - lon) / 360)]);
          next.set(c.name, m);
        }
        for (const [name, m] of shown) if (!next.has(name)) m.remove();
        for (const [name, m] of next) if (!shown.has(name)) m.addTo(map);
        shown.clear();
        for (const [name, m] of next) shown.set(name, m);
      };
      update();
      map.on('zoomend moveend', update);
      return () => {
        map.off('zoomend moveend', update);
        for (const m of shown.values()) m.remove();
      };
    },
    [map, candidates],
  );

  return null;
}
