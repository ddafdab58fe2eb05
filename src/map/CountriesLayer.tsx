// Draws country outlines on the map's canvas in the basemap pane, not interactive, as one path per outline scale
// (OutlinesPath), with the copies of the world at ±360° only while the view comes near them. A theme restyles, in
// the frame of the input; new outlines replace the old in one canvas frame.
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Theme } from '../scenario';
import { afterFirstPaint } from './afterFirstPaint';
import { countryStyle } from './basemapStyles';
import { paneCanvas } from './drawNow';
import { copyNextDrawingInItsFrame, mirrorCanvas } from './mirrorCanvas';
import { OutlinesPath } from './OutlinesPath';
import { PANES } from './panes';
import type { Countries } from './useCountries';
import { COUNTRIES_ATTRIBUTION, copiesNeeded } from './worldCopies';

export function CountriesLayer({ countries, theme }: { countries: Countries; theme: Theme }) {
  const map = useMap();
  // One path per set of outlines for this map, so zooming back and forth across the detail zoom builds nothing again.
  const built = useRef(new Map<Countries, OutlinesPath>());
  const themeRef = useRef(theme);
  themeRef.current = theme;
  const shownRef = useRef<OutlinesPath | null>(null);

  useEffect(
    function drawCountries() {
      let path = built.current.get(countries);
      if (!path) {
        path = new OutlinesPath(countries.outlines, {
          ...countryStyle(themeRef.current),
          pane: PANES.basemap.name,
          interactive: false,
          attribution: COUNTRIES_ATTRIBUTION,
        });
        built.current.set(countries, path);
      }
      const shown = path;
      // While the map moves, copies are only added (a drag towards 180° finds land there); the move's end also
      // takes away the ones left behind.
      const place = (removeUnneeded: boolean) => {
        const wanted = copiesNeeded(map.getBounds());
        const kept = removeUnneeded ? [] : shown.getShifts().filter((s) => !wanted.includes(s));
        shown.setShifts([...wanted, ...kept]);
      };
      place(true);
      shown.setStyle(countryStyle(themeRef.current));
      shown.addTo(map);
      shownRef.current = shown;
      // its canvas is shown by a copy, which costs the frames in which nothing on it changes nothing; begun
      // once the map is up and the main thread idle, not in the tasks that put the map up (a copy takes some ms)
      const cancelMirror = afterFirstPaint(
        () => {
          const canvas = paneCanvas(map, PANES.basemap.name);
          if (canvas) mirrorCanvas(canvas);
        },
        { timeoutMs: 3000, fallbackMs: 1000 },
      );
      const onMove = () => place(false);
      const onMoveEnd = () => place(true);
      map.on('move', onMove);
      map.on('moveend', onMoveEnd);
      return () => {
        cancelMirror();
        map.off('move', onMove);
        map.off('moveend', onMoveEnd);
        shown.remove();
        shownRef.current = null;
      };
    },
    [map, countries],
  );

  useEffect(
    function restyleForTheme() {
      // the land changes colour in the frame the sea and the page do
      const canvas = paneCanvas(map, PANES.basemap.name);
      if (canvas) copyNextDrawingInItsFrame(canvas);
      shownRef.current?.setStyle(countryStyle(theme));
    },
    [map, theme],
  );

  return null;
}
