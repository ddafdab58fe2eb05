// The basemap: by default Natural Earth countries drawn as local vectors with country names (no request leaves
// the machine); online, OpenStreetMap tiles, falling back to the local map when they cannot be reached.
import './basemap.css';
import { useEffect, useState } from 'react';
import { Pane, useMap } from 'react-leaflet';
import type { BasemapId, Theme } from '../scenario';
import { BASEMAP_PALETTES, basemapThemeClass } from './basemapStyles';
import { CountriesLayer } from './CountriesLayer';
import { OnlineTiles } from './OnlineTiles';
import { PlaceLabels } from './PlaceLabels';
import { PANES } from './panes';
import { useCountries } from './useCountries';

interface Props {
  theme: Theme;
  basemap: BasemapId;
  /** Called with a message for the reader when the chosen basemap cannot be shown, and with null once it can. */
  onNotice?: (message: string | null) => void;
}

export function Basemap({ theme, basemap, onNotice }: Props) {
  useMapTheme(theme);
  // Set by OnlineTiles while OpenStreetMap cannot be reached, and cleared when it goes.
  const [tilesUnreachable, setTilesUnreachable] = useState(false);
  const offline = basemap === 'offline' || tilesUnreachable;
  const countries = useCountries(offline);
  return (
    <>
      <Pane name={PANES.basemap.name} style={{ zIndex: PANES.basemap.zIndex }}>
        {basemap === 'osm' && <OnlineTiles onNotice={onNotice} onUnreachable={setTilesUnreachable} />}
        {offline && <CountriesLayer countries={countries} theme={theme} />}
      </Pane>
      <Pane name={PANES.labels.name} style={{ zIndex: PANES.labels.zIndex }}>
        {offline && <PlaceLabels countries={countries} />}
      </Pane>
    </>
  );
}

/** The sea is the map container's background; it and the label colours come from the palette as CSS variables. */
function useMapTheme(theme: Theme) {
  const map = useMap();
  useEffect(
    function setMapTheme() {
      const container = map.getContainer();
      const palette = BASEMAP_PALETTES[theme];
      const className = basemapThemeClass(theme);
      container.classList.add('basemap', className);
      container.style.setProperty('--basemap-sea', palette.sea);
      container.style.setProperty('--basemap-label', palette.label);
      container.style.setProperty('--basemap-label-halo', palette.labelHalo);
      return () => container.classList.remove(className);
    },
    [map, theme],
  );
}
