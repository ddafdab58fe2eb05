// The basemap: by default Natural Earth countries drawn as local vectors with country names (no request leaves
// the machine); online, OpenStreetMap tiles, falling back to the local map when they cannot be reached.
import './basemap.css';
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { BasemapId, Theme } from '../scenario';
import { CountriesLayer } from './CountriesLayer';
import { MapPane } from './MapPane';
import { applyMapTheme } from './mapTheme';
import { OnlineTiles } from './OnlineTiles';
import { PlaceLabels } from './PlaceLabels';
import { PANES } from './panes';
import { useCountries } from './useCountries';

interface Props {
  theme: Theme;
  basemap: BasemapId;
  /** Called with a message for the reader when the chosen basemap cannot be shown, and with null once it can. */
  onNotice?: (message: string | null) => void;
  /** Only country names wholly inside the view (an image's frame). */
  wholeNames?: boolean;
}

export function Basemap({ theme, basemap, onNotice, wholeNames = false }: Props) {
  useMapTheme(theme);
  // Set by OnlineTiles while OpenStreetMap cannot be reached, and cleared when it goes.
  const [tilesUnreachable, setTilesUnreachable] = useState(false);
  const offline = basemap === 'offline' || tilesUnreachable;
  const countries = useCountries(offline);
  return (
    <>
      <MapPane name={PANES.basemap.name} zIndex={PANES.basemap.zIndex}>
        {basemap === 'osm' && <OnlineTiles onNotice={onNotice} onUnreachable={setTilesUnreachable} />}
        {offline && <CountriesLayer countries={countries} theme={theme} />}
      </MapPane>
      <MapPane name={PANES.labels.name} zIndex={PANES.labels.zIndex}>
        {offline && <PlaceLabels countries={countries} wholeOnly={wholeNames} />}
      </MapPane>
    </>
  );
}

/** The sea is the map container's background; it and the label colours come from the palette as CSS variables. */
function useMapTheme(theme: Theme) {
  const map = useMap();
  useEffect(
    function setMapTheme() {
      return applyMapTheme(map.getContainer(), theme);
    },
    [map, theme],
  );
}
