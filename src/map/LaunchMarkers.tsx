// Launch points as circle markers (no image assets), above the rings.
import { CircleMarker, Pane, Tooltip } from 'react-leaflet';
import type { Site } from '../scenario';
import { PANES } from './panes';
import { toLatLng } from './toLatLng';

export function LaunchMarkers({ sites }: { sites: Site[] }) {
  return (
    <Pane name={PANES.markers.name} style={{ zIndex: PANES.markers.zIndex }}>
      {sites.map((site) => (
        <CircleMarker
          key={site.id}
          center={toLatLng(site.lonLat)}
          radius={6}
          pathOptions={{ color: '#111', weight: 2, fillColor: '#fff', fillOpacity: 1 }}
        >
          <Tooltip permanent direction="right" offset={[8, 0]} className="site-label">
            {site.label}
          </Tooltip>
        </CircleMarker>
      ))}
    </Pane>
  );
}
