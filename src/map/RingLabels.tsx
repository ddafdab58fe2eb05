// Ring labels (system name and range) in the labels pane, as text only: a label built from a user's file
// is set with textContent, never parsed as HTML.
import { divIcon, type LatLngTuple } from 'leaflet';
import { useMemo } from 'react';
import { Marker, Pane } from 'react-leaflet';
import { PANES } from './panes';
import { useAfterFirstPaint } from './useAfterFirstPaint';

export interface RingLabel {
  key: string;
  at: LatLngTuple;
  text: string;
  color: string;
}

export function RingLabels({ makeLabels }: { makeLabels: () => RingLabel[] }) {
  // Labels follow the rings by a frame: the first rings are painted before any number is formatted
  // (the first Intl.NumberFormat costs tens of milliseconds).
  const ready = useAfterFirstPaint();
  if (!ready) return null;
  const labels = makeLabels();
  return (
    <Pane name="ringLabels" style={{ zIndex: PANES.labels.zIndex + 5, pointerEvents: 'none' }}>
      {labels.map((label) => (
        <RingLabelMarker key={label.key} label={label} />
      ))}
    </Pane>
  );
}

function RingLabelMarker({ label }: { label: RingLabel }) {
  const icon = useMemo(() => {
    const el = document.createElement('span');
    el.className = 'ring-label';
    el.textContent = label.text;
    el.dir = 'auto'; // isolated from the page's text around it, right-to-left names read right to left
    el.style.color = label.color;
    return divIcon({ html: el, className: 'ring-label-icon', iconSize: undefined, iconAnchor: [0, 0] });
  }, [label.text, label.color]);
  return <Marker position={label.at} icon={icon} interactive={false} keyboard={false} />;
}
