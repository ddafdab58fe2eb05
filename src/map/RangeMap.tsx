// The Leaflet map: offline basemap, rings, launch points, in fixed panes. Canvas rendering keeps many
// rings fast and makes the map exportable as an image.
import 'leaflet/dist/leaflet.css';
import { MapContainer } from 'react-leaflet';
import type { WeaponSystem } from '../data';
import type { Site } from '../scenario';
import { Basemap } from './Basemap';
import { FitViewToRings } from './FitViewToRings';
import { LaunchMarkers } from './LaunchMarkers';
import { RingsLayer } from './RingsLayer';

interface Props {
  sites: Site[];
  systems: WeaponSystem[];
  colorIndex: (id: string) => number;
}

export function RangeMap({ sites, systems, colorIndex }: Props) {
  const maxRangeM = Math.max(0, ...systems.map((s) => s.rangeKm * 1000));
  return (
    <MapContainer
      className="range-map"
      center={[50, 30]}
      zoom={4}
      minZoom={1}
      maxZoom={12}
      preferCanvas
      worldCopyJump={false}
      attributionControl
    >
      <Basemap />
      <RingsLayer sites={sites} systems={systems} colorIndex={colorIndex} />
      <LaunchMarkers sites={sites} />
      <FitViewToRings centers={sites.map((s) => s.lonLat)} maxRangeM={maxRangeM} />
    </MapContainer>
  );
}
