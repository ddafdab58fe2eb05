// A second map, at the size of an exported image's map area: the same layers as the map on screen, its view
// fitted to the rings and their labels, or matched to the screen's, and nudged by hand (dragged, wheel, keyboard,
// or the dialog's zoom buttons: Leaflet's own are too small to hit in a scaled-down preview). Its canvases are
// drawn at the export's pixel density for a capture, so line work comes out as sharp as text. It never changes
// the scenario.
import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { MapContainer, useMap } from 'react-leaflet';
import type { LonLat } from '../geo';
import type { BasemapId, LaunchArea, Mark, Site, Theme } from '../scenario';
import { AreasLayer } from './AreasLayer';
import { areaCorners } from './areaGeometry';
import { Basemap } from './Basemap';
import { adoptDensityCanvas, setMapPixelRatio } from './densityCanvas';
import { allowFractionalZoom, fitFrame } from './fitFrame';
import { type FrameVectors, frameVectors } from './frameVectors';
import { LaunchMarkers } from './LaunchMarkers';
import { MapName } from './MapName';
import { MarksLayer } from './MarksLayer';
import { matchScreen } from './matchScreen';
import { ProbeLayer } from './ProbeLayer';
import { type RingSystem, RingsLayer } from './RingsLayer';
import { ringsBounds, withMarks } from './ringsBounds';
import { ringsSettled } from './ringsSettled';
import { nameSidesKept } from './siteNameSides';

/** What the export does with a frame map. */
export interface FrameMapHandle {
  /** Leaflet's container, `width` × `height` CSS pixels. */
  container: HTMLElement;
  /**
   * Resolves once the latest framing (fit or match) is done and every ring is drawn; `onProgress` hears the
   * share of rings made meanwhile (a heavy map's rings are made in slices).
   */
  framed(onProgress?: (fraction: number) => void): Promise<void>;
  /** Fits the rings, their labels and the launch points with a margin (the default framing). */
  fit(): Promise<void>;
  /** The view of the map in `element` (the one on screen), scaled to cover this map's size. */
  matchView(element: HTMLElement): Promise<void>;
  /** Zooms in (positive) or out by `levels`, about the middle, as a nudge of the editor's. */
  zoomBy(levels: number): void;
  /** Redraws the canvases at `pixelRatio` canvas pixels per CSS pixel; resolves once painted. */
  drawAt(pixelRatio: number): Promise<void>;
  /** What the map draws now, as plain shapes in its CSS pixels (for a vector export). */
  vectors(): FrameVectors;
}

export interface FrameMapProps {
  /** The map area's size, CSS pixels. */
  width: number;
  height: number;
  sites: Site[];
  /** Launch areas: each system's reach from each is drawn, as on the map. */
  areas?: readonly LaunchArea[];
  systems: RingSystem[];
  /** Marked places: drawn, and kept in frame with the rings. */
  marks?: readonly Mark[];
  theme: Theme;
  basemap: BasemapId;
  probe: LonLat | null;
  /** The probed place's name, when it is a named place. */
  probeName?: string | null;
  labelOf: (system: RingSystem) => string;
  onReady: (handle: FrameMapHandle | null) => void;
}

type Framing = { kind: 'fit' } | { kind: 'match'; element: HTMLElement } | { kind: 'nudged' };

const noop = () => {};
const NO_AREAS: readonly LaunchArea[] = [];
const NO_MARKS: readonly Mark[] = [];
const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

/** The margin kept around the rings: 4 % of the shorter side, at least 16 CSS pixels. */
export function frameMarginPx(width: number, height: number): number {
  return Math.max(16, Math.round(Math.min(width, height) * 0.04));
}

export function FrameMap(props: FrameMapProps) {
  const { width, height } = props;
  const maxRangeM = Math.max(0, ...props.systems.map((s) => s.rangeKm * 1000));
  const areas = props.areas ?? NO_AREAS;
  const marks = props.marks ?? NO_MARKS;
  // fitted, as the map is, to the launch points' rings and to the areas' reach
  const centers = useMemo(
    () => [...props.sites.map((s) => s.lonLat), ...areaCorners(areas)],
    [props.sites, areas],
  );
  const bounds = useMemo(
    () => withMarks(ringsBounds(centers, maxRangeM), marks),
    [centers, maxRangeM, marks],
  );
  // The layers do not depend on the frame's size: a new size re-renders the frame, not every ring and label.
  const { theme, basemap, systems, sites, probe, probeName, labelOf } = props;
  // the side of each launch point's name, read by the markers and by the ring labels that keep clear of it
  const nameSides = useMemo(() => nameSidesKept(sites, marks), [sites, marks]);
  // canvas pixels per CSS pixel of the capture under way (drawAt), for which the rings are made
  const [pixelRatio, setPixelRatio] = useState(1);
  const layers = useMemo(
    () => (
      <>
        <Basemap theme={theme} basemap={basemap} wholeNames />
        <AreasLayer
          areas={areas}
          systems={systems}
          highlightedId={null}
          theme={theme}
          labelOf={labelOf}
          onNotice={noop}
          sites={sites}
          nameSides={nameSides}
          marks={marks}
        />
        <RingsLayer
          sites={sites}
          systems={systems}
          highlightedId={null}
          theme={theme}
          onHighlight={noop}
          labelOf={labelOf}
          marks={marks}
          nameSides={nameSides}
          pixelRatio={pixelRatio}
        />
        <ProbeLayer probe={probe} name={probeName ?? null} from={centers} />
        <MarksLayer marks={marks} fixed />
        <LaunchMarkers sites={sites} onMove={noop} onRemove={noop} fixed nameSides={nameSides} />
      </>
    ),
    [theme, basemap, areas, systems, sites, probe, probeName, labelOf, centers, marks, nameSides, pixelRatio],
  );
  const [initial] = useState(() => (bounds ? { bounds } : { center: [50, 30] as [number, number], zoom: 3 }));
  return (
    <div className="frame-map-box" style={{ width, height }}>
      <MapContainer
        className="frame-map"
        {...initial}
        zoomSnap={0}
        zoomDelta={0.25}
        wheelPxPerZoomLevel={120}
        minZoom={1}
        maxZoom={12}
        preferCanvas
        worldCopyJump={false}
        attributionControl={false}
        zoomControl={false}
      >
        <DensityCanvases />
        <MapName label="Preview of the exported map. Drag to move it; scroll, plus and minus zoom." />
        {layers}
        <Framer
          width={width}
          height={height}
          bounds={bounds}
          onReady={props.onReady}
          onPixelRatio={setPixelRatio}
        />
      </MapContainer>
    </div>
  );
}

