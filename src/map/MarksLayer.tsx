// Marked places: a diamond with a dark outline (never a launch point's disc) and the mark's label, in their own
// pane under the launch points. Dragged with a mouse or finger, or focused with Tab and moved with the arrow
// keys; Delete removes one; a click shows its distances. A preview's copy (`fixed`) only shows them.
import { divIcon, type LeafletEvent, type Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { Marker, Pane, Tooltip, useMap } from 'react-leaflet';
import type { LonLat } from '../geo';
import type { Mark } from '../scenario';
import { PANES } from './panes';
import { toLatLng } from './toLatLng';
import './marks.css';

export interface MarksLayerProps {
  marks: readonly Mark[];
  onMove?: (id: string, lonLat: LonLat) => void;
  onRemove?: (id: string) => void;
  /** A click (or Enter) on a mark: the app shows its distances. */
  onSelect?: (mark: Mark) => void;
  fixed?: boolean;
}

const KEY_STEP_PX = 10;
// 24 px: the smallest target WCAG 2.2 allows; the diamond drawn inside is smaller.
const ICON = divIcon({
  className: 'mark-marker',
  iconSize: [24, 24],
  iconAnchor: [12, 12],
  html: '<span class="mark-diamond"></span>',
});

export function MarksLayer({ marks, ...rest }: MarksLayerProps) {
  return (
    <Pane name={PANES.marks.name} style={{ zIndex: PANES.marks.zIndex }}>
      {marks.map((mark) => (
        <MarkMarker key={mark.id} mark={mark} {...rest} />
      ))}
    </Pane>
  );
}

function MarkMarker({
  mark,
  onMove,
  onRemove,
  onSelect,
  fixed = false,
}: { mark: Mark } & Omit<MarksLayerProps, 'marks'>) {
  const map = useMap();
  const ref = useRef<LeafletMarker>(null);
  const handlers = useMemo(
    () => ({
      dragend(e: LeafletEvent) {
        const { lat, lng } = (e.target as LeafletMarker).getLatLng();
        onMove?.(mark.id, [lng, lat]);
      },
      click() {
        onSelect?.(mark);
      },
    }),
    [mark, onMove, onSelect],
  );

  useEffect(
    function moveWithArrowKeys() {
      const el = ref.current?.getElement();
      if (!el || fixed) return;
      el.setAttribute('role', 'button');
      el.setAttribute(
        'aria-label',
        `Mark ${mark.label}. Enter shows its distances; arrow keys move it, Shift for larger steps; Delete removes it.`,
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
        if (!delta && !['Delete', 'Backspace', 'Enter'].includes(e.key)) return;
        e.preventDefault();
        e.stopPropagation(); // the map would pan as well
        if (delta) {
          const p = map.latLngToContainerPoint(toLatLng(mark.lonLat));
          const next = map.containerPointToLatLng([p.x + delta[0], p.y + delta[1]]);
          onMove?.(mark.id, [next.lng, Math.max(-85, Math.min(85, next.lat))]);
        } else if (e.key === 'Enter') onSelect?.(mark);
        else onRemove?.(mark.id);
      };
      el.addEventListener('keydown', onKeyDown);
      return () => el.removeEventListener('keydown', onKeyDown);
    },
    [map, mark, onMove, onRemove, onSelect, fixed],
  );

  const position = useMemo(() => toLatLng(mark.lonLat), [mark.lonLat]);
  return (
    <Marker
      ref={ref}
      position={position}
      icon={ICON}
      draggable={!fixed}
      interactive={!fixed}
      autoPan
      keyboard={!fixed}
      title={mark.label}
      alt={`Mark ${mark.label}`}
      eventHandlers={handlers}
    >
      <Tooltip permanent direction="right" offset={[9, 0]} className="mark-label">
        <bdi>{mark.label}</bdi>
      </Tooltip>
    </Marker>
  );
}
