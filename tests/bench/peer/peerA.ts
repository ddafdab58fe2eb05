// "Peer a" of the benchmark: the page a reader could make without Range Rings. Plain Leaflet (its default SVG
// renderer) draws `turf.circle` rings (Turf's default of 64 steps) on the same Natural Earth 1:110m basemap,
// in the same colours, for the same link; launch points drag with their rings, and a checkbox per system
// shows or hides its rings. It marks 'rings-drawn' each time ring geometry is handed to Leaflet, as the app does.
import 'leaflet/dist/leaflet.css';
import './peerA.css';
import circle from '@turf/circle';
import type { FeatureCollection } from 'geojson';
import {
  divIcon,
  geoJSON,
  type LatLngExpression,
  latLngBounds,
  map as leafletMap,
  marker,
  type Polygon,
  polygon,
} from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import systemsFile from '../../../data/systems.json';
import { BASEMAP_PALETTES, countryStyle } from '../../../src/map/basemapStyles';
import { unwrapCountries } from '../../../src/map/countryGeometry';
import { markRingsDrawn } from '../../../src/map/markRingsDrawn';
import { systemColor } from '../../../src/map/systemColor';
import { type PeerSite, type PeerSystem, peerScenario } from './peerScenario';

const scenario = peerScenario(
  location.search,
  systemsFile.systems.map((s) => ({ id: s.id, name: s.name, rangeKm: s.range_km })),
);
const colorOf = new Map(scenario.systems.map((s, i) => [s.id, systemColor(i)]));

const map = leafletMap('map', { minZoom: 1, maxZoom: 12, worldCopyJump: false });
map.getContainer().style.background = BASEMAP_PALETTES.light.sea;

function ringLatLngs(site: PeerSite, system: PeerSystem): LatLngExpression[] {
  const ring =
    circle([site.lon, site.lat], system.rangeKm, { units: 'kilometers' }).geometry.coordinates[0] ?? [];
  return ring.map(([lon, lat]) => [lat as number, lon as number]);
}

/** Ring layers per launch point, by system id. */
const rings = scenario.sites.map(() => new Map<string, Polygon>());

function addRing(s: number, system: PeerSystem) {
  const color = colorOf.get(system.id) ?? '#000';
  const layer = polygon(ringLatLngs(scenario.sites[s] as PeerSite, system), {
    color,
    weight: 2,
    fillColor: color,
    fillOpacity: 0.07,
  }).addTo(map);
  rings[s]?.set(system.id, layer);
}

// largest first, so a smaller ring is on top of a larger one
const bySize = [...scenario.systems].sort((a, b) => b.rangeKm - a.rangeKm);
const shownSystems = bySize.filter((system) => scenario.shown.has(system.id));

// The view first (Leaflet draws nothing on a map without one): the link's, else every ring fitted.
const outermost = shownSystems[0];
if (scenario.view) map.setView([scenario.view.lat, scenario.view.lon], scenario.view.zoom);
else if (outermost && scenario.sites.length > 0)
  map.fitBounds(latLngBounds(scenario.sites.flatMap((site) => ringLatLngs(site, outermost))), {
    padding: [24, 24],
    maxZoom: 9,
  });
else map.setView([50, 30], 3);

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
// the outlines cut at ±180° made continuous, as the app draws them (else Russia is a band across the map)
const countries = unwrapCountries(feature(topology, topology.objects.countries) as FeatureCollection);
geoJSON(countries, { style: countryStyle('light'), interactive: false }).addTo(map);
for (const system of shownSystems) {
  scenario.sites.forEach((_, s) => {
    addRing(s, system);
  });
}
markRingsDrawn();

const icon = divIcon({ className: 'launch-marker', iconSize: [24, 24], iconAnchor: [12, 12], html: '' });
scenario.sites.forEach((site, s) => {
  const point = marker([site.lat, site.lon], { icon, draggable: true, title: site.label }).addTo(map);
  point.bindTooltip(site.label, { permanent: true, direction: 'right', offset: [10, 0] });
  point.on('drag', () => {
    const { lat, lng } = point.getLatLng();
    site.lat = lat;
    site.lon = lng;
    for (const [id, layer] of rings[s] ?? []) {
      const system = scenario.systems.find((x) => x.id === id);
      if (system) layer.setLatLngs(ringLatLngs(site, system));
    }
    markRingsDrawn();
  });
});

const form = document.getElementById('systems') as HTMLFormElement;
for (const system of scenario.systems) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = scenario.shown.has(system.id);
  box.addEventListener('change', () => {
    if (box.checked) {
      scenario.sites.forEach((_, s) => {
        addRing(s, system);
      });
      // keep larger rings under smaller ones
      for (const bySystem of rings) {
        for (const other of bySize)
          if (other.rangeKm < system.rangeKm) bySystem.get(other.id)?.bringToFront();
      }
    } else {
      for (const bySystem of rings) {
        bySystem.get(system.id)?.remove();
        bySystem.delete(system.id);
      }
    }
    markRingsDrawn();
  });
  label.append(box, ` ${system.name} (${system.rangeKm} km)`);
  form.append(label);
}
