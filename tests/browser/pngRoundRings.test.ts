// An exported image's rings are as round at its own pixel density as on screen. The frame map is drawn at the
// image's density for the capture (print at 2×: 4 canvas pixels per CSS pixel); its rings must then be made
// with chords within half of such a pixel and drawn at those pixels, not at whole CSS pixels, else a large ring
// shows corners and steps in print. Read where the picture is made: every path the capture strokes on the rings
// canvas is recorded, and the sagitta of each chord is measured from the drawn points alone (the curvature of
// the ring through the points around it), not from the formula that chose them. Every stroke at the image's
// density counts, so the screen's coarser rings drawn once more at it as the map goes back to the screen's
// density (a canvas of the image's size drawn for nothing) fail it too.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../support/openApp';
import { exportThroughDialog } from '../support/pngExportDialog';
import { sharedChromium } from '../support/sharedChromium';

interface StrokedPath {
  /** Canvas pixels per CSS pixel of the canvas it was stroked on (its transform's scale). */
  ratio: number;
  color: string;
  /** The path's lines in layer pixels, as handed to moveTo and lineTo. */
  lines: [number, number][][];
}

// A string, not a function: the TypeScript loader would wrap named functions in a helper the page lacks.
const RECORD_RING_STROKES = `(() => {
  const strokes = [];
  window.__ringStrokes = strokes;
  const paths = new WeakMap();
  const proto = CanvasRenderingContext2D.prototype;
  const wrap = (name, note) => {
    const own = proto[name];
    proto[name] = function (...args) {
      note(this, args);
      return own.apply(this, args);
    };
  };
  wrap('beginPath', (ctx) => paths.set(ctx, []));
  wrap('moveTo', (ctx, [x, y]) => paths.get(ctx)?.push([[x, y]]));
  wrap('lineTo', (ctx, [x, y]) => paths.get(ctx)?.at(-1)?.push([x, y]));
  wrap('stroke', (ctx) => {
    if (!ctx.canvas.closest('.frame-map .leaflet-rings-pane')) return;
    strokes.push({ ratio: ctx.getTransform().a, color: String(ctx.strokeStyle), lines: paths.get(ctx) ?? [] });
  });
})()`;

/** The radius of the circle through three points (infinite on a straight line). */
function circumradius(a: [number, number], b: [number, number], c: [number, number]): number {
  const ab = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const bc = Math.hypot(c[0] - b[0], c[1] - b[1]);
  const ca = Math.hypot(a[0] - c[0], a[1] - c[1]);
  const cross = Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  return cross === 0 ? Number.POSITIVE_INFINITY : (ab * bc * ca) / (2 * cross);
}

/**
 * The largest sagitta of a line's chords, in the line's pixels: chord length L and the curvature radius R of the
 * line around the chord (through the points `span` before and after it) give L² / 8R.
 */
function largestSagitta(line: [number, number][], span = 3): number {
  let largest = 0;
  for (let i = span; i + 1 + span < line.length; i++) {
    const a = line[i] as [number, number];
    const b = line[i + 1] as [number, number];
    const radius = circumradius(
      line[i - span] as [number, number],
      a,
      line[i + 1 + span] as [number, number],
    );
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    largest = Math.max(largest, (length * length) / (8 * radius));
  }
  return largest;
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await sharedChromium();
  ({ page } = await openApp(
    browser,
    '?sites=49.9935,36.2304,Kharkiv&systems=tomahawk,eram,atacms&title=Round%20in%20print',
  ));
  await page.evaluate(RECORD_RING_STROKES);
});

afterAll(async () => {
  await page?.context().close();
});

describe('an exported image’s rings at its pixel density', () => {
  it('draws a print image’s rings with chords within half of its pixel, at its pixels', async () => {
    const strokeCount = () =>
      page.evaluate(() => (window as unknown as { __ringStrokes: StrokedPath[] }).__ringStrokes.length);
    // what the dialog's preview drew, at the screen's density, before the download is asked for
    let previewed = 0;
    const { png } = await exportThroughDialog(page, 'print', 2, '', false, async () => {
      previewed = await strokeCount();
    });
    expect([png.width, png.height]).toEqual([4800, 2700]);
    const strokes = await page.evaluate(
      () => (window as unknown as { __ringStrokes: StrokedPath[] }).__ringStrokes,
    );
    const captured = strokes.filter((s) => s.ratio === 4);
    const preview = strokes.slice(0, previewed).filter((s) => s.ratio === 1);
    expect(captured.length).toBeGreaterThan(0);
    expect(preview.length).toBeGreaterThan(0);

    // whole rings (not a dashed band's runs, which start anywhere along one)
    const rings = captured.flatMap((s) => s.lines).filter((line) => line.length >= 32);
    expect(rings.length).toBeGreaterThanOrEqual(3);
    for (const line of rings) {
      // in canvas pixels: at most half of one, with room for the points' own rounding to them
      expect(largestSagitta(line) * 4).toBeLessThan(0.6);
      // every point on the canvas's pixel grid, and most of them between CSS pixels
      const coordinates = line.flat();
      for (const v of coordinates) expect(Math.abs(v * 4 - Math.round(v * 4))).toBeLessThan(1e-6);
      const between = coordinates.filter((v) => !Number.isInteger(v)).length;
      expect(between / coordinates.length).toBeGreaterThan(0.5);
    }

    // and no finer than each needs: the largest chord's sagitta near the half pixel its chords were made for,
    // in the capture's pixels and in the preview's (1×, at a zoom of its own: each map's rings are made at the
    // zoom it shows). A preview drawn at the capture's density would read about a quarter of it, a capture at
    // the screen's about four times it (failing the bound above).
    const longestOf = (lines: [number, number][][]) =>
      lines.reduce((a, b) => (b.length > a.length ? b : a), [] as [number, number][]);
    const inCapture = largestSagitta(longestOf(rings)) * 4;
    const inPreview = largestSagitta(longestOf(preview.flatMap((s) => s.lines)));
    expect(inCapture).toBeGreaterThan(0.25);
    expect(inPreview).toBeGreaterThan(0.2);
    expect(inPreview).toBeLessThan(0.6);
  });
});
