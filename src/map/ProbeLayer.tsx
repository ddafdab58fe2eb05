// A probed point: the geodesic (great-circle) line from each launch point to it, and a marker, labelled with
// the place's name when it is one, on a side where it covers no launch point's name (probeLabelSide). The
// distances themselves are listed by the panel; this layer only draws.
import type { PointExpression } from 'leaflet';
import { useEffect, useLayoutEffect, useState } from 'react';
import { CircleMarker, Pane, Polyline, Tooltip, useMap } from 'react-leaflet';
import { geodesicPath, type LonLat } from '../geo';
import { LABEL_HEIGHT_PX, labelWidthPx } from './labelWidthPx';
import { PANES } from './panes';
import { PROBE_LABEL_GAP_PX, type ProbeLabelSide, probeLabelSide } from './probeLabelSide';
import { toLatLng } from './toLatLng';

/** Leaflet's tooltip box around the text: 6 px of padding and a 1 px border on each side. */
const TOOLTIP_FRAME_PX = 14;
const OFFSETS: Record<ProbeLabelSide, PointExpression> = {
  right: [PROBE_LABEL_GAP_PX, 0],
  left: [-PROBE_LABEL_GAP_PX, 0],
  top: [0, -PROBE_LABEL_GAP_PX],
  bottom: [0, PROBE_LABEL_GAP_PX],
};

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
  const [side, setSide] = useState<ProbeLabelSide>('right');
  const sitesKey = from.map((p) => p.join(',')).join(';');
  useLayoutEffect(
    function placeTheName() {
      if (!probe || !name) return;
      const place = () => {
        const container = map.getContainer();
        const origin = container.getBoundingClientRect();
        const names = [...container.querySelectorAll('.leaflet-tooltip.site-label')].map((el) => {
          const r = el.getBoundingClientRect();
          return {
            left: r.left - origin.left,
            top: r.top - origin.top,
            right: r.right - origin.left,
            bottom: r.bottom - origin.top,
          };
        });
        const size = {
          width: labelWidthPx(name) + TOOLTIP_FRAME_PX,
          height: LABEL_HEIGHT_PX + TOOLTIP_FRAME_PX,
        };
        setSide(probeLabelSide(map.latLngToContainerPoint(toLatLng(probe)), size, names));
      };
      place(); // before the frame is painted: the name shows on its side at once
      map.on('zoomend moveend resize', place);
      return () => {
        map.off('zoomend moveend resize', place);
      };
    },
    [map, probe, name, sitesKey],
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
          // keyed by name and side, so a new place's label (or a new side) is a new tooltip, not a moved one
          <Tooltip
            key={`${name}:${side}`}
            permanent
            direction={side}
            offset={OFFSETS[side]}
            className="probe-label"
          >
            {name}
          </Tooltip>
        )}
      </CircleMarker>
    </Pane>
  );
}