/**
 * Every canvas of this map is a density canvas, from its first layer on (so it runs during render, before any
 * layer is added), and its zoom may be fractional, so a frame fits its rings exactly.
 */
function DensityCanvases() {
  const map = useMap();
  useState(() => {
    adoptDensityCanvas(map, 1);
    allowFractionalZoom(map);
  });
  return null;
}

interface FramerProps {
  width: number;
  height: number;
  bounds: ReturnType<typeof ringsBounds>;
  onReady: FrameMapProps['onReady'];
  /** Sets the pixel ratio the layers make their geometry for, before their canvases are redrawn at it. */
  onPixelRatio: (pixelRatio: number) => void;
}

function Framer({ width, height, bounds, onReady, onPixelRatio }: FramerProps) {
  const map = useMap();
  const framing = useRef<Framing>({ kind: 'fit' });
  const pending = useRef<Promise<void>>(Promise.resolve());
  const applying = useRef(false);
  const latest = useRef({ width, height, bounds });
  latest.current = { width, height, bounds };

  useEffect(
    function provideHandle() {
      const apply = (how: Framing) => {
        framing.current = how;
        const run = async () => {
          applying.current = true;
          try {
            map.invalidateSize({ animate: false, pan: false });
            const { width: w, height: h, bounds: b } = latest.current;
            if (how.kind === 'fit' && b) await fitFrame(map, b, frameMarginPx(w, h));
            if (how.kind === 'match') matchScreen(map, how.element);
            await nextFrame();
            await nextFrame();
          } finally {
            applying.current = false;
          }
        };
        pending.current = pending.current.then(run, run);
        return pending.current;
      };
      let drawnAt = 1;
      const handle: FrameMapHandle = {
        container: map.getContainer(),
        framed: (onProgress) => pending.current.then(() => ringsSettled(map, onProgress)),
        fit: () => apply({ kind: 'fit' }),
        matchView: (element) => apply({ kind: 'match', element }),
        zoomBy(levels) {
          framing.current = { kind: 'nudged' };
          map.setZoom(map.getZoom() + levels, { animate: false });
        },
        async drawAt(pixelRatio) {
          if (pixelRatio >= drawnAt) {
            // the rings made for the new density in one render, then every canvas redrawn at it
            flushSync(() => onPixelRatio(pixelRatio));
            setMapPixelRatio(map, pixelRatio);
          } else {
            // back down: the canvases first, so the rings made for the lower density are not drawn once more
            // at the higher one, a whole canvas of an export's size for nothing
            setMapPixelRatio(map, pixelRatio);
            flushSync(() => onPixelRatio(pixelRatio));
          }
          drawnAt = pixelRatio;
          await nextFrame();
          await ringsSettled(map); // a heavy map's rings are painted in slices
        },
        vectors: () => frameVectors(map),
      };
      const onUserMove = () => {
        if (!applying.current) framing.current = { kind: 'nudged' };
      };
      map.on('dragstart zoomstart', onUserMove);
      void apply({ kind: 'fit' });
      onReady(handle);
      return () => {
        map.off('dragstart zoomstart', onUserMove);
        onReady(null);
      };
    },
    [map, onReady, onPixelRatio],
  );

  const sized = useRef({ width, height });
  useEffect(
    function reframeOnResize() {
      if (sized.current.width === width && sized.current.height === height) return; // framed on mount
      sized.current = { width, height };
      const how = framing.current;
      const run = async () => {
        applying.current = true;
        try {
          const { bounds: b } = latest.current;
          // A fit sets a new view anyway: take the new size without invalidateSize's own redraw, which
          // re-clips and repaints every layer (the 1:50m basemap too) only for the view to change at once.
          if (how.kind === 'fit' && b) takeNewSize(map);
          else map.invalidateSize({ animate: false });
          // a fit resolves after the frames in which it measured the labels at the final view: all drawn by then
          if (how.kind === 'fit' && b) await fitFrame(map, b, frameMarginPx(width, height));
          else {
            if (how.kind === 'match') matchScreen(map, how.element);
            await nextFrame();
          }
        } finally {
          applying.current = false;
        }
      };
      pending.current = pending.current.then(run, run);
    },
    [map, width, height],
  );
  return null;
}

/**
 * Makes Leaflet read the container's size again at the next view change, as invalidateSize does, but without
 * its 'move'/'moveend' (a full redraw at the old view). Leaflet 1.9's own flag for that (`_sizeChanged`).
 */
function takeNewSize(map: LeafletMap): void {
  (map as unknown as { _sizeChanged: boolean })._sizeChanged = true;
}
