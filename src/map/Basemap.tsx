// The offline basemap: Natural Earth countries at 1:110m from world-atlas, bundled with the app, drawn as
// vectors (no tiles, no request, nothing to taint an exported canvas).
import type { FeatureCollection } from 'geojson';
import { GeoJSON, Pane } from 'react-leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { PANES } from './panes';

const topology = countries110m as unknown as Topology<{
  countries: GeometryCollection;
  land: GeometryCollection;
}>;
const COUNTRIES = feature(topology, topology.objects.countries) as FeatureCollection;

export function Basemap() {
  return (
    <Pane name={PANES.basemap.name} style={{ zIndex: PANES.basemap.zIndex }}>
      <GeoJSON
        data={COUNTRIES}
        interactive={false}
        attribution='Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a>'
        style={{ color: '#ffffff', weight: 0.8, fillColor: '#e4e1d8', fillOpacity: 1 }}
      />
    </Pane>
  );
}
