// The "Export image" button and its dialog: size, pixel density and the words around the map, a live preview of the exact frame
// (its own map, fitted to the rings, which the editor can pan and zoom), then download or copy the image.
// When the online basemap cannot be exported it asks the app for the offline map and renders again.
import './pngExport.css';
import { type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { SystemEntry } from '../panels';
import type { BasemapId, Scenario } from '../scenario';
import { downloadBlob } from './downloadBlob';
import type { PngFrameMap } from './exportPng';
import type { SvgFrameMap } from './exportSvg';
import { PngExportStatus } from './PngExportStatus';
import { PngFramingButtons } from './PngFramingButtons';
import { PngPreview } from './PngPreview';
import { PngSizeFields } from './PngSizeFields';
import { PngWordsFields } from './PngWordsFields';
import { pngAttribution } from './pngAttribution';
import { pngContent } from './pngContent';
import { pngFileName } from './pngFileName';
import { measureText, pngFrame } from './pngFrame';
import { layoutPng } from './pngLayout';
import { pngPalette } from './pngPaint';
import { type PngPixelRatio, type PngSize, pngSizeOption } from './pngSizes';
import { preloadExporters, renderFramePng, renderFrameSvg } from './renderFrameImage';
import { svgFileName } from './svgFileName';

/**
 * The frame's map as the dialog drives it (FrameMap's handle in map/, TrueShapeFrame's in views/). A frame
 * without `vectors` has no vector form: SVG is then refused with a reason, and PNG still works.
 */
export interface PngFrameMapHandle extends PngFrameMap, Partial<Pick<SvgFrameMap, 'vectors'>> {
  fit(): Promise<void>;
  zoomBy(levels: number): void;
  matchView(element: HTMLElement): Promise<void>;
}

/** What the dialog asks of the app: a map of this size, which hands back its handle. */
export interface PngFrameMapRequest {
  width: number;
  height: number;
  onReady: (handle: PngFrameMapHandle | null) => void;
}

export interface PngExportButtonProps {
  getMapContainer: () => HTMLElement | null;
  scenario: Scenario;
  systems: SystemEntry[];
  basemap: BasemapId;
  /** Switches the map to the offline basemap; resolves once it is drawn. */
  onNeedOfflineBasemap?: () => Promise<void>;
  onNotice: (message: string) => void;
  /** Changes the scenario: the dialog edits the title, subtitle, credit and note. */
  onEdit: (change: (s: Scenario) => Scenario) => void;
  /** Renders the frame's own map (the app's FrameMap with the scenario's layers). */
  renderFrameMap: (request: PngFrameMapRequest) => ReactNode;
}

const NO_CLIPBOARD = 'This browser cannot copy images to the clipboard; use Download PNG instead.';
type Action = 'download' | 'copy' | 'svg';

function canCopyImages(): boolean {
  return typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';
}

/**
 * A button that opens the PNG export dialog. Place it in the page header.
 *
 * @example
 * <PngExportButton
 *   getMapContainer={() => document.querySelector('.range-map')}
 *   scenario={scenario} systems={shown} basemap={scenario.basemap}
 *   onNeedOfflineBasemap={async () => act((s) => setBasemap(s, 'offline'))}
 *   onNotice={(message) => notice('png-export', message)}
 *   onEdit={act}
 *   renderFrameMap={(frame) => <FrameMap {...frame} sites={scenario.sites} systems={rings} … />}
 * />
 */
export function PngExportButton(props: PngExportButtonProps) {
  // Read at the moment of use, so a retry after the basemap switch sees the scenario as it is then.
  const latest = useRef(props);
  latest.current = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [size, setSize] = useState<PngSize>('view');
  const [ratio, setRatio] = useState<PngPixelRatio>(2);
  const [busy, setBusy] = useState<{ action: Action; fraction: number } | null>(null);
  const running = useRef(false); // set at once, where `busy` waits for the next render
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState(false);
  const [screen, setScreen] = useState({ width: 800, height: 500 });
  const [frameMap, setFrameMap] = useState<PngFrameMapHandle | null>(null);
  const [framing, setFraming] = useState(true);
  const ids = useId();

  useEffect(function followDialogOpenState() {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const onClose = () => {
      setOpen(false);
      buttonRef.current?.focus();
    };
    dialog.addEventListener('close', onClose);
    return () => dialog.removeEventListener('close', onClose);
  }, []);

  const { scenario, systems, basemap } = props;
  const mapContainer = open ? props.getMapContainer() : null;
  const attribution = open ? pngAttribution(mapContainer, basemap) : '';
  // laid out while the dialog is open only: measuring a heavy map's legend took tens of milliseconds of the
  // task that opened the map, and of every change to it
  const layout = useMemo(
    () =>
      open
        ? layoutPng(
            pngContent(scenario, systems, scenario.subtitle ?? '', attribution),
            pngFrame(size, screen),
            measureText,
          )
        : null,
    [open, scenario, systems, attribution, size, screen],
  );
  // the layout as it is when read: after a switch to the offline map its attribution is the offline map's
  const latestLayout = useRef(layout);
  latestLayout.current = layout;
  const palette = useMemo(
    () => (open ? pngPalette(mapContainer, scenario.theme) : null),
    [open, mapContainer, scenario.theme],
  );
  const onFrameMapReady = useCallback((handle: PngFrameMapHandle | null) => setFrameMap(handle), []);

  // the preview shows the frame's map once framed (the map itself reframes when its size changes)
  const mapWidth = layout?.map.width ?? 0;
  const mapHeight = layout?.map.height ?? 0;
  useEffect(
    function waitForFraming() {
      if (!frameMap || mapWidth <= 0 || mapHeight <= 0) return;
      let current = true;
      setFraming(true);
      void frameMap.framed().then(() => current && setFraming(false));
      return () => {
        current = false;
      };
    },
    [frameMap, mapWidth, mapHeight],
  );

  function reframe(how: 'fit' | 'screen') {
    if (!frameMap) return;
    setFraming(true);
    const element = latest.current.getMapContainer();
    const done = how === 'fit' || !element ? frameMap.fit() : frameMap.matchView(element);
    void done.then(() => setFraming(false));
  }

  async function run(action: Action) {
    const laidOut = latestLayout.current;
    if (running.current || !laidOut) return;
    if (action === 'copy' && !canCopyImages()) {
      setStatus(NO_CLIPBOARD);
      latest.current.onNotice(NO_CLIPBOARD);
      return;
    }
    running.current = true;
    setBusy({ action, fraction: 0 });
    setStatus('');
    const { scale } = pngSizeOption(size); // a print image is its composition drawn with more pixels
    const nameSize = { id: size, width: laidOut.width * scale, height: laidOut.height * scale };
    const title = latest.current.scenario.title;
    const fileName =
      action === 'svg'
        ? svgFileName(title, nameSize)
        : pngFileName(title, { ...nameSize, pixelRatio: ratio });
    const frame = {
      frameMap,
      read: () => ({
        layout: latestLayout.current ?? laidOut,
        palette: palette ?? pngPalette(null, latest.current.scenario.theme),
        scenario: latest.current.scenario,
        basemap: latest.current.basemap,
      }),
      onNeedOfflineBasemap: latest.current.onNeedOfflineBasemap,
      onNotice: latest.current.onNotice,
    };
    const onProgress = (fraction: number) => setBusy({ action, fraction });
    const rendering =
      action === 'svg'
        ? renderFrameSvg({ ...frame, scale })
        : renderFramePng({ ...frame, pixelRatio: ratio * scale, onProgress });
    try {
      if (action !== 'copy') {
        downloadBlob(await rendering, fileName);
        setStatus(`Saved ${fileName}.`);
      } else {
        // The blob goes in as a promise, so the clipboard write starts within the click (Safari requires it).
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': rendering })]);
        setStatus('Copied the image to the clipboard.');
      }
    } catch (error) {
      // a failed render surfaces from clipboard.write as a vaguer error: report the render's own
      const cause = await rendering.then(
        () => error,
        (e: unknown) => e,
      );
      const message = cause instanceof Error ? cause.message : 'The image could not be made.';
      const shown =
        action === 'copy' && cause === error ? `Copying failed: ${message}` : `Export failed: ${message}`;
      setStatus(shown);
      latest.current.onNotice(shown);
    } finally {
      running.current = false;
      setBusy(null);
    }
  }

  const percent = busy ? Math.round(busy.fraction * 100) : 0;
  return (
    <div className="png-export">
      <button
        ref={buttonRef}
        type="button"
        className="png-export-open"
        aria-haspopup="dialog"
        onClick={() => {
          setStatus('');
          const map = props.getMapContainer();
          if (map) setScreen({ width: map.clientWidth, height: map.clientHeight });
          setOpen(true);
          dialogRef.current?.showModal();
          preloadExporters(); // a failure shows when exporting
        }}
      >
        Export image
      </button>
      <dialog ref={dialogRef} className="png-export-dialog" aria-labelledby={`${ids}-title`}>
        <form method="dialog" aria-busy={busy !== null} onSubmit={(e) => e.preventDefault()}>
          <h2 id={`${ids}-title`}>Export image</h2>
          <PngSizeFields
            size={size}
            ratio={ratio}
            onSize={(next) => {
              const map = props.getMapContainer();
              if (map) setScreen({ width: map.clientWidth, height: map.clientHeight });
              setSize(next);
              // "Saved …" named the last file: under another size it would read as this one's
              setStatus('');
            }}
            onRatio={(next) => {
              setRatio(next);
              setStatus('');
            }}
          />
          {layout && palette && (
            <PngPreview layout={layout} palette={palette} busy={framing}>
              {props.renderFrameMap({ width: mapWidth, height: mapHeight, onReady: onFrameMapReady })}
            </PngPreview>
          )}
          <PngFramingButtons
            onFit={() => reframe('fit')}
            onMatchScreen={() => reframe('screen')}
            onZoom={(levels) => frameMap?.zoomBy(levels)}
          />
          <PngWordsFields scenario={scenario} onEdit={props.onEdit} />
          <PngExportStatus busy={busy !== null} percent={percent} status={status} />
          <div className="png-export-actions">
            <button type="button" aria-disabled={busy !== null} onClick={() => void run('download')}>
              Download PNG
            </button>
            <button type="button" aria-disabled={busy !== null} onClick={() => void run('svg')}>
              Download SVG
            </button>
            <button type="button" aria-disabled={busy !== null} onClick={() => void run('copy')}>
              Copy PNG
            </button>
            <button type="button" onClick={() => dialogRef.current?.close()}>
              Close
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
