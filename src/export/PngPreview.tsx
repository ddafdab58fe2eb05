// The export dialog's preview: the exact frame of the image, its texts painted on a canvas and the frame's own
// live map placed over its map area, all scaled down to fit the dialog. What it shows is what is exported; its
// words are also written out as the figure's caption, for those who cannot see the canvas.
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PngLayout } from './pngLayout';
import { type PngPalette, paintPng } from './pngPaint';

export interface PngPreviewProps {
  layout: PngLayout;
  palette: PngPalette;
  /** The tallest the preview may be, as a share of the window's height. */
  maxHeightShare?: number;
  /** True while the map is being framed. */
  busy: boolean;
  /** The frame's map, at the size of `layout.map` in CSS pixels. */
  children: ReactNode;
}

/** The width the preview may take: its box's, followed as the dialog resizes. */
function useBoxWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(
    function followBoxWidth() {
      const el = ref.current;
      if (!el) return;
      setWidth(el.clientWidth);
      const observer = new ResizeObserver(() => setWidth(el.clientWidth));
      observer.observe(el);
      return () => observer.disconnect();
    },
    [ref],
  );
  return width;
}

/** The layout's texts as lines of the image: pieces on one baseline (a legend item's name and range) joined. */
function textLines(layout: PngLayout): string[] {
  const lines: { y: number; text: string }[] = [];
  for (const op of layout.ops) {
    if (op.kind !== 'text') continue;
    const last = lines.at(-1);
    if (last && Math.abs(last.y - op.y) < 0.5) last.text += ` ${op.text}`;
    else lines.push({ y: op.y, text: op.text });
  }
  return lines.map((line) => line.text.replace(/[\u2068\u2069]/g, ''));
}

export function PngPreview({ layout, palette, maxHeightShare = 0.36, busy, children }: PngPreviewProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const boxWidth = useBoxWidth(boxRef);
  const maxHeight = Math.max(160, window.innerHeight * maxHeightShare);
  const scale = boxWidth > 0 ? Math.min(boxWidth / layout.width, maxHeight / layout.height) : 0;
  const density = window.devicePixelRatio || 1;

  useLayoutEffect(
    function paintTexts() {
      const ctx = canvasRef.current?.getContext('2d');
      if (!ctx || scale === 0) return;
      paintPng(ctx, layout, palette, scale * density, () => {});
    },
    [layout, palette, scale, density],
  );

  const { map } = layout;
  return (
    <div ref={boxRef} className="png-preview-box">
      <figure
        className="png-preview"
        aria-label="Preview of the image"
        aria-busy={busy}
        style={{ width: layout.width * scale, height: layout.height * scale }}
      >
        <canvas
          ref={canvasRef}
          width={Math.round(layout.width * scale * density)}
          height={Math.round(layout.height * scale * density)}
          style={{ width: layout.width * scale, height: layout.height * scale }}
        />
        <div
          className="png-preview-map"
          style={{
            left: map.x * scale,
            top: map.y * scale,
            width: map.width,
            height: map.height,
            transform: `scale(${scale})`,
          }}
        >
          {scale > 0 && children}
        </div>
        <figcaption className="visually-hidden">
          {textLines(layout).map((line, i) => (
            // two lines may read the same (two equal notes): a line's place is its key
            <span key={i}>
              {line}
              <br />
            </span>
          ))}
        </figcaption>
      </figure>
    </div>
  );
}
