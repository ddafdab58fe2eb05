// Draws country outlines on the map's canvas in the basemap pane, not interactive, with the copies of the world
// at ±360° only while the view comes near them (Leaflet re-projects every point of every drawn layer per zoom, and
// at 1:50m each world is 100,000 points). A theme restyles; new outlines replace the old in one canvas frame.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { type GeoJSON as GeoJSONLayer, geoJSON, type LatLngBounds, type Polyline } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Theme } from '../scenario';
import { countryStyle } from './basemapStyles';
import { cacheProjection } from './cacheProjection';
import { shiftWorld } from './countryGeometry';
import { PANES } from './panes';
import type { Countries } from './useCountries';

const ATTRIBUTION = 'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';
const WORLD_SHIFTS = [-360, 0, 360] as const;
type Shift = (typeof WORLD_SHIFTS)[number];

/**
 * All countries as one MultiPolygon feature: one Leaflet layer and one canvas path instead of ~180 layers,
 * which made the basemap the slowest part of the first paint. Countries never overlap, so the fill is the same.
 */
function asOneFeature(countries: FeatureCollection<Polygon | MultiPolygon>): Feature<MultiPolygon> {
  const polygons = countries.features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  );
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } };
}

/** A copy (shift ±360°) is drawn once the view, widened by half its size each way, reaches past ±180° towards it. */
function copyNeeded(shift: Shift, view: LatLngBounds): boolean {
  const padded = view.pad(0.5);
  return shift < 0 ? padded.getWest() < -180 : padded.getEast() > 180;
}

export function CountriesLayer({ countries, theme }: { countries: Countries; theme: Theme }) {
  const map = useMap();
  // Layers already built for this map, so zooming back and forth across the detail zoom builds nothing again.
  const built = useRef(new Map<Countries, Map<Shift, GeoJSONLayer>>());
  const shown = useRef(new Set<GeoJSONLayer>());
  const themeRef = useRef(theme);
  themeRef.current = theme;

  useEffect(
    function drawCountries() {
      let worlds = built.current.get(countries);
      if (!worlds) {
        worlds = new Map();
        built.current.set(countries, worlds);
      }
      const layerFor = (shift: Shift) => {
        let layer = worlds.get(shift);
        if (!layer) {
          layer = geoJSON(
            asOneFeature(shift === 0 ? countries.outlines : shiftWorld(countries.outlines, shift)),
            {
              pane: PANES.basemap.name,
              interactive: false,
              // The map's own world is always drawn and carries the credit.
              attribution: shift === 0 ? ATTRIBUTION : undefined,
              style: countryStyle(themeRef.current),
            },
          );
          // the outlines never change: each zoom scales their projected points instead of projecting again
          layer.eachLayer((path) => cacheProjection(path as Polyline));
          worlds.set(shift, layer);
        }
        return layer;
      };
      const onMap = shown.current;
      const place = (removeUnneeded: boolean) => {
        const view = map.getBounds();
        // Zoomed out past these outlines' range, they are replaced on the next render: building copies of them
        // now would cost a 1:50m world's projection for nothing.
        const current = map.getZoom() >= countries.minZoom;
        for (const shift of WORLD_SHIFTS) {
          const layer = worlds.get(shift);
          if (shift === 0 || (current && copyNeeded(shift, view))) {
            const wanted = layerFor(shift);
            if (!onMap.has(wanted)) {
              wanted.setStyle(countryStyle(themeRef.current));
              wanted.addTo(map);
              onMap.add(wanted);
            }
          } else if (removeUnneeded && layer && onMap.has(layer)) {
            layer.remove();
            onMap.delete(layer);
          }
        }
      };
      // While the map moves, copies are only added (a drag towards 180° finds land there); the move's end also
      // takes away the ones left behind.
      const onMove = () => place(false);
      const onMoveEnd = () => place(true);
      place(true);
      map.on('move', onMove);
      map.on('moveend', onMoveEnd);
      return () => {
        map.off('move', onMove);
        map.off('moveend', onMoveEnd);
        for (const layer of onMap) layer.remove();
        onMap.clear();
      };
    },
    [map, countries],
  );

  useEffect(
    function restyleForTheme() {
      for (const layer of shown.current) layer.setStyle(countryStyle(theme));
    },
    [theme],
  );

  return null;
}
