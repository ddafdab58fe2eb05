// The export's own globe or distance map, at the size of an image's map area: the view it is given (the export
// gives none: the rings fitted), nudged by hand in the preview, redrawn at the image's pixel density for the
// capture. It never changes the scenario.
import { useCallback, useEffect, useRef } from 'react';
import type { FrameVectors } from '../map';
import type { ProjectedViewHandle } from './ProjectedView';
import { TrueShapeView, type TrueShapeViewProps } from './TrueShapeView';

/** What the PNG export does with a frame (the same as with the map's FrameMap). */
export interface TrueShapeFrameHandle {
  container: HTMLElement;
  framed(): Promise<void>;
  drawAt(pixelRatio: number): Promise<void>;
  fit(): Promise<void>;
  zoomBy(levels: number): void;
  /** The view shown in `element` (the one on screen), read from its centre and zoom. */
  matchView(element: HTMLElement): Promise<void>;
  /** The frame as shapes, for the SVG export. */
  vectors(): FrameVectors;
}

export interface TrueShapeFrameProps
  extends Omit<
    TrueShapeViewProps,
    'size' | 'onReady' | 'fitRequest' | 'animate' | 'onMapClick' | 'onViewChange' | 'wheelZoom'
  > {
  width: number;
  height: number;
  onReady: (handle: TrueShapeFrameHandle | null) => void;
}

const DETAIL_WAIT_MS = 3000;
const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

/**
 * Resolves once the view is still (the same centre and zoom for a frame: a fit or a glide has ended) and drawn
 * with the 1:50m countries, or after 3 s with what it has: an export never catches the lighter frames drawn
 * while the view moves.
 */
async function drawnInDetail(container: HTMLElement): Promise<void> {
  const started = performance.now();
  const state = () => `${container.dataset.center}|${container.dataset.zoom}|${container.dataset.basemap}`;
  let before = '';
  while (performance.now() - started < DETAIL_WAIT_MS) {
    const now = state();
    if (container.dataset.basemap === '50m' && now === before) break;
    before = now;
    await nextFrame();
  }
  await nextFrame();
}

export function TrueShapeFrame({ width, height, onReady, ...view }: TrueShapeFrameProps) {
  const latestReady = useRef(onReady);
  latestReady.current = onReady;
  const onViewReady = useCallback((handle: ProjectedViewHandle | null) => {
    if (!handle) {
      latestReady.current(null);
      return;
    }
    const { container } = handle;
    latestReady.current({
      container,
      framed: () => drawnInDetail(container),
      drawAt: (ratio) => handle.drawAt(ratio),
      fit: async () => {
        handle.fit();
        await drawnInDetail(container);
      },
      zoomBy: (levels) => handle.zoomBy(levels),
      vectors: () => handle.vectors(),
      matchView: async (element) => {
        const shown = element.closest('.projected-view') ?? element;
        const [lon, lat] = (shown.getAttribute('data-center') ?? '').split(',').map(Number);
        const zoom = Number(shown.getAttribute('data-zoom'));
        const offset = (shown.getAttribute('data-offset') ?? '0,0').split(',').map(Number);
        if (Number.isFinite(lon) && Number.isFinite(lat) && Number.isFinite(zoom)) {
          handle.setState({
            center: [lon as number, lat as number],
            zoom,
            offset: [offset[0] ?? 0, offset[1] ?? 0],
          });
        }
        await drawnInDetail(container);
      },
    });
  }, []);
  useEffect(() => () => latestReady.current(null), []);
  return (
    <TrueShapeView
      {...view}
      size={{ width, height }}
      fitRequest={0}
      animate={false}
      wheelZoom
      onReady={onViewReady}
    />
  );
}
