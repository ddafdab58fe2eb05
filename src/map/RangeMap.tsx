// The Leaflet map: basemap, rings, labels, launch points and a probed point, each in its fixed pane.
// Canvas rendering keeps many rings fast and lets the map be exported as an image.
import { type ComponentProps, useMemo, useState } from 'react';
import { MapContainer } from 'react-leaflet';
import type { LonLat } from '../geo';
import type { BasemapId, LaunchArea, MapView, OnHighlight, Site, Theme, ViewOrigin } from '../scenario';
import { AdoptedMap } from './AdoptedMap';
import { AreasLayer } from './AreasLayer';
import { areaCorners } from './areaGeometry';
import { Basemap } from './Basemap';
import { DimmedLabels } from './DimmedLabels';
import { DrawnAreaHandles } from './DrawnAreaHandles';
import { FractionalZoom } from './FractionalZoom';
import { takeFirstMap } from './firstMap';
import { firstView } from './firstView';
import { LaunchMarkers } from './LaunchMarkers';
import { MapClicks } from './MapClicks';
import { MapName } from './MapName';
import { MarksLayer, type MarksLayerProps } from './MarksLayer';
import { RegisterMap } from './mapOfElement';
import { MAP_OPTIONS } from './mapOptions';
import { ProbeLayer } from './ProbeLayer';
import { type RingSystem, RingsLayer } from './RingsLayer';
import { ShowAddedSite } from './ShowAddedSite';
import { siteDrag } from './siteDrag';
import { nameSidesKept } from './siteNameSides';
import { ViewSync } from './ViewSync';

export interface RangeMapProps {
  sites: Site[];
  systems: RingSystem[];
  /** Launch areas: each system's reach from each is drawn. */
  areas?: readonly LaunchArea[];
  /** Marked places, with what dragging, Delete and a click on one do. */
  marks?: MarksLayerProps;
  view: MapView | null;
  theme: Theme;
  basemap: BasemapId;
  highlightedId: string | null;
  probe: LonLat | null;
  /** The name of the probed point, when it is a place picked from a list: shown beside it. */
  probeName?: string | null;
  fitRequest: number;
  /** A launch point just added: brought into view with its rings when outside it. */
  animate: boolean;
  /** Off in an embedded map, so scrolling the host page past it never zooms it. */
  scrollWheelZoom?: boolean;
  /**
   * The zoom levels the map snaps to (1: whole levels). An embedded map takes quarter levels, so that its
   * rings fill its frame (with whole levels a fit can leave them at half the frame's size).
   */
  zoomSnap?: number;
  labelOf: (system: RingSystem) => string;
  onHighlight: OnHighlight;
  onMapClick: (lonLat: LonLat) => void;
  onMoveSite: (id: string, lonLat: LonLat, final: boolean) => void;
  onRemoveSite: (id: string) => void;
  /** A view the user moved the map to; `origin`, for a view of the map's own moves (see ViewSync). */
  onViewChange: (view: MapView, origin?: ViewOrigin) => void;
  onNotice: (message: string | null) => void;
  /** Vertex handles of drawn areas, and the area being drawn; absent, drawn areas are only shown. */
  areaEditing?: Omit<ComponentProps<typeof DrawnAreaHandles>, 'areas'>;
}

const NO_AREAS: readonly LaunchArea[] = [];

export function RangeMap(props: RangeMapProps) {
  const { sites, systems } = props;
  const maxRangeM = Math.max(0, ...systems.map((s) => s.rangeKm * 1000));
  const areas = props.areas ?? NO_AREAS;
  const [drag] = useState(siteDrag);
  // the side of each launch point's name, read by the markers and by the ring labels that keep clear of it
  const marks = props.marks?.marks;
  const nameSides = useMemo(() => nameSidesKept(sites, marks ?? []), [sites, marks]);
  // The view is fitted to the launch points' rings and to the areas' reach (a range around their corners).
  const centers = [...sites.map((s) => s.lonLat), ...areaCorners(areas)];
  // The first view is set at creation, so nothing is drawn twice: the scenario's view, else all rings fitted.
  // The map drawn before React mounted, if there is one, is adopted as it is, with the view it has.
  const [first] = useState(takeFirstMap);
  const [initialView] = useState(() =>
    first ? null : firstView(props.view, centers, maxRangeM, props.marks?.marks ?? []),
  );
  const layers = (
    <>
      <MapName label="Map of range rings. Arrow keys pan it, plus and minus zoom." />
      <RegisterMap />
      <Basemap theme={props.theme} basemap={props.basemap} onNotice={props.onNotice} />
      <AreasLayer
        areas={areas}
        systems={systems}
        highlightedId={props.highlightedId}
        theme={props.theme}
        labelOf={props.labelOf}
        onNotice={props.onNotice}
        sites={sites}
        nameSides={nameSides}
        {...(marks ? { marks } : {})}
      />
      <RingsLayer
        sites={sites}
        systems={systems}
        highlightedId={props.highlightedId}
        theme={props.theme}
        onHighlight={props.onHighlight}
        labelOf={props.labelOf}
        drag={drag}
        {...(props.marks ? { marks: props.marks.marks } : {})}
        nameSides={nameSides}
      />
      <DimmedLabels highlightedId={props.highlightedId} />
      <ProbeLayer probe={props.probe} name={props.probeName ?? null} from={sites.map((s) => s.lonLat)} />
      {props.marks && <MarksLayer {...props.marks} />}
      {props.areaEditing && <DrawnAreaHandles areas={areas} {...props.areaEditing} />}
      <LaunchMarkers
        sites={sites}
        onMove={props.onMoveSite}
        onRemove={props.onRemoveSite}
        drag={drag}
        nameSides={nameSides}
      />
      <MapClicks onClick={props.onMapClick} />
      <ShowAddedSite
        sites={sites}
        maxRangeM={maxRangeM}
        animate={props.animate}
        onViewChange={props.onViewChange}
      />
      {(props.zoomSnap ?? 1) < 1 && <FractionalZoom />}
      <ViewSync
        view={props.view}
        centers={centers}
        maxRangeM={maxRangeM}
        marks={props.marks?.marks}
        fitRequest={props.fitRequest}
        onViewChange={props.onViewChange}
        animate={props.animate}
      />
    </>
  );
  if (first) return <AdoptedMap first={first}>{layers}</AdoptedMap>;
  return (
    <MapContainer
      className="range-map"
      {...initialView}
      {...MAP_OPTIONS}
      scrollWheelZoom={props.scrollWheelZoom ?? true}
      zoomSnap={props.zoomSnap ?? 1}
    >
      {layers}
    </MapContainer>
  );
}
