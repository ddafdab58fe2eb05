// Ring labels (system name and range) in the labels pane, as text only: a label built from a user's file
// is set with textContent, never parsed as HTML.
import type { LatLngTuple } from 'leaflet';
import { memo, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { Marker, useMap } from 'react-leaflet';
import { MapPane } from './MapPane';
import { nextTask } from './nextTask';
import { PANES } from './panes';
import { RING_LABELS_PANE, relabel, ringLabelIcon } from './ringLabelIcon';
import { ringsAllDrawn, ringsUnderWay } from './ringsSettled';
import { useAfterFirstPaint } from './useAfterFirstPaint';

export interface RingLabel {
  key: string;
  at: LatLngTuple;
  /** The whole label, as measured for placement and read by the tests. */
  text: string;
  /** The part of `text` the user may have written (a system's name), isolated on its own. */
  name?: string;
  color: string;
  /** The system whose ring it names. */
  system: string;
}

/** The labels placed so far, whether that is all, and the share placed (0 to 1). */
export interface LabelsSoFar {
  labels: RingLabel[];
  done: boolean;
  share: number;
}

/** How long one render may place labels: the rest are placed in later tasks, so no task runs long. */
const PLACING_MS = 25;

/**
 * `makeLabels(more)` places labels while `more()` says so (at least one); the rest are placed render after
 * render, a task apart, each shown as it is placed. Meanwhile the map's rings are not settled (an export waits).
 */
export function RingLabels({ makeLabels }: { makeLabels: (more: () => boolean) => LabelsSoFar }) {
  // Labels follow the rings by a frame: the first rings are painted before any number is formatted
  // (the first Intl.NumberFormat costs tens of milliseconds).
  const ready = useAfterFirstPaint();
  const map = useMap();
  const [, placeMore] = useReducer((n: number) => n + 1, 0);
  const deadline = performance.now() + PLACING_MS;
  const made = ready ? makeLabels(() => performance.now() < deadline) : null;
  const done = made?.done ?? true;
  const share = made?.share ?? 1;
  useEffect(function placeTheRestInLaterTasks() {
    if (done) {
      ringsAllDrawn(map, 'labels');
      return;
    }
    ringsUnderWay(map, share, 'labels');
    return nextTask(placeMore);
  });
  useEffect(
    function letWaitersGoOnUnmount() {
      return () => ringsAllDrawn(map, 'labels');
    },
    [map],
  );
  if (!made) return null;
  return <RingLabelMarkers labels={made.labels} />;
}

/** The labels drawn now, with no wait. */
function RingLabelMarkers({ labels }: { labels: RingLabel[] }) {
  return (
    <MapPane name={RING_LABELS_PANE} zIndex={PANES.labels.zIndex + 5} pointerEvents="none">
      {labels.map((label) => (
        <RingLabelMarker key={label.key} label={label} />
      ))}
    </MapPane>
  );
}

/** A label that reads and stands as before is not rendered again. */
function sameLabel(a: { label: RingLabel }, b: { label: RingLabel }): boolean {
  const [x, y] = [a.label, b.label];
  return (
    x.text === y.text &&
    x.name === y.name &&
    x.color === y.color &&
    x.at[0] === y.at[0] &&
    x.at[1] === y.at[1]
  );
}

const RingLabelMarker = memo(function RingLabelMarker({ label }: { label: RingLabel }) {
  const { text, name, color, system } = label;
  // one icon for the label's life: a new text (another unit) or ink is written into its element, not drawn as
  // a new icon, for which Leaflet would rebuild the marker's element (thousands of them on a heavy map)
  const [icon] = useState(() => ringLabelIcon({ text, name, color, system }));
  const written = useRef({ text, name, color });
  useLayoutEffect(
    function writeNewText() {
      const was = written.current;
      if (was.text === text && was.name === name && was.color === color) return;
      written.current = { text, name, color };
      relabel(icon, written.current);
    },
    [icon, text, name, color],
  );
  // the same array while the place is the same: Leaflet moves only the labels that moved (a drag re-places all)
  const [lat, lng] = label.at;
  const at = useMemo((): LatLngTuple => [lat, lng], [lat, lng]);
  return <Marker position={at} icon={icon} interactive={false} keyboard={false} />;
}, sameLabel);
