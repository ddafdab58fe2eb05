// Launch points as draggable markers: drag with a mouse or finger (dragByPointer: rings follow in the frame of
// each pointer move), or focus one with Tab and move it with the arrow keys (Shift: further), Delete removes
// it. Names are text in a tooltip of the marker (useSiteNameTooltip). While a point is dragged, its place goes to
// the map's layers only (siteDrag); the scenario takes it on the drop.
import { divIcon, type Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { flushSync } from 'react-dom';
import { Marker, useMap } from 'react-leaflet';
import type { LonLat } from '../geo';
import { type Site, siteName } from '../scenario';
import { afterTheFrame } from './afterTheFrame';
import { dragByPointer } from './dragByPointer';
import { MapPane } from './MapPane';
import { PANES } from './panes';
import { pictureStillMarkers } from './pictureStillMarkers';
import type { SiteDrag } from './siteDrag';
import type { NameSide, NameSidesAt } from './siteNameSides';
import { toLatLng } from './toLatLng';
import { useMapZoom } from './useMapZoom';
import { useSiteNameTooltip } from './useSiteNameTooltip';

interface Props {
  sites: Site[];
  onMove: (id: string, lonLat: LonLat, final: boolean) => void;
  onRemove: (id: string) => void;
  /** Where a point being dragged is told, move by move; without it each move is an `onMove`. */
  drag?: SiteDrag;
  /** Shown only: not dragged, not focusable (a preview's copy of the map). */
  fixed?: boolean;
  /** The side of each name at a zoom, as the ring labels keep clear of it (nameSidesKept). */
  nameSides: NameSidesAt;
}

const KEY_STEP_PX = 10;

export function LaunchMarkers({ sites, onMove, onRemove, drag, fixed = false, nameSides }: Props) {
  const zoom = useMapZoom();
  // a name goes left of its marker where on the right it would cover another launch point
  const sides = nameSides(zoom);
  return (
    <MapPane name={PANES.markers.name} zIndex={PANES.markers.zIndex}>
      {sites.map((site) => (
        <LaunchMarker
          key={site.id}
          site={site}
          name={siteName(site, sites)}
          side={sides.get(site.id) ?? 'right'}
          onMove={onMove}
          onRemove={onRemove}
          {...(drag ? { drag } : {})}
          fixed={fixed}
        />
      ))}
    </MapPane>
  );
}

function LaunchMarker({
  site,
  name,
  onMove,
  onRemove,
  drag,
  fixed,
  side,
}: { site: Site; name: string; side: NameSide } & Omit<Props, 'sites' | 'nameSides'>) {
  const map = useMap();
  const ref = useRef<LeafletMarker>(null);
  const icon = useMemo(
    // 24 px: the smallest target WCAG 2.2 allows when points crowd together; the disc drawn inside is 18 px
    () => divIcon({ className: 'launch-marker', iconSize: [24, 24], iconAnchor: [12, 12], html: '' }),
    [],
  );
  // the drag in progress reads the latest point and handlers: a render during it does not start it again
  const latest = useRef({ id: site.id, onMove, drag });
  latest.current = { id: site.id, onMove, drag };
  /** Cancels the press's setup (or its undoing) still to come. */
  const pressed = useRef<(() => void) | null>(null);
  useEffect(
    function dragWithPointer() {
      const marker = ref.current;
      if (!marker || fixed) return;
      /** Shows the other points' markers and names as they were by a picture, while this one is dragged. */
      let stillPictured: (() => void) | null = null;
      /** Cancels the picture's drawing still to come. */
      let pictureQueued: (() => void) | null = null;
      // in a task of its own after a frame (about 12 ms with 50 points here): never added to a move's own task
      const queuePicture = () => {
        if (stillPictured || pictureQueued) return;
        pictureQueued = afterTheFrame(() => {
          pictureQueued = null;
          const pane = map.getPane(PANES.markers.name);
          const el = marker.getElement();
          if (!pane || !el || !latest.current.drag?.get()) return;
          const name = marker.getTooltip()?.getElement();
          stillPictured = pictureStillMarkers(map, pane, name ? [el, name] : [el]);
        });
      };
      const showStillAgain = () => {
        pictureQueued?.();
        pictureQueued = null;
        stillPictured?.();
        stillPictured = null;
      };
      const stopDragging = dragByPointer(marker, map, {
        press({ lat, lng }) {
          // the point's rings leave the canvas for the moving layer before a first move, not at it: in a task
          // after the press's frame, so the press itself (perhaps a click) is not held up by it
          const { id, drag } = latest.current;
          pressed.current?.();
          pressed.current = afterTheFrame(() => {
            pressed.current = null;
            if (drag && drag.get() === null) drag.move(id, [lng, lat]);
          });
        },
        release() {
          const { id, drag } = latest.current;
          pressed.current?.();
          // what was set up goes after the frame that shows the click's own work (a click measures from the point)
          pressed.current = afterTheFrame(() => {
            pressed.current = null;
            if (drag?.get()?.id === id) drag.end();
          });
        },
        move({ lat, lng }) {
          pressed.current?.();
          pressed.current = null;
          const { id, onMove, drag } = latest.current;
          if (!drag) return onMove(id, [lng, lat], false);
          // drawn in the event of the pointer move, so it shows in that frame with the marker
          flushSync(() => drag.move(id, [lng, lat]));
          // after the first move's frame: a click never pays for it, and the press's setup and the first move
          // keep their frames to themselves
          queuePicture();
        },
        drop({ lat, lng }) {
          const { id, onMove, drag } = latest.current;
          showStillAgain();
          // one render: the scenario takes the new place as the map lets go of the dragged one
          flushSync(() => {
            onMove(id, [lng, lat], true);
            drag?.end();
          });
        },
      });
      return () => {
        stopDragging();
        showStillAgain();
      };
    },
    [map, fixed],
  );

  useEffect(
    function moveWithArrowKeys() {
      const el = ref.current?.getElement();
      if (!el || fixed) return;
      el.setAttribute('role', 'button');
      el.setAttribute(
        'aria-label',
        `Launch point ${name}. Arrow keys move it, Shift for larger steps; Delete removes it.`,
      );
      const onKeyDown = (e: KeyboardEvent) => {
        const step = e.shiftKey ? KEY_STEP_PX * 5 : KEY_STEP_PX;
        const d: Record<string, [number, number]> = {
          ArrowLeft: [-step, 0],
          ArrowRight: [step, 0],
          ArrowUp: [0, -step],
          ArrowDown: [0, step],
        };
        const delta = d[e.key];
        // held by the pointer, it follows the pointer: the keys wait for the release
        if (delta && drag?.get()?.id === site.id) return;
        if (delta) {
          e.preventDefault();
          e.stopPropagation(); // the map would pan as well
          const p = map.latLngToContainerPoint(toLatLng(site.lonLat));
          const next = map.containerPointToLatLng([p.x + delta[0], p.y + delta[1]]);
          onMove(site.id, [next.lng, Math.max(-85, Math.min(85, next.lat))], true);
        } else if (e.key === 'Delete' || e.key === 'Backspace') {
          e.preventDefault();
          e.stopPropagation();
          onRemove(site.id);
        }
      };
      el.addEventListener('keydown', onKeyDown);
      return () => el.removeEventListener('keydown', onKeyDown);
    },
    [map, site, name, onMove, onRemove, fixed, drag],
  );

  // the name is on the map in the marker's own task, set as text (useSiteNameTooltip)
  useSiteNameTooltip(ref, site.label, side);
  // a new position array on every render would make Leaflet move every marker on every frame of a drag
  const position = useMemo(() => toLatLng(site.lonLat), [site.lonLat]);
  return (
    <Marker
      ref={ref}
      position={position}
      icon={icon}
      keyboard={!fixed}
      title={name}
      alt={`Launch point ${site.label}`}
    />
  );
}
