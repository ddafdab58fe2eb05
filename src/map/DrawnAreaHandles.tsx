// Handles on the vertices of drawn lines and areas, in their own pane above the reach: drag one to move the
// vertex (the reach follows when it is dropped). While an area is drawn, a double-click on the map ends it
// and the map's own double-click zoom is off. The panel's vertex list is the keyboard way to do the same.
import { divIcon, type LeafletEvent, type Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { Marker, Pane, useMap, useMapEvent } from 'react-leaflet';
import type { LonLat } from '../geo';
import { areaName, type DrawnArea, type LaunchArea } from '../scenario';
import { PANES } from './panes';
import { toLatLng } from './toLatLng';

interface Props {
  areas: readonly LaunchArea[];
  /** The id of the area being drawn, if one is. */
  drawingId: string | null;
  onMoveVertex: (id: string, index: number, lonLat: LonLat) => void;
  onFinishDrawing: () => void;
}

export function DrawnAreaHandles({ areas, drawingId, onMoveVertex, onFinishDrawing }: Props) {
  const map = useMap();
  const drawn = areas.filter((area): area is DrawnArea => area.kind === 'line' || area.kind === 'polygon');
  useEffect(
    function noZoomOnDoubleClickWhileDrawing() {
      if (drawingId === null) return;
      map.doubleClickZoom.disable();
      map.getContainer().classList.add('drawing-area');
      return () => {
        map.doubleClickZoom.enable();
        map.getContainer().classList.remove('drawing-area');
      };
    },
    [map, drawingId],
  );
  useMapEvent('dblclick', function finishOnDoubleClick() {
    if (drawingId !== null) onFinishDrawing();
  });
  if (drawn.length === 0) return null;
  return (
    <Pane name="areaHandles" style={{ zIndex: PANES.markers.zIndex - 10 }}>
      {drawn.flatMap((area) =>
        area.lonLats.map((lonLat, index) => (
          <VertexHandle
            // by position in the list: a handle stays the same element while its vertex moves
            key={`${area.id}:${index}`}
            area={area}
            index={index}
            lonLat={lonLat}
            onMove={onMoveVertex}
          />
        )),
      )}
    </Pane>
  );
}

function VertexHandle({
  area,
  index,
  lonLat,
  onMove,
}: {
  area: DrawnArea;
  index: number;
  lonLat: LonLat;
  onMove: Props['onMoveVertex'];
}) {
  const icon = useMemo(
    // 16 px to grab, a 10 px square drawn inside (areas.css)
    () => divIcon({ className: 'area-vertex', iconSize: [16, 16], iconAnchor: [8, 8], html: '' }),
    [],
  );
  const handlers = useMemo(
    () => ({
      dragend(e: LeafletEvent) {
        const { lat, lng } = (e.target as LeafletMarker).getLatLng();
        onMove(area.id, index, [lng, lat]);
      },
    }),
    [area.id, index, onMove],
  );
  // Leaflet moves a marker whenever its position prop is a new array: a render of the map while the handle is
  // held (a late load, a highlight) would put it back on the vertex it was dragged from, and the drop would read that
  const [lon, lat] = lonLat;
  const position = useMemo(() => toLatLng([lon, lat]), [lon, lat]);
  return (
    <Marker
      position={position}
      icon={icon}
      draggable
      keyboard={false}
      title={`${areaName(area)}, vertex ${index + 1}: drag to move it`}
      eventHandlers={handlers}
    />
  );
}
