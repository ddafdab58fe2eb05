// A true-shape view on a canvas: any d3 projection of the scene, drawn at the screen's pixel density, turned
// (globe) or panned (distance map) by dragging with inertia, zoomed by wheel, pinch and keys, clicked to measure.
// Frames are drawn straight from requestAnimationFrame; React hears of the view only when it comes to rest.
import './projectedView.css';
import { type GeoProjection, geoPath } from 'd3';
import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { LonLat } from '../geo';
import type { FrameVectors } from '../map';
import type { DistanceGraticule } from './distanceGraticule';
import type { Interaction } from './dragState';
import { movingScene } from './movingScene';
import { paintScene } from './paintScene';
import { sceneVectors } from './sceneVectors';
import { useViewGestures } from './useViewGestures';
import { clampZoom, type ViewSize, type ViewState } from './viewProjection';
import type { Scene } from './viewScene';
import { viewStateForKey } from './viewStateForKey';

/** What an export does with a view: redraw it at a density, reframe it. */
export interface ProjectedViewHandle {
  container: HTMLElement;
  drawAt(pixelRatio: number): Promise<void>;
  fit(): void;
  zoomBy(levels: number): void;
  setState(state: ViewState): void;
  /** The view at rest as shapes in CSS pixels, for an SVG. */
  vectors(): FrameVectors;
}

export interface ProjectedViewProps {
  /** The scene at rest (its basemap at full detail); while moving the 1:110m countries are drawn instead. */
  scene: Scene;
  projection: (state: ViewState, size: ViewSize) => GeoProjection;
  interaction: Interaction;
  /** The state to show; a new value (a host's patch) moves the view there; null fits the scene. */
  state: ViewState | null;
  /** Changed to fit the scene again (the "Fit rings" button). */
  fitKey?: number;
  /** The fitted state for a size. */
  onFit: (size: ViewSize) => ViewState;
  /** Words for screen readers, given the state at rest. */
  describe: (state: ViewState) => string;
  /** A fixed size (an export frame); without it the view fills its box. */
  size?: ViewSize;
  /** Inertia after a drag; off for readers who asked for reduced motion. */
  animate: boolean;
  wheelZoom?: boolean;
  className?: string;
  /** The reader brought the view to rest at this state (after a drag, a wheel, a key), not a fit. */
  onRest?: (state: ViewState) => void;
  /** The zoom the rings' vertex count should follow changed (rounded). */
  onZoomLevel?: (zoom: number) => void;
  /** A true distance scale for a state and size (the distance map's), drawn under the rings. */
  distanceScale?: (state: ViewState, size: ViewSize) => DistanceGraticule | null;
  onClick?: (lonLat: LonLat) => void;
  onReady?: (handle: ProjectedViewHandle | null) => void;
}

const MOVING_PRECISION_PX = 1.5;

const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

function sameState(a: ViewState, b: ViewState): boolean {
  return (
    Math.abs(a.center[0] - b.center[0]) < 1e-6 &&
    Math.abs(a.center[1] - b.center[1]) < 1e-6 &&
    Math.abs(a.zoom - b.zoom) < 1e-6 &&
    a.offset[0] === b.offset[0] &&
    a.offset[1] === b.offset[1]
  );
}

