// A probed point: the geodesic (great-circle) line from each launch point to it, and a marker, labelled with
// the place's name when it is one. The distances themselves are listed by the panel; this layer only draws.
import { useEffect } from 'react';
import { CircleMarker, Pane, Polyline, Tooltip, useMap } from 'react-leaflet';
import { geodesicPath, type LonLat } from '../geo';
import { PANES } from './panes';
import { toLatLng } from './toLatLng';

export function ProbeLayer({
  probe,
  name,
  from,
}: {
  probe: LonLat | null;
  name: string | null;
  from: LonLat[];
}) {
  const map = useMap();
  useEffect(
    function bringProbeIntoView() {
      // A place picked from a list may lie outside the view: pan to it, keeping the zoom. Only outside: a
      // point clicked on the map is always inside, and a margin here made clicks near the edge pan the map.
      if (probe && !map.getBounds().contains(toLatLng(probe))) map.panTo(toLatLng(probe));
    },
    [map, probe],
  );
  if (!probe) return null;
  return (
    <Pane name="probe" style={{ zIndex: PANES.labels.zIndex + 10 }}>
      {from.map((start) => (
        <Polyline
          key={`${start[0]},${start[1]}`}
          positions={geodesicPath(start, probe, 96).map(toLatLng)}
          pathOptions={{ color: '#222', weight: 1.5, dashArray: '6 4' }}
          interactive={false}
        />
      ))}
      <CircleMarker
        center={toLatLng(probe)}
        radius={5}
        pathOptions={{ color: '#222', weight: 2, fillColor: '#ffd84d', fillOpacity: 1 }}
        interactive={false}
      >
        {name && (
          // keyed by name, so a new place's label is a new tooltip rather than a moved one
          <Tooltip key={name} permanent direction="right" offset={[8, 0]} className="probe-label">
            {name}
          </Tooltip>
        )}
      </CircleMarker>
    </Pane>
  );
}