export function ProjectedView(props: ProjectedViewProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [observed, setObserved] = useState<ViewSize>({ width: 0, height: 0 });
  const size = props.size ?? observed;
  const latest = useRef(props);
  latest.current = props;
  const stateRef = useRef<ViewState>(props.state ?? { center: [0, 0], zoom: 1, offset: [0, 0] });
  const [rest, setRest] = useState(stateRef.current);
  const sizeRef = useRef(size);
  sizeRef.current = size;
  const moving = useRef(false);
  const density = useRef(typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1);
  const frame = useRef(0);
  const zoomLevel = useRef(Math.round(stateRef.current.zoom));

  const draw = useCallback(() => {
    const canvas = canvasRef.current;
    const { width, height } = sizeRef.current;
    if (!canvas || width <= 0 || height <= 0) return;
    const ratio = density.current;
    const pixelWidth = Math.round(width * ratio);
    const pixelHeight = Math.round(height * ratio);
    if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
    if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    const { scene, projection, distanceScale } = latest.current;
    const state = stateRef.current;
    const scale = distanceScale?.(state, { width, height }) ?? null;
    const projected = projection(state, { width, height });
    // while moving, curves are cut into fewer segments (a pixel and a half off at most): frames stay short
    if (moving.current) projected.precision(Math.max(projected.precision(), MOVING_PRECISION_PX));
    const path = geoPath(projected, context);
    const shown = moving.current ? movingScene(scene) : scene;
    paintScene(context, path, shown, { width, height, labels: !moving.current, distanceScale: scale });
    const wrap = wrapRef.current;
    if (wrap) {
      wrap.dataset.center = `${state.center[0].toFixed(4)},${state.center[1].toFixed(4)}`;
      wrap.dataset.zoom = state.zoom.toFixed(3);
      wrap.dataset.basemap = shown.basemap.scale;
      wrap.dataset.rings = String(shown.rings.length);
      wrap.dataset.offset = `${state.offset[0]},${state.offset[1]}`;
      // the scale's labels as drawn, for whatever reads the view (and its tests)
      if (scale) wrap.dataset.distanceScale = scale.circles.map((c) => c.label).join('|');
      else delete wrap.dataset.distanceScale;
    }
  }, []);

  const schedule = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      draw();
    });
  }, [draw]);

  const settle = useCallback(
    (byReader = true) => {
      moving.current = false;
      const state = stateRef.current;
      setRest(state);
      const level = Math.round(state.zoom);
      if (level !== zoomLevel.current) {
        zoomLevel.current = level;
        latest.current.onZoomLevel?.(level);
      }
      if (byReader) latest.current.onRest?.(state);
      schedule();
    },
    [schedule],
  );

  /** Whether the view is the rings fitted, as no one has moved it since: a new size fits them again. */
  const showsFit = useRef(false);
  const moveTo = useCallback(
    (state: ViewState, still: boolean, byReader = true) => {
      if (byReader) showsFit.current = false;
      stateRef.current = state;
      moving.current = !still;
      if (still) settle(byReader);
      else schedule();
    },
    [schedule, settle],
  );

  const hasSize = size.width > 0 && size.height > 0;
  useEffect(
    function followGivenState() {
      if (props.state === null) {
        if (hasSize) {
          moveTo(latest.current.onFit(sizeRef.current), true, false);
          showsFit.current = true;
        }
        return;
      }
      showsFit.current = false;
      if (!sameState(props.state, stateRef.current)) moveTo(props.state, true, false);
    },
    [props.state, props.fitKey, hasSize, moveTo],
  );
  useEffect(
    function fitAgainAtANewSize() {
      // the rings fitted, and not moved since (by the reader, the frame's zoom buttons or "Use the map as it is"):
      // fitted again to a new size, as when the export's frame takes another image's shape, not left framed for
      // the old one; a view moved since keeps its centre and zoom, as the map's export frame does
      if (showsFit.current && size.width > 0 && size.height > 0)
        moveTo(latest.current.onFit(sizeRef.current), true, false);
    },
    [size.width, size.height, moveTo],
  );

  useEffect(
    function redrawOnChange() {
      schedule();
    },
    [props.scene, props.distanceScale, size.width, size.height, schedule],
  );

  useEffect(
    function observeSize() {
      const wrap = wrapRef.current;
      if (props.size || !wrap) return;
      const read = () => setObserved({ width: wrap.clientWidth, height: wrap.clientHeight });
      read();
      const observer = new ResizeObserver(read);
      observer.observe(wrap);
      const onDensity = () => {
        density.current = window.devicePixelRatio || 1;
        schedule();
      };
      window.addEventListener('resize', onDensity);
      return () => {
        observer.disconnect();
        window.removeEventListener('resize', onDensity);
      };
    },
    [props.size, schedule],
  );

  useViewGestures(canvasRef, { stateRef, sizeRef, latest, draw, moveTo, settle });

  useEffect(
    function handOverHandle() {
      const wrap = wrapRef.current;
      const onReady = latest.current.onReady;
      if (!wrap || !onReady) return;
      onReady({
        container: wrap,
        async drawAt(pixelRatio) {
          density.current = pixelRatio;
          draw();
          await nextFrame();
        },
        fit() {
          moveTo(latest.current.onFit(sizeRef.current), true, false);
          showsFit.current = true;
        },
        zoomBy(levels) {
          showsFit.current = false;
          moveTo({ ...stateRef.current, zoom: clampZoom(stateRef.current.zoom + levels) }, true, false);
        },
        setState(state) {
          showsFit.current = false;
          moveTo(state, true, false);
        },
        vectors() {
          const { scene, projection, distanceScale } = latest.current;
          const state = stateRef.current;
          const size = sizeRef.current;
          const measure = document.createElement('canvas').getContext('2d');
          return sceneVectors(projection(state, size), scene, {
            ...size,
            distanceScale: distanceScale?.(state, size) ?? null,
            widthOf: (text, font) => {
              if (!measure) return text.length * 7;
              measure.font = font;
              return measure.measureText(text).width;
            },
            background: scene.basemap.palette.labelHalo,
          });
        },
      });
      return () => onReady(null);
    },
    [draw, moveTo],
  );

  useEffect(
    () =>
      function stopDrawing() {
        cancelAnimationFrame(frame.current);
        // a later mount (React's strict mode mounts twice) must be able to ask for a frame again
        frame.current = 0;
      },
    [],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = viewStateForKey(stateRef.current, event.key, props.interaction);
    if (!next) return;
    event.preventDefault();
    moveTo(next, true);
  }

  return (
    <div
      ref={wrapRef}
      className={`projected-view ${props.className ?? ''}`}
      role="application"
      aria-roledescription={props.interaction === 'rotate' ? 'globe' : 'map'}
      aria-label={props.describe(rest)}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the view is a widget of its own keys (arrows turn, + and − zoom)
      tabIndex={0}
      onKeyDown={onKeyDown}
      style={props.size ? { width: props.size.width, height: props.size.height } : undefined}
    >
      <canvas ref={canvasRef} style={{ width: size.width, height: size.height }} />
    </div>
  );
}
